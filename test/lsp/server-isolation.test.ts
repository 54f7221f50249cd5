import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { buildTestServer } from '../support/build-test-server';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';

/**
 * One rule fails on every schema (a bug, as an unusual schema might trigger): the server reports
 * that as one diagnostic, still publishes every other finding, and goes on answering.
 */
describe('language server over stdio: a failing rule', () => {
  let serverPath: string;
  let project: TempProject;
  let client: LspTestClient;

  beforeAll(async () => {
    serverPath = await buildTestServer(join(__dirname, 'fault-injection/failing-rule-server.ts'));
  }, 60_000);

  afterEach(async () => {
    await client?.stop();
    await project?.dispose();
  });

  it('publishes the other diagnostics with one warning naming the rule, logs it, and answers the next request', async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root, {}, serverPath);
    const uri = fileUri(project.path(SCHEMA));
    const text = [
      'type Post @model @auth(rules: [{ allow: owner }]) {',
      '  id: ID!',
      '  title: Strng',
      '  views: Int @default(value: "many")',
      '}',
      '',
    ].join('\n');
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'internal-error'));
    expect(diagnostics.map((d) => d.code)).toEqual(['internal-error', 'unknown-type', 'default-invalid-value']);
    expect(diagnostics[0]).toMatchObject({ severity: 2, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(diagnostics[0].message).toContain('could not finish the check "always-fails" on this file');
    expect(
      client.logs.some((entry) => entry.includes('The check "always-fails"') && entry.includes('RangeError: Maximum call stack size exceeded')),
    ).toBe(true);

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 11 } });
    expect(JSON.stringify(hover?.contents)).toContain('model');
    expect(client.running).toBe(true);
  });
});
