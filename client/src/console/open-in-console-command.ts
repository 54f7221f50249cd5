/**
 * "Open in AWS Console" on a resource row: reads what the resource's nested stack holds (and the
 * stacks under it, where Amplify keeps each model's table), then opens the one page it has or asks
 * which (the API or a table, a function or its stack). Region and partition come from the stack's
 * ARN, the profile from the environment the row belongs to.
 */
import * as vscode from 'vscode';
import type { StackResource } from '../aws/aws-types';
import { classifyAwsError } from '../aws/aws-problem-classifier';
import { mapWithConcurrency } from '../aws/bounded-parallel';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import type { EnvironmentResource, EnvironmentsSnapshot } from '../environments/environment-types';
import { arnLocation, isConsoleUrl } from './aws-console-urls';
import { resourceConsoleTargets } from './resource-console-targets';

export interface OpenInConsoleDependencies {
  pool(): Promise<CloudFormationGatewayPool>;
  snapshots(): readonly EnvironmentsSnapshot[];
  selection(): { profile?: string };
}

const NESTED_STACK = 'AWS::CloudFormation::Stack';
const MAX_CHILD_STACKS = 30;

/** What `amplifyLens.openInAwsConsole` does with the row it was run on. */
export async function openResourceInConsole(deps: OpenInConsoleDependencies, node?: unknown): Promise<void> {
  const resource = (node as { resource?: EnvironmentResource } | undefined)?.resource;
  const stack = resource?.stack;
  if (!resource || !stack) {
    void vscode.window.showInformationMessage(
      resource ? `${resource.name} is not deployed in this environment yet.` : 'Choose a resource in the Resources view.',
    );
    return;
  }
  const location = arnLocation(stack.id);
  if (!location) return;
  const environment = deps
    .snapshots()
    .flatMap((snapshot) => snapshot.environments)
    .find((env) => env.resources.includes(resource));
  const profile = deps.selection().profile ?? environment?.profile;
  const gateway = (await deps.pool()).gatewayFor({ region: location.region, profile });
  let resources: StackResource[];
  try {
    resources = await vscode.window.withProgress({ location: { viewId: 'amplifyLens.resources' } }, async () => {
      const own = await gateway.listStackResources(stack.id);
      const children = own.filter((child) => child.resourceType === NESTED_STACK && child.physicalId).slice(0, MAX_CHILD_STACKS);
      const nested = await mapWithConcurrency(children, 4, (child) => gateway.listStackResources(child.physicalId!));
      return [...own, ...nested.flat()];
    });
  } catch (error) {
    void vscode.window.showErrorMessage(classifyAwsError(error, { region: location.region, profile }).message);
    return;
  }
  const targets = resourceConsoleTargets({ category: resource.category, name: resource.name, stackArn: stack.id, resources });
  const choice =
    targets.length <= 2
      ? targets[0]
      : await vscode.window.showQuickPick(targets, { title: `Open ${resource.name} in the AWS console`, matchOnDetail: true });
  if (choice && isConsoleUrl(choice.url)) await vscode.env.openExternal(choice.url as unknown as vscode.Uri);
}
