/**
 * The questions a deploy asks, as modal dialogs: what `amplify status` says will change, which
 * tables a destructive schema change replaces, switching env, and the names some actions need.
 */
import * as vscode from 'vscode';
import type { DestructiveChange, StatusRow } from './cli-output-parsers';
import { CLI_SETTINGS } from './cli-locator';
import type { CliTool } from './deploy-command-catalog';

export async function confirmStatusChanges(title: string, envName: string, changes: StatusRow[]): Promise<boolean> {
  if (changes.length === 0) {
    const answer = await vscode.window.showInformationMessage(
      `amplify status shows no changes for ${envName}.`,
      { modal: true, detail: `${title} anyway? The CLI will say "No changes detected" unless tags or parameters changed.` },
      `${title} Anyway`,
    );
    return answer !== undefined;
  }
  const order = ['Delete', 'Create', 'Update', 'Import', 'Unlink'];
  const lines = [...changes]
    .sort((a, b) => order.indexOf(a.operation) - order.indexOf(b.operation))
    .map((row) => `${row.operation}: ${row.category} ${row.resourceName}`);
  const deletes = changes.filter((row) => row.operation === 'Delete').length;
  const answer = await vscode.window.showWarningMessage(
    `${title} ${changes.length} change${changes.length === 1 ? '' : 's'} to ${envName}?`,
    {
      modal: true,
      detail: `${lines.join('\n')}${deletes ? `\n\n${deletes} resource${deletes === 1 ? '' : 's'} and its data will be deleted.` : ''}`,
    },
    title,
  );
  return answer === title;
}

export async function confirmDestructive(envName: string, change: DestructiveChange): Promise<boolean> {
  const tables = [...change.replacedTables.map((table) => `Replace: ${table}`), ...change.removedTables.map((table) => `Remove: ${table}`)];
  const action = 'Push and Replace Tables';
  const answer = await vscode.window.showWarningMessage(
    `This schema change replaces DynamoDB tables in ${envName}. All existing data in these tables will be lost.`,
    {
      modal: true,
      detail: `${tables.join('\n') || 'The transformer did not name the tables.'}\n\nLens re-runs the push with --allow-destructive-graphql-schema-updates.`,
    },
    action,
  );
  return answer === action;
}

export async function confirm(question: string, action: string, detail?: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(question, { modal: true, detail }, action)) === action;
}

export async function askName(prompt: string, placeHolder: string, pattern: RegExp, rule: string): Promise<string | undefined> {
  return vscode.window.showInputBox({ prompt, placeHolder, validateInput: (value) => (pattern.test(value) ? undefined : rule) });
}

export async function reportMissingCli(tool: CliTool, message: string, hint: string): Promise<void> {
  const settings = 'Open Settings';
  const docs = 'Installation Guide';
  const answer = await vscode.window.showErrorMessage(`${message} ${hint}`, settings, docs);
  if (answer === settings) await vscode.commands.executeCommand('workbench.action.openSettings', `amplifyLens.${CLI_SETTINGS[tool].key}`);
  if (answer === docs) {
    const url =
      tool === 'amplify'
        ? 'https://docs.amplify.aws/gen1/javascript/tools/cli/start/set-up-cli/'
        : 'https://docs.amplify.aws/react/start/manual-installation/';
    await vscode.env.openExternal(vscode.Uri.parse(url));
  }
}
