/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, positionOf, rangeOf, replaceText, spanOf } from '../../support/vscode/example-schema';
import { useExampleSchema } from '../../support/vscode/schema-fixture';
import { SERVER_PATIENCE_MS, waitFor } from '../../support/vscode/wait-for';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

suite('editing features on the example schema', () => {
  const schema = useExampleSchema();

  test('typing @ on a field completes the field directives', async () => {
    const text = `${schema.original}\ntype Note @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  body: String @\n}\n`;
    await replaceText(schema.document, text);
    const position = positionOf(schema.document, 'body: String @', 'body: String @'.length);
    const expected = ['belongsTo', 'default', 'hasMany', 'index', 'primaryKey'];
    const labels = await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          schema.document.uri,
          position,
          '@',
        );
        const found = list.items.map(labelOf);
        return expected.every((label) => found.includes(label)) && found;
      },
      SERVER_PATIENCE_MS,
      `completions ${expected.join(', ')} after @`,
    );
    // Type-level directives do not belong on a field.
    assert.ok(!labels.includes('model'), `@model offered on a field: ${labels.join(', ')}`);
  });

  test('hovering @model shows its documentation', async () => {
    const position = positionOf(schema.document, '@model', 2);
    const hovers = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', schema.document.uri, position);
        return result.length > 0 && result;
      },
      SERVER_PATIENCE_MS,
      'a hover on @model',
    );
    const text = hoverText(hovers);
    assert.match(text, /directive @model\(/);
    assert.match(text, /DynamoDB table/);
    const range = hovers.find((hover) => hover.range)?.range;
    assert.ok(range, 'the hover does not say which text it documents');
    assert.equal(spanOf(range), spanOf(rangeOf(schema.document, '@model')));
  });

  test('go to definition leads from a references entry to the field it names', async () => {
    const position = positionOf(schema.document, 'references: ["postId"]', 'references: ["'.length + 2);
    const locations = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          schema.document.uri,
          position,
        );
        return result.length > 0 && result;
      },
      SERVER_PATIENCE_MS,
      'a definition for "postId"',
    );
    assert.equal(locations.length, 1);
    const [location] = locations;
    const uri = 'uri' in location ? location.uri : location.targetUri;
    const range = 'range' in location ? location.range : (location.targetSelectionRange ?? location.targetRange);
    assert.equal(uri.toString(), schema.document.uri.toString());
    // Comment's own `postId: ID!`, the first field of that name in the file.
    const fieldName = positionOf(schema.document, '  postId: ID!', 2);
    assert.equal(spanOf(range), spanOf(new vscode.Range(fieldName, fieldName.translate(0, 'postId'.length))));
  });

  test('the quick fix for a v1 @key rewrites it to @primaryKey', async () => {
    const legacy = '\ntype Legacy @model @key(fields: ["sku"]) @auth(rules: [{ allow: owner }]) {\n  sku: ID!\n  name: String\n}\n';
    const diagnostics = await schema.edit(
      schema.original + legacy,
      (list) => list.some((diagnostic) => codeOf(diagnostic) === 'v1-directive'),
      'a v1-directive diagnostic on @key',
    );
    const diagnostic = diagnostics.find((d) => codeOf(d) === 'v1-directive')!;
    assert.equal(spanOf(diagnostic.range), spanOf(rangeOf(schema.document, '@key')));
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      schema.document.uri,
      diagnostic.range,
    );
    const fix = actions.find(
      (action): action is vscode.CodeAction =>
        'kind' in action && !!action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind) && /@primaryKey/.test(action.title),
    );
    assert.ok(fix?.edit, `no @primaryKey quick fix among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was rejected');
    const text = schema.document.getText();
    assert.ok(
      text.includes('type Legacy @model @auth(rules: [{ allow: owner }]) {\n  sku: ID! @primaryKey\n'),
      `unexpected rewrite:\n${text.slice(schema.original.length)}`,
    );
    const uri = schema.document.uri;
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, SERVER_PATIENCE_MS, 'the migrated schema to have no diagnostics');
  });

  test('formatting the document returns edits that lay it out', async () => {
    await replaceText(schema.document, 'type   Note @model   @auth(rules:[{allow:owner}]){\n# keep me\nid:ID!\n    body :String}\n');
    const options: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true };
    const edits = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<vscode.TextEdit[]>(
          'vscode.executeFormatDocumentProvider',
          schema.document.uri,
          options,
        );
        return result && result.length > 0 && result;
      },
      SERVER_PATIENCE_MS,
      'formatting edits',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(schema.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the formatting edits were rejected');
    const text = schema.document.getText();
    for (const line of ['type Note @model @auth(rules: [{ allow: owner }]) {', '  # keep me', '  id: ID!', '  body: String', '}']) {
      assert.ok(text.split('\n').includes(line), `formatted text lacks the line '${line}':\n${text}`);
    }
  });
});
