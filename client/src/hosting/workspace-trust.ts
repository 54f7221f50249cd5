/**
 * The one place Hosting asks whether the workspace is trusted. Reading AWS uses the user's
 * credentials on behalf of a repository that may not be theirs, and the CLI runs the project's
 * code: both wait for trust (VS Code's Restricted Mode keeps them off).
 */
import * as vscode from 'vscode';

export function workspaceTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** True when trusted; otherwise says why the action waits, with the way to trust the folder. */
export async function requireTrust(action: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const answer = await vscode.window.showWarningMessage(`${action} needs a trusted workspace: Lens uses your AWS credentials and runs your Amplify CLI only in folders you trust.`, manage);
  if (answer === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}
