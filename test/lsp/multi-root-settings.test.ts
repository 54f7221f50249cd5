import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';
const EXTRA = 'shared/extra.graphql';
const EXTRA_TEXT = 'type Note @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  body: Strin\n}\n';

describe('language server over stdio: settings per workspace folder, pulled with workspace/configuration', () => {
  let first: TempProject;
  let second: TempProject;
  let client: LspTestClient;
  /** Each folder's `amplifyLens` section, as VS Code would answer it from the folder's settings.json. */
  let sections: Map<string, unknown>;

  beforeEach(async () => {
    first = await TempProject.fromExample('gen1-blog');
    second = await TempProject.fromExample('gen1-blog');
    await first.write(EXTRA, EXTRA_TEXT);
    await second.write(EXTRA, EXTRA_TEXT);
    sections = new Map<string, unknown>([
      [first.root, { schemaFiles: ['shared/**/*.graphql'], transformerVersion: 'auto' }],
      [second.root, { schemaFiles: [], transformerVersion: '1' }],
    ]);
    client = await LspTestClient.startWithSettings([first.root, second.root], (scopeUri) =>
      scopeUri === undefined ? {} : (sections.get(fileURLToPath(scopeUri)) ?? {}),
    );
  });

  afterEach(async () => {
    await client.stop();
    await first.dispose();
    await second.dispose();
  });

  /** Opens the file; returns the diagnostics published for it, or undefined when the server leaves it to other tools. */
  async function diagnosticsOf(project: TempProject, path: string) {
    const uri = fileUri(project.path(path));
    await client.open(uri, await readFile(project.path(path), 'utf8'));
    // A publication for the folder's API schema, asked for after the open, proves the open was processed.
    const schemaUri = fileUri(project.path(SCHEMA));
    if (path !== SCHEMA) {
      client.forget(schemaUri);
      await client.open(schemaUri, await readFile(project.path(SCHEMA), 'utf8'));
      await client.waitForDiagnostics(schemaUri);
    }
    return path === SCHEMA ? client.waitForDiagnostics(uri) : client.diagnostics.get(uri)?.diagnostics;
  }

  it("checks each folder's schemas with that folder's transformer version and schema globs", async () => {
    expect(await client.waitForDiagnostics(fileUri(first.path(SCHEMA)))).toEqual([]);
    // Registered before the first diagnostics: the client tells the server when a setting changes.
    expect(client.registrations).toContain('workspace/didChangeConfiguration');
    const forced = await client.waitForDiagnostics(fileUri(second.path(SCHEMA)), (d) => d.length > 0);
    // v1 forced by the folder's setting: v2 directives are errors there, and the one note says which version runs.
    expect(new Set(forced.map((d) => d.code))).toEqual(new Set(['v2-directive', 'transformer-v1']));

    const extraUri = fileUri(first.path(EXTRA));
    await client.open(extraUri, EXTRA_TEXT);
    expect((await client.waitForDiagnostics(extraUri, (d) => d.length > 0)).map((d) => d.code)).toEqual(['unknown-type']);
    expect(await diagnosticsOf(second, EXTRA)).toBeUndefined();
  });

  it("asks again when the settings change, and follows the folder's new values", async () => {
    const secondSchema = fileUri(second.path(SCHEMA));
    await client.waitForDiagnostics(secondSchema, (d) => d.length > 0);
    sections.set(second.root, { schemaFiles: ['shared/**/*.graphql'], transformerVersion: 'auto' });
    client.forget(secondSchema);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(await client.waitForDiagnostics(secondSchema)).toEqual([]);
    const extraUri = fileUri(second.path(EXTRA));
    await client.open(extraUri, EXTRA_TEXT);
    expect((await client.waitForDiagnostics(extraUri, (d) => d.length > 0)).map((d) => d.code)).toEqual(['unknown-type']);
  });
});
