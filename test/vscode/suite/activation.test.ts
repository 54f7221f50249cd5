/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SCHEMA_PATH, openSchema, schemaUri, waitForActivation } from '../../support/vscode/example-schema';

suite('activation on the Gen 1 example workspace', () => {
  test('the extension activates by itself from the Amplify project in the workspace', async () => {
    // Nothing has opened a file yet: `workspaceContains:amplify/...` is what activates it.
    const extension = await waitForActivation();
    assert.equal(extension.id, EXTENSION_ID);
    assert.ok(
      !vscode.workspace.textDocuments.some((document) => document.languageId === 'graphql'),
      'a GraphQL document was already open, so activation may have come from onLanguage instead',
    );
  });

  test(`${SCHEMA_PATH} opens with the graphql language`, async () => {
    const document = await openSchema();
    assert.equal(document.uri.toString(), schemaUri().toString());
    assert.equal(document.languageId, 'graphql');
  });
});
