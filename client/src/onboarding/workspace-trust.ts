/**
 * Restricted Mode. The schema and configuration checks execute nothing and run in any workspace;
 * reading AWS, running the user's Amplify CLI or ampx, and anything that executes project code wait
 * for trust, because a cloned repository chooses the profile, the endpoints and the commands they
 * would use. Until then each of those commands is registered as a stand-in that says why it cannot
 * run and offers to manage trust; the Amplify views show the same in their welcome content
 * (`!isWorkspaceTrusted` in the manifest). Trust granted later brings the real commands in without
 * a reload (VS Code reloads the window when trust is withdrawn).
 */
import * as vscode from 'vscode';
import { MANAGE_TRUST_COMMAND, commandsNeedingTrust, restrictedModeMessage } from './restricted-mode-commands';

/**
 * Runs `activateTrusted` now when the workspace is trusted, else once trust is granted; until then
 * registers the stand-ins. Returns what to dispose (the stand-ins, the listener, and whatever
 * `activateTrusted` returned).
 */
export function whenWorkspaceTrusted(context: vscode.ExtensionContext, activateTrusted: () => vscode.Disposable[]): vscode.Disposable {
  const owned: vscode.Disposable[] = [];
  if (vscode.workspace.isTrusted) {
    owned.push(...activateTrusted());
    return vscode.Disposable.from(...owned);
  }
  const standIns = commandsNeedingTrust(context.extension.packageJSON).map((command) =>
    vscode.commands.registerCommand(command.command, async () => {
      const choice = await vscode.window.showWarningMessage(restrictedModeMessage(command), 'Manage Workspace Trust');
      if (choice) await vscode.commands.executeCommand(MANAGE_TRUST_COMMAND);
    }),
  );
  const granted = vscode.workspace.onDidGrantWorkspaceTrust(() => {
    // The real commands take the stand-ins' ids: the stand-ins go first.
    for (const standIn of standIns.splice(0)) standIn.dispose();
    granted.dispose();
    owned.push(...activateTrusted());
  });
  owned.push(granted);
  return new vscode.Disposable(() => {
    for (const disposable of [...standIns, ...owned]) disposable.dispose();
  });
}
