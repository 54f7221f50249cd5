import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';

describe('language server over stdio: schema diagnostics', () => {
  let project: TempProject;
  let client: LspTestClient;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
  });

  afterEach(async () => {
    await client.stop();
    await project.dispose();
  });

  it('announces its capabilities and watches the project files', async () => {
    const capabilities = client.initializeResult.capabilities;
    expect(capabilities.completionProvider?.triggerCharacters).toContain('@');
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.definitionProvider).toBe(true);
    expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
    await client.waitForDiagnostics(fileUri(project.path(SCHEMA)));
    expect(client.registrations).toContain('workspace/didChangeWatchedFiles');
  });

  it('publishes an empty list for the valid example schema without it being opened', async () => {
    const diagnostics = await client.waitForDiagnostics(fileUri(project.path(SCHEMA)));
    expect(diagnostics).toEqual([]);
  });

  it('reports a typo as the user types, and clears it when fixed', async () => {
    const uri = fileUri(project.path(SCHEMA));
    const original = await readFile(project.path(SCHEMA), 'utf8');
    await client.open(uri, original);
    const broken = original.replace('@default(value: "5")', '@defualt(value: "5")');
    await client.replace(uri, broken);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic.code).toBe('unknown-directive');
    expect(diagnostic.source).toBe('amplify-lens');
    const line = broken.split('\n')[diagnostic.range.start.line];
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('@defualt');
    await client.replace(uri, original);
    expect(await client.waitForDiagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('treats the files of a schema/ folder as one schema', async () => {
    await rm(project.path(SCHEMA));
    const authorPath = await project.write(
      'amplify/backend/api/blog/schema/author.graphql',
      'type Author @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  name: String!\n}\n',
    );
    const bookPath = await project.write(
      'amplify/backend/api/blog/schema/book.graphql',
      'type Book @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  writer: Author\n}\n',
    );
    await client.filesChanged([
      { uri: fileUri(project.path(SCHEMA)), type: 3 },
      { uri: fileUri(authorPath), type: 1 },
      { uri: fileUri(bookPath), type: 1 },
    ]);
    expect(await client.waitForDiagnostics(fileUri(bookPath))).toEqual([]);

    const authorUri = fileUri(authorPath);
    await client.open(authorUri, await readFile(authorPath, 'utf8'));
    await client.replace(authorUri, 'type Writer @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n}\n');
    const bookDiagnostics = await client.waitForDiagnostics(fileUri(bookPath), (d) => d.length > 0);
    expect(bookDiagnostics.map((d) => d.code)).toEqual(['unknown-type']);
    expect(bookDiagnostics[0].range.start).toEqual({ line: 2, character: 10 });
  });

  it('follows the transformer version in amplify/cli.json', async () => {
    const schemaUri = fileUri(project.path(SCHEMA));
    await client.waitForDiagnostics(schemaUri, (d) => d.length === 0);
    const cliJsonPath = project.path('amplify/cli.json');
    const cliJson = JSON.parse(await readFile(cliJsonPath, 'utf8'));
    // What takes a project back to v1 is the pipelined flag; transformerversion alone does not.
    cliJson.features.graphqltransformer.useexperimentalpipelinedtransformer = false;
    await writeFile(cliJsonPath, JSON.stringify(cliJson, null, 2));
    client.forget(schemaUri);
    await client.filesChanged([{ uri: fileUri(cliJsonPath), type: 2 }]);
    const diagnostics = await client.waitForDiagnostics(schemaUri, (d) => d.length > 0);
    // Errors on the v2 directives, and the one note on the API's transformer version.
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['v2-directive', 'transformer-v1']));
    expect(diagnostics.some((d) => String(d.message).includes('@hasMany'))).toBe(true);
  });

  it('leaves GraphQL files that are not Amplify schemas to other tools', async () => {
    const queriesPath = await project.write('src/graphql/queries.graphql', 'query ListPosts { listPosts { items { id } } }\n');
    const uri = fileUri(queriesPath);
    await client.open(uri, await readFile(queriesPath, 'utf8'));
    // A publication for the example schema proves the server processed messages sent after the open.
    const schemaUri = fileUri(project.path(SCHEMA));
    client.forget(schemaUri);
    await client.open(schemaUri, await readFile(project.path(SCHEMA), 'utf8'));
    await client.waitForDiagnostics(schemaUri);
    expect(client.diagnostics.has(uri)).toBe(false);
  });

  it('checks a .graphql file the user associates through the schemaFiles setting', async () => {
    await client.stop();
    client = await LspTestClient.start(project.root, { schemaFiles: ['shared/**/*.graphql'] });
    const path = await project.write(
      'shared/extra.graphql',
      'type Note @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  body: Strin\n}\n',
    );
    const uri = fileUri(path);
    await client.open(uri, await readFile(path, 'utf8'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-type']);
  });

  it('applies a forced transformer version from the settings, at start and when they change', async () => {
    const schemaUri = fileUri(project.path(SCHEMA));
    await client.waitForDiagnostics(schemaUri, (d) => d.length === 0);
    client.forget(schemaUri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { amplifyLens: { transformerVersion: '1', schemaFiles: [] } },
    });
    const forced = await client.waitForDiagnostics(schemaUri, (d) => d.length > 0);
    expect(new Set(forced.map((d) => d.code))).toEqual(new Set(['v2-directive', 'transformer-v1']));
    client.forget(schemaUri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { amplifyLens: { transformerVersion: 'auto', schemaFiles: [] } },
    });
    expect(await client.waitForDiagnostics(schemaUri)).toEqual([]);
  });
});
