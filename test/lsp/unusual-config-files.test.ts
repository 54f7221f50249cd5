import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const BACKEND_CONFIG = 'amplify/backend/backend-config.json';

/** `levels` of `{"a": …}` around a number. */
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** An alias bomb: each level a list of nine aliases to the level before. */
function aliasBomb(levels: number): string {
  const lines = ['version: 1', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= levels; level++)
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * Configuration files that took the server down right after initialize: YAML whose aliases point
 * nowhere or expand without end, and JSON nested thousands of levels deep, in the editor and on
 * disk (where the project checks read it).
 */
describe('language server over stdio: unusual configuration files', () => {
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

  /** The server still answers, and is still the same process. */
  async function expectServing(uri: string): Promise<void> {
    await client!.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(client!.running).toBe(true);
  }

  it.each([
    ['a merge key on an alias to no anchor', 'version: 1\nfrontend:\n  <<: *base\n  phases: {}\n', ['yaml-unresolved-alias']],
    ['an alias bomb', aliasBomb(9), ['yaml-alias-limit']],
    [
      'one anchor used 1,000 times',
      `version: 1\nenv:\n  variables: &vars\n    STAGE: dev\nfrontend:\n  phases:\n    build:\n      commands:\n${Array(1_000).fill('        - *vars').join('\n')}\n`,
      Array(1_000).fill('yaml-schema-type'),
    ],
  ])('amplify.yml with %s, on disk when the server starts: a diagnostic, and the server serves', async (_, text, codes) => {
    const path = await project.write('amplify.yml', text);
    client = await LspTestClient.start(project.root);
    const diagnostics = await client.waitForDiagnostics(fileUri(path), (list) => list.length > 0);
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
    await expectServing(fileUri(path));
  });

  it('amplify.yml with 20,000 anchors, typed into the editor: every key checked', { timeout: 60_000 }, async () => {
    client = await LspTestClient.start(project.root);
    const uri = fileUri(project.path('amplify.yml'));
    await client.open(uri, `version: 1\n${Array.from({ length: 20_000 }, (_, i) => `key${i}: &anchor${i} value${i}`).join('\n')}\n`, 'yaml');
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0, 50_000);
    expect(diagnostics.at(-1)?.message).toContain('This file has 20,000 problems');
    await expectServing(uri);
  });

  it.each([
    ['with', {}],
    ['without', { jsonSchemaFeatures: false }],
  ])('3,000-deep JSON in the editor, %s JSON schema features: a warning on the bracket past the limit', async (_, options) => {
    client = await LspTestClient.start(project.root, options);
    const uri = fileUri(project.path(BACKEND_CONFIG));
    await client.open(uri, deepJson(3_000), 'json');
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'nesting-too-deep'));
    expect(diagnostics.find((d) => d.code === 'nesting-too-deep')).toMatchObject({
      severity: 2,
      range: { start: { line: 0, character: 5 * 256 } },
    });
    await expectServing(uri);
  });

  it('5,000-deep JSON on disk, read by the project checks: the file says why it was not checked, the other checks still run', async () => {
    const deepPath = await project.write('amplify/team-provider-info.json', deepJson(5_000));
    // A broken dependency elsewhere, which the project checks must still find.
    const backend = project.path(BACKEND_CONFIG);
    const original = await readFile(backend, 'utf8');
    await project.write(BACKEND_CONFIG, original.replace('"resourceName": "blogauth"', '"resourceName": "nope"'));
    client = await LspTestClient.start(project.root);
    const deep = await client.waitForDiagnostics(fileUri(deepPath), (list) => list.some((d) => d.code === 'nesting-too-deep'));
    expect(deep[0].message).toContain('Brackets nest more than 256 levels deep here');
    await client.waitForDiagnostics(fileUri(backend), (list) => list.some((d) => d.code === 'config-depends-on-missing-resource'));
    await expectServing(fileUri(deepPath));
  });
});
