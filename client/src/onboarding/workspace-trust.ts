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

/** The contributed commands that work in Restricted Mode: they execute nothing of the project's. */
export const RESTRICTED_MODE_COMMANDS: ReadonlySet<string> = new Set([
  'amplifyLens.restartServer',
  'amplifyLens.showServerOutput',
  'amplifyLens.checkAmplifyTools',
  'amplifyLens.checkAwsCredentials',
  'amplifyLens.checkAmplifyProject',
]);

export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

/** The contributed commands that need a trusted workspace, from the extension's own manifest. */
export function commandsNeedingTrust(packageJson: unknown): ContributedCommand[] {
  const commands = (packageJson as { contributes?: { commands?: ContributedCommand[] } })?.contributes?.commands ?? [];
  return commands.filter((entry) => typeof entry.command === 'string' && !RESTRICTED_MODE_COMMANDS.has(entry.command));
}

/** What a command says when it is run in Restricted Mode. */
export function restrictedModeMessage(command: ContributedCommand): string {
  const title = command.category ? `${command.category}: ${command.title}` : command.title;
  return `“${title}” needs a trusted workspace. In Restricted Mode Lens checks the schema and configuration files but does not read AWS or run the Amplify CLI, because this project would choose the profile, endpoints and commands they use.`;
}

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
