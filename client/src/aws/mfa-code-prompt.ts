/**
 * The MFA code prompt for profiles that assume a role with `mfa_serial`: an input box, as the AWS
 * CLI's prompt in a terminal. A declined prompt is not shown again by itself (a view refreshing on
 * a timer must not pop it up every minute); the next refresh the user asks for, or another profile
 * chosen, asks again.
 */
import * as vscode from 'vscode';
import type { MfaCodePrompt } from './shared-credential-providers';

/** The error a declined prompt fails the credentials with; the problem classifier words it. */
export const MFA_CODE_DECLINED = 'MfaCodeDeclined';

const declined = new Set<string>();

export const askForMfaCode: MfaCodePrompt = async ({ mfaSerial, profile }) => {
  if (declined.has(mfaSerial)) throw mfaDeclined(profile);
  const code = await vscode.window.showInputBox({
    title: `AWS MFA code${profile ? ` for profile ${profile}` : ''}`,
    prompt: `The current code of ${mfaSerial}. Lens assumes the profile's role with it, as the AWS CLI does.`,
    placeHolder: '123456',
    ignoreFocusOut: true,
    validateInput: (value) => (/^\d{6}$/.test(value.trim()) ? undefined : 'An MFA code is 6 digits.'),
  });
  if (!code) {
    declined.add(mfaSerial);
    throw mfaDeclined(profile);
  }
  return code.trim();
};

/** Lets the prompt show again after a decline: the user asked for a refresh, or chose another profile. */
export function resumeMfaPrompts(): void {
  declined.clear();
}

function mfaDeclined(profile: string | undefined): Error {
  const error = new Error(`No MFA code was entered for ${profile ? `profile ${profile}` : 'the default profile'}.`);
  error.name = MFA_CODE_DECLINED;
  return error;
}
