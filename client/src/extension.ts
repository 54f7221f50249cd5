/**
 * Amplify Lens in VS Code: wires the parts together and nothing else. Activation does no
 * network I/O; the language server starts in its own process.
 */
import * as vscode from 'vscode';
import { AmplifyLanguageClient } from './lsp/amplify-language-client';

let languageClient: AmplifyLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  languageClient = new AmplifyLanguageClient(context);
  context.subscriptions.push(
    languageClient,
    vscode.commands.registerCommand('amplifyLens.restartServer', () => languageClient?.restart()),
    vscode.commands.registerCommand('amplifyLens.showServerOutput', () => languageClient?.showOutput()),
  );
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}
