/**
 * The commands behind the environment views' buttons: refresh (with progress on the view, and
 * telling the timer a fresh load happened), copy an output, open a resource's definition, load more.
 */
import * as vscode from 'vscode';
import type { EnvironmentsTreeProvider } from './environments-tree-provider';
import { ENVIRONMENTS_VIEW_ID } from './environments-tree-provider';
import { type EnvironmentsRefreshReason, type EnvironmentsSource, REFRESH_REASONS } from './environments-source';
import type { OutputNode } from './outputs-nodes';
import type { ResourceNode } from './resources-nodes';
import type { VisibleIntervalRefresher } from './visible-interval-refresher';

export const REFRESH_ENVIRONMENTS_COMMAND = 'amplifyLens.refreshEnvironments';
export const COPY_OUTPUT_COMMAND = 'amplifyLens.copyOutput';

/** Deploy code runs `executeCommand('amplifyLens.refreshEnvironments', 'deploy-finished')`. */
export async function refreshEnvironments(source: EnvironmentsSource, refresher: VisibleIntervalRefresher, reason: unknown): Promise<void> {
  // From a view's title bar the argument is absent; from a row it is the row: both mean "the user".
  const known = REFRESH_REASONS.find((candidate) => candidate === reason) ?? 'user';
  await vscode.window.withProgress({ location: { viewId: ENVIRONMENTS_VIEW_ID } }, () => source.refresh(known as EnvironmentsRefreshReason));
  refresher.noteRefreshed();
}

export async function copyOutput(node: OutputNode | undefined): Promise<void> {
  if (node?.kind !== 'output') {
    void vscode.window.showInformationMessage('Choose an output in the Amplify Outputs view to copy it.');
    return;
  }
  await vscode.env.clipboard.writeText(node.value);
  // The value itself is not repeated: it may be the API key that the view keeps masked.
  vscode.window.setStatusBarMessage(`$(copy) Copied ${node.label}`, 3000);
}

/** Accepts the path (the row's click) or the row itself (its context menu). */
export async function openResourceDefinition(target: string | ResourceNode | undefined): Promise<void> {
  const file = typeof target === 'string' ? target : target?.definitionFile;
  if (!file) {
    void vscode.window.showInformationMessage('Lens does not know which file defines this resource.');
    return;
  }
  const uri = vscode.Uri.file(file);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`The file that defines this resource was not found: ${file}`);
    return;
  }
  await vscode.commands.executeCommand('vscode.open', uri);
}

export function loadMoreEnvironments(tree: EnvironmentsTreeProvider, projectRoot: unknown): void {
  if (typeof projectRoot === 'string') tree.loadMore(projectRoot);
}
