import * as vscode from 'vscode';
import { checkAmplifyProject, checkAmplifyTools, checkAwsCredentials, type SetupCheck } from './setup-checks';

/** The walkthrough's check buttons; each tells its result in a notification. */
export const SETUP_CHECK_COMMANDS = {
  tools: 'amplifyLens.checkAmplifyTools',
  credentials: 'amplifyLens.checkAwsCredentials',
  project: 'amplifyLens.checkAmplifyProject',
} as const;

function folders(): string[] {
  return vscode.workspace.workspaceFolders?.map((folder) => folder.uri.fsPath) ?? [];
}

async function show(check: Promise<SetupCheck>): Promise<void> {
  const result = await check;
  if (result.ok) void vscode.window.showInformationMessage(result.message);
  else void vscode.window.showWarningMessage(result.message);
}

export function registerSetupCheckCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.tools, () => show(checkAmplifyTools(folders()))),
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.credentials, () => show(checkAwsCredentials())),
    vscode.commands.registerCommand(SETUP_CHECK_COMMANDS.project, () => show(checkAmplifyProject(folders()))),
  ];
}
