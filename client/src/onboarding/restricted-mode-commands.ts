/**
 * Which of Lens's commands run in Restricted Mode, and what the others say there. No `vscode`
 * import: the list is read from the manifest, so a new command needs trust unless added here.
 */

export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

/** The contributed commands that work in Restricted Mode: they execute nothing of the project's. */
export const RESTRICTED_MODE_COMMANDS: ReadonlySet<string> = new Set([
  'amplifyLens.restartServer',
  'amplifyLens.showServerOutput',
  'amplifyLens.checkAmplifyTools',
  'amplifyLens.checkAwsCredentials',
  'amplifyLens.checkAmplifyProject',
]);

export interface ContributedCommand {
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
