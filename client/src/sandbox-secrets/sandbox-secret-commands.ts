/**
 * Gen 2 sandbox secrets from the Environments view: *Manage Sandbox Secrets…* lists the names
 * (values are never read), and sets or removes one; *Set Sandbox Secret…* asks the name and the
 * value with a password input. They run on a sandbox row (its identifier when it is not the
 * user's own) or a Gen 2 project row; like every command that runs the CLI, only in a trusted workspace.
 */
import * as vscode from 'vscode';
import { locateCli } from '../deploy/cli-locator';
import type { CliRunLog } from '../deploy/cli-process';
import { reportMissingCli } from '../deploy/deploy-prompts';
import type { AmplifyEnvironment, EnvironmentsSnapshot } from '../environments/environment-types';
import { lensSetting } from '../settings/settings-reader';
import { listSandboxSecrets, removeSandboxSecret, SECRET_NAME, setSandboxSecret, type SecretsTarget } from './sandbox-secrets-cli';
import type { SandboxSecretCommand } from './sandbox-secret-command-ids';

export interface SandboxSecretDependencies {
  snapshots(): readonly EnvironmentsSnapshot[];
  /** Where each ampx run is written (command, exit code, duration; never the value nor the output). */
  log?: CliRunLog;
}

/** What one of the sandbox secret commands does with the row (and secret name) it was run on. */
export async function runSandboxSecretCommand(
  command: SandboxSecretCommand,
  deps: SandboxSecretDependencies,
  row?: unknown,
  name?: unknown,
): Promise<void> {
  const target = await targetOf(row, deps);
  if (!target) return;
  const known = typeof name === 'string' ? name : undefined;
  if (command === 'manage') await manage(target);
  else if (command === 'set') await setSecret(target, known);
  else await removeSecret(target, known);
}

interface Target extends SecretsTarget {
  /** "your sandbox" or "the sandbox bob", for messages. */
  label: string;
}

async function manage(target: Target): Promise<void> {
  const names = await withProgress(`Listing the secrets of ${target.label}`, () => listSandboxSecrets(target)).catch(showError);
  if (!names) return;
  const add = { label: '$(add) Set a new secret…', name: undefined };
  const picks = [add, ...names.map((name) => ({ label: `$(key) ${name}`, description: 'value hidden', name }))];
  const picked = await vscode.window.showQuickPick(picks, {
    title: `Sandbox secrets of ${target.label}`,
    placeHolder: names.length === 0 ? 'No secrets yet' : 'Choose a secret to set a new value or remove it',
  });
  if (!picked) return;
  if (!picked.name) return setSecret(target);
  const action = await vscode.window.showQuickPick(['Set a new value…', 'Remove'], { title: picked.name });
  if (action === 'Remove') await removeSecret(target, picked.name);
  else if (action) await setSecret(target, picked.name);
}

async function setSecret(target: Target, knownName?: string): Promise<void> {
  const name =
    knownName ??
    (await vscode.window.showInputBox({
      title: `Set a sandbox secret of ${target.label}`,
      prompt: 'The name secret("NAME") reads in your backend',
      placeHolder: 'OPENAI_API_KEY',
      validateInput: (value) => (SECRET_NAME.test(value) ? undefined : 'Letters, digits, and . _ - only'),
    }));
  if (!name) return;
  const value = await vscode.window.showInputBox({
    title: `Value of ${name}`,
    prompt: `Stored by ampx in ${target.label}; Lens keeps no copy and never shows it`,
    password: true,
    ignoreFocusOut: true,
  });
  if (value === undefined || value === '') return;
  const answer = await withProgress(`Setting ${name}`, () => setSandboxSecret(target, name, value)).catch(showError);
  if (!answer) return;
  if (answer.ok) vscode.window.setStatusBarMessage(`$(key) Set ${name} in ${target.label}`, 5000);
  else void vscode.window.showErrorMessage(`ampx could not set ${name}: ${lastLine(answer.output)}`);
}

async function removeSecret(target: Target, knownName?: string): Promise<void> {
  const names = knownName
    ? [knownName]
    : await withProgress(`Listing the secrets of ${target.label}`, () => listSandboxSecrets(target)).catch(showError);
  if (!names) return;
  const name = knownName ?? (await vscode.window.showQuickPick(names, { title: `Remove a sandbox secret of ${target.label}` }));
  if (!name) return;
  const remove = 'Remove';
  const confirmed = await vscode.window.showWarningMessage(
    `Remove the secret ${name} from ${target.label}?`,
    { modal: true, detail: 'A backend that reads it fails its next deploy until it is set again.' },
    remove,
  );
  if (confirmed !== remove) return;
  const answer = await withProgress(`Removing ${name}`, () => removeSandboxSecret(target, name)).catch(showError);
  if (answer && !answer.ok) void vscode.window.showErrorMessage(`ampx could not remove ${name}: ${lastLine(answer.output)}`);
  else if (answer) vscode.window.setStatusBarMessage(`$(trash) Removed ${name} from ${target.label}`, 5000);
}

/** The Gen 2 project (and sandbox) a row stands for, or the only Gen 2 project, or a pick. */
async function targetOf(row: unknown, deps: SandboxSecretDependencies): Promise<Target | undefined> {
  const node = row as { kind?: string; environment?: AmplifyEnvironment; snapshot?: EnvironmentsSnapshot } | undefined;
  let projectRoot: string | undefined;
  let environment: AmplifyEnvironment | undefined;
  if (node?.kind === 'environment' && node.environment?.kind === 'gen2-sandbox')
    [projectRoot, environment] = [node.environment.projectRoot, node.environment];
  else if (node?.kind === 'project' && node.snapshot?.generation === 2) projectRoot = node.snapshot.projectRoot;
  else {
    const roots = deps
      .snapshots()
      .filter((snapshot) => snapshot.generation === 2)
      .map((snapshot) => snapshot.projectRoot);
    projectRoot = roots.length <= 1 ? roots[0] : await vscode.window.showQuickPick(roots, { title: 'Sandbox secrets of which project?' });
  }
  if (!projectRoot) {
    if (roots(deps).length === 0)
      void vscode.window.showInformationMessage('Sandbox secrets belong to Gen 2 projects (amplify/backend.ts); none is open.');
    return undefined;
  }
  const location = locateCli('ampx', lensSetting('cli.ampxCommand'), { projectRoot });
  if (!location.found) {
    void reportMissingCli('ampx', location.message, location.hint);
    return undefined;
  }
  const other = environment && !environment.isCurrent ? environment.name : undefined;
  return { program: location.program, projectRoot, identifier: other, label: other ? `the sandbox ${other}` : 'your sandbox', log: deps.log };
}

function roots(deps: SandboxSecretDependencies): string[] {
  return deps
    .snapshots()
    .filter((snapshot) => snapshot.generation === 2)
    .map((snapshot) => snapshot.projectRoot);
}

function withProgress<T>(title: string, work: () => Promise<T>): Promise<T> {
  return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, work));
}

function showError(error: unknown): undefined {
  void vscode.window.showErrorMessage(`Sandbox secrets: ${error instanceof Error ? error.message : String(error)}`);
  return undefined;
}

function lastLine(output: string): string {
  return output.trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 500) || 'no output';
}
