import * as vscode from 'vscode';
import { checkAmplifyProject, checkAmplifyTools, checkAwsCredentials, type AmplifyVersion, type SetupCheck } from './setup-checks';

/** The walkthrough's check buttons; each tells its result in a notification. */
export const SETUP_CHECK_COMMANDS = {
  tools: 'amplifyLens.checkAmplifyTools',
  credentials: 'amplifyLens.checkAwsCredentials',
  project: 'amplifyLens.checkAmplifyProject',
} as const;

export interface SetupCheckDeps {
  /** `amplify --version`, started as deploys start the CLI (the extension passes deploy's). */
  amplifyVersion: AmplifyVersion;
  /** The profile and region chosen in the status bar. */
  selection(): { profile?: string; region?: string };
}

function folders(): string[] {
  return vscode.workspace.workspaceFolders?.filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath) ?? [];
}

async function show(check: Promise<SetupCheck>): Promise<void> {
  const result = await check;
  if (result.ok) void vscode.window.showInformationMessage(result.message);
  else void vscode.window.showWarningMessage(result.message);
}

export function registerSetupCheckCommands(deps: SetupCheckDeps): vscode.Disposable[] {
  const credentials = async () => {
    // The shared files are read by the SDK's loader, in a bundle of its own.
    const config = await import('../aws/aws-config');
    return checkAwsCredentials(folders(), {
      selection: deps.selection,
      profiles: () => config.listProfiles(),
      sdkRegion: (profile) => config.resolveRegionWithOrigin(profile),
      // Resolving may ask IAM Identity Center or STS: only in a trusted workspace, as every AWS call.
      resolve: vscode.workspace.isTrusted ? async (profile) => (await import('../aws/aws-services')).checkCredentials(profile) : undefined,
    });
  };
  return [
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.tools, () => show(checkAmplifyTools(folders(), deps.amplifyVersion))),
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.credentials, () => show(credentials())),
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.project, () => show(checkAmplifyProject(folders()))),
  ];
}
