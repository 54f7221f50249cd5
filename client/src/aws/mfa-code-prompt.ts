/**
 * The MFA code prompt for profiles that assume a role with `mfa_serial`: an input box, as the AWS
 * CLI's prompt in a terminal. Declining answers undefined; the shared providers then fail the
 * credentials with a message and do not ask again until the user refreshes
 * (shared-credential-providers.ts).
 */
import * as vscode from 'vscode';
import type { MfaCodePrompt } from './shared-credential-providers';

export const askForMfaCode: MfaCodePrompt = async ({ mfaSerial, profile }) => {
  const code = await vscode.window.showInputBox({
    title: `AWS MFA code${profile ? ` for profile ${profile}` : ''}`,
    prompt: `The current code of ${mfaSerial}. Lens assumes the profile's role with it, as the AWS CLI does.`,
    placeHolder: '123456',
    ignoreFocusOut: true,
    validateInput: (value) => (/^\d{6}$/.test(value.trim()) ? undefined : 'An MFA code is 6 digits.'),
  });
  return code?.trim() || undefined;
};
