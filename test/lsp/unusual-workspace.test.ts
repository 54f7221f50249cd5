import { execFileSync } from 'node:child_process';
import { rm, symlink } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';
const SCHEMA_FOLDER = 'amplify/backend/api/blog/schema';
const posix = process.platform !== 'win32';

/**
 * A workspace as a cloned repository may leave it — settings half typed or hostile, files that are
 * pipes, devices or links to themselves, more schema files than the process may open — and
 * malformed notifications: the server keeps serving and never reports what it merely could not read.
 */
describe('language server over stdio: unusual workspaces', () => {
  let project: TempProject;
  let client: LspTestClient | undefined;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    await project.dispose();
  });

  async function expectServing(uri = fileUri(project.path(SCHEMA))): Promise<void> {
    const symbols = await client!.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
    expect(client!.running).toBe(true);
  }

  it('a half-typed schemaFiles glob is named to the user and ignored; the other patterns still apply', async () => {
    client = await LspTestClient.start(project.root, { schemaFiles: ['schemas/{a', 'shared/*.graphql'] });
    const path = await project.write('shared/note.graphql', 'type Note @model {\n  id: ID!\n  body: Strin\n}\n');
    await client.open(fileUri(path), 'type Note @model {\n  id: ID!\n  body: Strin\n}\n');
    expect((await client.waitForDiagnostics(fileUri(path), (list) => list.length > 0)).map((d) => d.code)).toEqual(['unknown-type']);
    expect(client.shownMessages).toEqual([
      'The amplifyLens.schemaFiles pattern "schemas/{a" is not valid: the "{" at character 9 is never closed. Close it with "}", as in "schemas/{a,b}/*.graphql". Lens ignores it until it is fixed.',
    ]);
  });

  it('a glob a regular expression would backtrack on for ever is matched at once', async () => {
    client = await LspTestClient.start(project.root);
    await client.waitForDiagnostics(fileUri(project.path(SCHEMA)));
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { amplifyLens: { schemaFiles: [`**${'a'.repeat(40)}**b.graphql`, `${'*a'.repeat(40)}*b.graphql`, 'b/*.graphql'] } },
    });
    const name = `${'a'.repeat(200)}.graphql`;
    const nearMiss = await project.write(name, 'type Nope {\n  id: Strin\n}\n');
    await client.open(fileUri(nearMiss), 'type Nope {\n  id: Strin\n}\n');
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: fileUri(nearMiss) },
      position: { line: 1, character: 7 },
    });
    expect(hover).toBeNull();
    const matching = await project.write('b/schema.graphql', 'type Yes {\n  id: Strin\n}\n');
    await client.open(fileUri(matching), 'type Yes {\n  id: Strin\n}\n');
    expect((await client.waitForDiagnostics(fileUri(matching), (list) => list.length > 0)).map((d) => d.code)).toEqual(['unknown-type']);
  });

  it('malformed notifications are answered without harm', async () => {
    client = await LspTestClient.start(project.root);
    const uri = fileUri(project.path(SCHEMA));
    await client.waitForDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {});
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{}, null, { uri: 42 }] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', null);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { amplifyLens: { schemaFiles: 'not a list', transformerVersion: {} } },
    });
    client.forget(uri);
    await client.open(uri, 'type Post @model {\n  id: ID!\n  title: Strng\n}\n');
    expect((await client.waitForDiagnostics(uri, (list) => list.length > 0)).map((d) => d.code)).toEqual(['unknown-type']);
    await expectServing();
  });

  it.skipIf(!posix)('a named pipe, a device and a link to itself among the schema files: each is reported, nothing waits on them', async () => {
    await rm(project.path(SCHEMA));
    const good = await project.write(`${SCHEMA_FOLDER}/post.graphql`, 'type Post @model {\n  id: ID!\n  author: Author\n}\n');
    await project.write(`${SCHEMA_FOLDER}/author.graphql`, 'type Author @model {\n  id: ID!\n}\n');
    execFileSync('mkfifo', [project.path(`${SCHEMA_FOLDER}/pipe.graphql`)]);
    await symlink('/dev/zero', project.path(`${SCHEMA_FOLDER}/zero.graphql`));
    await symlink('loop.graphql', project.path(`${SCHEMA_FOLDER}/loop.graphql`));
    await rm(project.path('amplify/backend/api/blog/transform.conf.json'), { force: true });
    execFileSync('mkfifo', [project.path('amplify/backend/api/blog/transform.conf.json')]);
    client = await LspTestClient.start(project.root);
    const codeOf = async (name: string) =>
      (await client!.waitForDiagnostics(fileUri(project.path(name)), (list) => list.length > 0)).map((d) => `${d.code} ${d.severity}`);
    expect(await codeOf(`${SCHEMA_FOLDER}/pipe.graphql`)).toEqual(['file-not-regular 1']);
    expect(await codeOf(`${SCHEMA_FOLDER}/zero.graphql`)).toEqual(['file-not-regular 1']);
    expect(await codeOf(`${SCHEMA_FOLDER}/loop.graphql`)).toEqual(['file-unreadable 1']);
    expect(await codeOf('amplify/backend/api/blog/transform.conf.json')).toEqual(['file-not-regular 1']);
    // The readable files get no finding about what could not be read.
    expect(await client.waitForDiagnostics(fileUri(good))).toEqual([]);
    await expectServing(fileUri(good));
  });

  it.skipIf(!posix)('1,000 schema files under `ulimit -n 256`: every one read, no false "unknown type"', { timeout: 120_000 }, async () => {
    await rm(project.path(SCHEMA));
    const count = 1_000;
    for (let i = 0; i < count; i++) {
      await project.write(`${SCHEMA_FOLDER}/t${i}.graphql`, `type T${i} @model {\n  id: ID!\n  next: T${(i + 1) % count}\n}\n`);
    }
    client = await LspTestClient.start(project.root, {}, undefined, { maxOpenFiles: 256 });
    const last = fileUri(project.path(`${SCHEMA_FOLDER}/t${count - 1}.graphql`));
    await client.waitForDiagnostics(last, () => true, 100_000);
    const published = [...client.diagnostics.values()].filter((params) => params.uri.includes('/schema/t'));
    expect(published).toHaveLength(count);
    expect(published.flatMap((params) => params.diagnostics)).toEqual([]);
    await expectServing(last);
  });
});
