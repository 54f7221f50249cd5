/**
 * What the panels' intents do in VS Code, shared by the overview and the timeline hosts. Each
 * checks its target first (panel-targets.ts): a webview's message is never trusted as is.
 */
import * as vscode from 'vscode';
import type { ProjectLink } from 'amplify-lens-model/panels';
import { isInsideFolders, stackConsoleUrl } from './panel-targets';

export async function openProjectLink(link: ProjectLink): Promise<void> {
  const folders = vscode.workspace.workspaceFolders?.map((folder) => folder.uri.fsPath) ?? [];
  if (typeof link?.path !== 'string' || !isInsideFolders(link.path, folders)) {
    void vscode.window.showWarningMessage('Lens opens only files inside the workspace.');
    return;
  }
  const uri = vscode.Uri.file(link.path);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`File not found: ${vscode.workspace.asRelativePath(uri)}`);
    return;
  }
  const line = Math.max(0, (link.line ?? 1) - 1);
  const column = Math.max(0, (link.column ?? 1) - 1);
  const position = new vscode.Position(line, column);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: false });
}

export async function openStackInConsole(stackId: string): Promise<void> {
  const url = typeof stackId === 'string' ? stackConsoleUrl(stackId) : undefined;
  if (!url) {
    void vscode.window.showWarningMessage('This stack has no ARN Lens can open in the CloudFormation console.');
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(url, true));
}

/** Copies text; the status bar names what was copied, never the text (it may be a key). */
export async function copyToClipboard(text: string, what: string): Promise<void> {
  if (typeof text !== 'string') return;
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(copy) Copied ${what}`, 3000);
}
