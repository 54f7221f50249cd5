/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, rangeOf, replaceText, spanOf } from '../../support/vscode/example-schema';
import { useExampleSchema } from '../../support/vscode/schema-fixture';
import { SERVER_PATIENCE_MS, waitFor } from '../../support/vscode/wait-for';

const UNKNOWN_DIRECTIVE_TYPE = '\ntype Draft @modle {\n  id: ID!\n}\n';

suite('diagnostics on the example schema', () => {
  const schema = useExampleSchema();

  test('the valid example schema has no problems', async () => {
    // An empty list proves nothing until the server has published for this file: break it first,
    // so the empty list that follows is the server's verdict on the valid text.
    await schema.edit(schema.original + UNKNOWN_DIRECTIVE_TYPE, (diagnostics) => diagnostics.length > 0, 'a diagnostic on the broken schema');
    await replaceText(schema.document, schema.original);
    const uri = schema.document.uri;
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, SERVER_PATIENCE_MS, 'the valid schema to have no diagnostics');
  });

  test('a misspelt directive is reported as unknown-directive on exactly its name', async () => {
    const diagnostics = await schema.edit(
      schema.original + UNKNOWN_DIRECTIVE_TYPE,
      (list) => list.some((diagnostic) => codeOf(diagnostic) === 'unknown-directive'),
      'an unknown-directive diagnostic',
    );
    assert.deepEqual(diagnostics.map(codeOf), ['unknown-directive']);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.source, 'amplify-lens');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /Unknown directive "@modle"/);
    assert.equal(spanOf(diagnostic.range), spanOf(rangeOf(schema.document, '@modle')));
  });
});
