import { readFile } from 'node:fs/promises';
import {
  CodeActionRequest,
  CodeLensRequest,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  HoverRequest,
  ShowDocumentRequest,
  type CodeAction,
  type Hover,
  type MarkupContent,
  type ShowDocumentParams,
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/legacyshop/schema.graphql';
const REASON =
  'amplify/cli.json does not set graphqltransformer.useexperimentalpipelinedtransformer, which the Amplify CLI then takes as false ' +
  'for a project that exists (amplify/.config/project-config.json)';

describe('language server over stdio: a CLI 4.x-era project on transformer v1', () => {
  let project: TempProject;
  let client: LspTestClient;
  let uri: string;
  let text: string;
  const shownDocuments: ShowDocumentParams[] = [];

  beforeAll(async () => {
    project = await TempProject.fromExample('gen1-v1-legacy');
    client = await LspTestClient.start(project.root);
    client.connection.onRequest(ShowDocumentRequest.type, (params) => {
      shownDocuments.push(params);
      return { success: true };
    });
    uri = fileUri(project.path(SCHEMA));
    text = await readFile(project.path(SCHEMA), 'utf8');
    await client.open(uri, text);
  });

  afterAll(async () => {
    await client.stop();
    await project.dispose();
  });

  it('reports no error or warning, one note on the version, and v2 rewrites as hints', async () => {
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)).toEqual([]);
    const notes = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Information);
    expect(notes.map((d) => [d.code, d.range.start.line])).toEqual([['transformer-v1', 0]]);
    expect(notes[0].message).toContain(`transformer v1 (${REASON})`);
    const hints = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Hint);
    expect(new Set(hints.map((d) => d.code))).toEqual(new Set(['v1-directive-migratable']));
    expect(hints.length).toBeGreaterThanOrEqual(4);
  });

  it('tells the version and why when hovering the first line', async () => {
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('**Amplify GraphQL transformer v1**');
    expect(value).toContain(`Why: ${REASON}.`);
    expect(value).toContain('amplify migrate api');
  });

  it('shows the version in a code lens at the top of the file, and a lens to the migration guide', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses?.map((lens) => [lens.range.start.line, lens.command?.title])).toEqual([
      [0, `Amplify GraphQL transformer v1 — ${REASON}`],
      [0, 'How to migrate to v2'],
    ]);
  });

  it("offers the migration guide on the note; running it opens Amplify's page in the browser", async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const guide = actions.find((action) => action.command?.command === 'amplifyLens.openTransformerMigrationGuide');
    expect(guide?.title).toContain('amplify migrate api');
    expect(guide?.edit).toBeUndefined();
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: guide!.command!.command, arguments: guide!.command!.arguments });
    expect(shownDocuments).toEqual([{ uri: 'https://docs.amplify.aws/cli/migration/transformer-migration/', external: true }]);
  });

  it('offers the v2 rewrite of a @key as a quick fix, without calling it preferred', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('@key(fields: ["email"])'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line, character: 4 }, end: { line, character: 4 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const rewrite = actions.find((action) => action.title.includes('@primaryKey'));
    expect(rewrite?.title).toBe("Migrate to @primaryKey on 'email' (transformer v2)");
    expect(rewrite?.isPreferred).toBeUndefined();
  });

  it('reports a mistake the v1 transformer refuses', async () => {
    await client.replace(uri, text.replace('@key(fields: ["email"])', '@key(fields: ["email"]) @key(fields: ["name"])'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.severity === DiagnosticSeverity.Error));
    expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.code)).toEqual(['key-duplicate-primary']);
    await client.replace(uri, text);
  });
});
