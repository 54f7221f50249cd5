import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ReferencesRequest,
  RenameRequest,
} from 'vscode-languageserver-protocol';
import { manyFindings, manyUses } from '../../server/test-support/graphql/extreme-schemas';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';

/**
 * Schemas a real project does not hold but any file may, generated here: each gets an answer —
 * a diagnostic saying what was not read, or every result — and the server keeps serving.
 */
describe('language server over stdio: unusual schemas', () => {
  let project: TempProject;
  let client: LspTestClient;
  let uri: string;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
    uri = fileUri(project.path(SCHEMA));
  });

  afterEach(async () => {
    await client.stop();
    await project.dispose();
  });

  /** The server still answers, and is still the same process. */
  async function expectServing(): Promise<void> {
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
    expect(client.running).toBe(true);
  }

  it('8,000 [ in a field type: a warning on the bracket past the limit', async () => {
    await client.open(uri, `type Post @model {\n  id: ID!\n  tags: ${'['.repeat(8_000)}String${']'.repeat(8_000)}\n}\n`);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0);
    expect(diagnostics).toMatchObject([{ code: 'nesting-too-deep', severity: 2, range: { start: { line: 2, character: 263 } } }]);
    await expectServing();
  });

  it('more than 120,000 findings: the 999 most severe and a note with the count are published', { timeout: 120_000 }, async () => {
    await client.open(uri, manyFindings(130_000));
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0, 100_000);
    expect(diagnostics).toHaveLength(1000);
    expect(diagnostics.slice(0, 999).every((d) => d.code === 'primary-key-sort-key-not-found')).toBe(true);
    expect(diagnostics[999]).toMatchObject({
      code: 'diagnostics-truncated',
      severity: 3,
      message: expect.stringContaining('This file has 130,000 problems'),
    });
    await expectServing();
  });

  it('a type used 132,000 times: definition, references and rename answer with every occurrence', { timeout: 120_000 }, async () => {
    await client.open(uri, manyUses('Tag', 132_000));
    const use = { line: 5, character: 8 };
    const definition = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: use });
    expect(definition).toMatchObject([{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } } }]);
    const references = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: use,
      context: { includeDeclaration: true },
    });
    expect(references).toHaveLength(132_001);
    const rename = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: use, newName: 'Label' });
    expect(rename?.changes?.[uri]).toHaveLength(132_001);
    await expectServing();
  });

  it('a 5 MB schema on one line: a warning that it was not checked, and formatting declines at once', { timeout: 60_000 }, async () => {
    const oneLine = `type Post @model { id: ID! ${Array.from({ length: 400_000 }, (_, i) => `f${i}: String`).join(' ')} }`;
    expect(oneLine.length).toBeGreaterThan(5 * 1024 * 1024);
    await client.open(uri, oneLine);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0, 50_000);
    expect(diagnostics).toMatchObject([{ code: 'file-too-large', severity: 2 }]);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([]);
    expect(client.shownMessages).toContainEqual(expect.stringContaining('Amplify Lens does not format schema files over 512 KB'));
    await expectServing();
  });
});
