import { readFile } from 'node:fs/promises';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionOf } from '../support/cursor';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((item) => item.label);
}

describe('language server over stdio: editing features on the example schema', () => {
  let project: TempProject;
  let client: LspTestClient;
  let uri: string;
  let text: string;

  beforeAll(async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
    uri = fileUri(project.path(SCHEMA));
    text = await readFile(project.path(SCHEMA), 'utf8');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
  });

  afterAll(async () => {
    await client.stop();
    await project.dispose();
  });

  it('completes the providers that go with the rule strategy inside @auth', async () => {
    const broken = text.replace('{ allow: private, operations: [read] }', '{ allow: private, provider:  }');
    await client.replace(uri, broken);
    const position = positionOf(broken, 'provider:  }', 'provider: '.length);
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    expect(labels(result).sort()).toEqual(['iam', 'identityPool', 'oidc', 'userPools']);
    await client.replace(uri, text);
  });

  it('completes field names of the related model inside references', async () => {
    const position = positionOf(text, 'references: ["postId"]', 'references: ["'.length);
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    expect(labels(result)).toContain('postId');
    expect(labels(result)).toContain('content');
  });

  it('shows documentation when hovering a directive', async () => {
    const position = positionOf(text, '@manyToMany', 3);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover;
    const contents = typeof hover.contents === 'string' ? hover.contents : 'value' in hover.contents ? hover.contents.value : '';
    expect(contents).toContain('@manyToMany');
    expect(hover.range?.start).toEqual(positionOf(text, '@manyToMany'));
  });

  it('goes from a references entry to the field it names on the related model', async () => {
    const position = positionOf(text, 'references: ["postId"]', 'references: ["'.length + 2);
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
    expect(locations).toHaveLength(1);
    expect(locations[0].uri).toBe(uri);
    expect(locations[0].range.start.line).toBe(positionOf(text, '  postId: ID!').line);
  });

  it('finds every reference to a type, and renames it everywhere', async () => {
    const position = positionOf(text, 'type Comment', 'type '.length + 1);
    const references = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    })) as Location[];
    expect(references.length).toBe(2); // the definition and `comments: [Comment]`
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    expect(prepared).toMatchObject({ placeholder: 'Comment' });
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'Remark',
    })) as WorkspaceEdit;
    expect(edit.changes?.[uri]?.map((e) => e.newText)).toEqual(['Remark', 'Remark']);
  });

  it('outlines the file with models and their fields', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const post = symbols.find((symbol) => symbol.name === 'Post');
    expect(post?.children?.map((child) => child.name)).toContain('comments');
  });

  it('formats without changing meaning or dropping comments', async () => {
    const messy = 'type   Note @model   @auth(rules:[{allow:owner}]){\n# keep me\nid:ID!\n    body :String}\n';
    await client.replace(uri, messy);
    const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(edits).toHaveLength(1);
    expect(edits[0].newText).toContain('# keep me');
    expect(edits[0].newText).toContain('  body: String');
    await client.replace(uri, text);
  });

  it('offers the v2 rewrite of a v1 @key as a quick fix', async () => {
    const withKey = `${text}\ntype Legacy @model @key(fields: ["sku"]) @auth(rules: [{ allow: owner }]) {\n  sku: ID!\n  name: String\n}\n`;
    const version = await client.replace(uri, withKey);
    const diagnostics = await client.waitForDiagnostics(uri, (_d, params) => params.version === version);
    const diagnostic = diagnostics.find((d) => d.code === 'v1-directive')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.kind === 'quickfix');
    expect(fix?.title).toMatch(/@primaryKey/);
    const newTexts = fix?.edit?.changes?.[uri]?.map((e) => e.newText) ?? [];
    expect(newTexts.some((t) => t.includes('@primaryKey'))).toBe(true);
    await client.replace(uri, text);
  });

  it('reports argument values with their own code from the bundled server', async () => {
    const broken = text.replace(
      '{ allow: owner }, { allow: public, operations: [read] }',
      '{ allow: owners }, { allow: public, operations: [read] }',
    );
    const version = await client.replace(uri, broken);
    const diagnostics = await client.waitForDiagnostics(uri, (_d, params) => params.version === version);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-argument-value']);
    const fixed = await client.replace(uri, text);
    expect(await client.waitForDiagnostics(uri, (_d, params) => params.version === fixed)).toEqual([]);
  });
});
