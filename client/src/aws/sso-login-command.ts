import * as vscode from 'vscode';
import { AWS_COMMANDS } from './aws-command-ids';

/**
 * `amplifyLens.ssoLogin [profile]`: runs `aws sso login` for the profile in a terminal, where the
 * AWS CLI opens the browser and reports back; the views refresh once the terminal closes.
 */
export function registerSsoLoginCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(AWS_COMMANDS.ssoLogin, async (profile?: unknown) => {
    const name = typeof profile === 'string' && /^[\w.+-]+$/.test(profile) ? profile : undefined;
    const terminal = vscode.window.createTerminal({ name: 'AWS SSO login' });
    terminal.show();
    terminal.sendText(name ? `aws sso login --profile ${name}` : 'aws sso login');
    const closed = vscode.window.onDidCloseTerminal((which) => {
      if (which !== terminal) return;
      closed.dispose();
      void vscode.commands.executeCommand(AWS_COMMANDS.refreshEnvironments, 'user');
    });
  });
}
