import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { offsetOf } from '../cursor';
import { SERVER_PATIENCE_MS, waitFor } from './wait-for';

/** The suite runs in a copy of examples/gen1-blog opened as the only workspace folder. */
export const EXTENSION_ID = 'amplify-lens.amplify-lens';
export const SCHEMA_PATH = 'amplify/backend/api/blog/schema.graphql';

export function schemaUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the example workspace is not open: pass its folder to VS Code');
  return vscode.Uri.joinPath(folder.uri, SCHEMA_PATH);
}

/** Waits for the extension to activate by itself (from its activation events), without forcing it. */
export async function waitForActivation(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return waitFor(() => extension.isActive && extension, SERVER_PATIENCE_MS, `${EXTENSION_ID} to activate`);
}

/** Opens the example schema in an editor; the language server learns of it through didOpen. */
export async function openSchema(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(schemaUri());
  await vscode.window.showTextDocument(document);
  return document;
}

/** Replaces the whole text of `document` through a WorkspaceEdit, as an extension would. */
export async function replaceText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit was rejected');
  assert.equal(document.getText(), text);
}

/** The position of the `occurrence`-th (1-based) `needle` in `document`, moved `offset` characters on. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 1): vscode.Position {
  return document.positionAt(offsetOf(document.getText(), needle, offset, occurrence));
}

/** The range `needle` covers in `document`. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 1): vscode.Range {
  const start = positionOf(document, needle, 0, occurrence);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** `line:character-line:character` (0-based), so a wrong range fails with a readable message. */
export function spanOf(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** A diagnostic's code as a string, whether VS Code reports it plain or with a documentation link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function lensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'amplify-lens');
}
