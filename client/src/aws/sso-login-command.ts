import * as vscode from 'vscode';
import { awsCliOnPath } from './aws-cli-presence';
import { AWS_COMMANDS } from './aws-command-ids';
import { ssoSignInTarget } from './sso-sign-in-target';

const PROFILE_NAME = /^[\w.+-]+$/;

/**
 * `amplifyLens.ssoLogin [profile]`: signs in to IAM Identity Center for an SSO profile (asked for
 * when none is given), then refreshes the views.
 * - Where the extension host's machine has the user's browser (a local window) and the AWS CLI:
 *   `aws sso login` in a terminal, where the AWS CLI opens the browser and takes the redirect on localhost.
 * - Where it has not (Remote-SSH, WSL, Codespaces, containers, VS Code in a browser), or where the
 *   AWS CLI is not installed (Amplify needs only Node): the device-code flow through the SDK's SSO
 *   OIDC client (sso-device-authorization.ts), which needs no redirect and no AWS CLI: the user
 *   confirms a code in the browser of the computer they sit at. The token it caches carries a
 *   refresh token, with which the SDK renews the session by itself until the sign-in expires.
 */
export function registerSsoLoginCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(AWS_COMMANDS.ssoLogin, async (profile?: unknown) => {
    const name = typeof profile === 'string' && PROFILE_NAME.test(profile) ? profile : await pickSsoProfile();
    if (!name) return;
    if (hasNoLocalBrowser() || !awsCliOnPath()) await signInWithDeviceCode(name);
    else signInInTerminal(name);
  });
}

/** The extension host runs away from the user's browser: a localhost redirect would not reach it. */
export function hasNoLocalBrowser(): boolean {
  return vscode.env.remoteName !== undefined || vscode.env.uiKind === vscode.UIKind.Web;
}

async function pickSsoProfile(): Promise<string | undefined> {
  const { listProfiles } = await import('./aws-config');
  const profiles = (await listProfiles()).filter((candidate) => candidate.sso);
  if (profiles.length === 0) {
    void vscode.window.showWarningMessage('No AWS profile signs in with IAM Identity Center. Run `aws configure sso` to add one.');
    return undefined;
  }
  if (profiles.length === 1) return profiles[0].name;
  const picked = await vscode.window.showQuickPick(
    profiles.map((candidate) => ({ label: candidate.name, description: candidate.region })),
    { placeHolder: 'Sign in to AWS with which profile?' },
  );
  return picked?.label;
}

function signInInTerminal(profile: string): void {
  const terminal = vscode.window.createTerminal({ name: 'AWS SSO login' });
  terminal.show();
  terminal.sendText(`aws sso login --profile ${profile}`);
  const closed = vscode.window.onDidCloseTerminal((which) => {
    if (which !== terminal) return;
    closed.dispose();
    void vscode.commands.executeCommand(AWS_COMMANDS.refreshEnvironments, 'user');
  });
}

async function signInWithDeviceCode(profile: string): Promise<void> {
  const { readSharedConfigFiles } = await import('./aws-config');
  const target = ssoSignInTarget(await readSharedConfigFiles(), profile);
  if (!target.ok) {
    void vscode.window.showErrorMessage(target.reason);
    return;
  }
  // The SDK lives in the lazily loaded AWS bundle.
  const { signInWithDeviceCode: signIn } = await import('./aws-services');
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Signing in to AWS for ${profile}`, cancellable: true },
    async (progress, cancellation) => {
      const controller = new AbortController();
      cancellation.onCancellationRequested(() => controller.abort());
      try {
        const signedIn = await signIn(target.target, {
          signal: controller.signal,
          showCode: (prompt) => {
            progress.report({ message: `confirm the code ${prompt.userCode} at ${prompt.verificationUri}` });
            const page = prompt.verificationUriComplete ?? prompt.verificationUri;
            void vscode.window
              .showInformationMessage(
                `To sign in, open ${prompt.verificationUri} in a browser on this computer and confirm the code ${prompt.userCode}.`,
                'Copy Code and Open Browser',
              )
              .then(async (choice) => {
                if (!choice || !/^https:\/\//i.test(page)) return;
                await vscode.env.clipboard.writeText(prompt.userCode);
                // Opens on the user's computer, also from a remote window.
                await vscode.env.openExternal(vscode.Uri.parse(page));
              });
          },
        });
        void vscode.window.showInformationMessage(`Signed in to AWS for ${profile} until ${signedIn.expiresAt.toLocaleString()}.`);
        void vscode.commands.executeCommand(AWS_COMMANDS.refreshEnvironments, 'user');
      } catch (error) {
        if (controller.signal.aborted) return;
        void vscode.window.showErrorMessage(`AWS sign-in for ${profile} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  );
}
