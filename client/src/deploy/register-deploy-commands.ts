/**
 * The deploy commands (`amplifyLens.deploy.*`: one per catalog action, "Deploy" for whatever row it
 * is on, and "Show Deploy Timeline"), wired to the controller; the last outcome per env goes to the
 * workspace state for the Environments tree.
 */
import * as vscode from 'vscode';
import { DEPLOY_ACTIONS } from './deploy-command-catalog';
import { DeployController, type DeployDependencies } from './deploy-controller';
import { DeployOutcomeStore, provideDeployOutcomes } from './deploy-outcome-store';

export const SHOW_DEPLOY_TIMELINE_COMMAND = 'amplifyLens.deploy.showTimeline';
export const DEPLOY_COMMAND = 'amplifyLens.deploy.deploy';

export function registerDeployCommands(context: vscode.ExtensionContext, deps: DeployDependencies): vscode.Disposable[] {
  const outcomes = new DeployOutcomeStore(context.workspaceState);
  provideDeployOutcomes(outcomes);
  const controller = new DeployController(context, deps, outcomes);
  return [
    ...DEPLOY_ACTIONS.map((action) => vscode.commands.registerCommand(action.command, (argument?: unknown) => controller.run(action, argument))),
    vscode.commands.registerCommand(DEPLOY_COMMAND, (argument?: unknown) => controller.deployTarget(argument)),
    vscode.commands.registerCommand(SHOW_DEPLOY_TIMELINE_COMMAND, (argument?: unknown) => controller.showTimeline(argument)),
    { dispose: () => provideDeployOutcomes(undefined) },
  ];
}
