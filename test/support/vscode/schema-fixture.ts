/// <reference types="mocha" />
import * as vscode from 'vscode';
import { lensDiagnostics, openSchema, replaceText, waitForActivation } from './example-schema';
import { SERVER_PATIENCE_MS, waitFor } from './wait-for';

export interface SchemaFixture {
  /** The example schema, open in an editor. */
  readonly document: vscode.TextDocument;
  /** Its text on disk, which every test starts from. */
  readonly original: string;
  /** Replaces the text and waits until the server has published diagnostics that `accept`. */
  edit(text: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]>;
}

/**
 * Registers the hooks of a suite that edits the example schema: open it once the extension is
 * active, put the original text back after every test, and leave the file saved, valid and closed,
 * so whatever runs next in the same window (other suites, UI scenarios) finds it untouched.
 */
export function useExampleSchema(): SchemaFixture {
  let document: vscode.TextDocument | undefined;
  let original = '';
  const fixture: SchemaFixture = {
    get document() {
      if (!document) throw new Error('the example schema is not open (suiteSetup failed)');
      return document;
    },
    get original() {
      return original;
    },
    async edit(text, accept, what) {
      await replaceText(fixture.document, text);
      return waitFor(
        () => {
          const diagnostics = lensDiagnostics(fixture.document.uri);
          return accept(diagnostics) && diagnostics;
        },
        SERVER_PATIENCE_MS,
        what,
      );
    },
  };

  suiteSetup(async () => {
    await waitForActivation();
    document = await openSchema();
    original = document.getText();
  });

  teardown(async () => {
    if (document && document.getText() !== original) await replaceText(document, original);
  });

  suiteTeardown(async () => {
    if (!document) return;
    if (document.getText() !== original) await replaceText(document, original);
    if (document.isDirty) await document.save();
    const uri = document.uri;
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, SERVER_PATIENCE_MS, 'the restored schema to be clean again');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  return fixture;
}
