/**
 * What the environment overview panel shows, built from the environment model: plain, serialisable
 * data (dates as epoch milliseconds), secrets masked before they leave the extension host (the
 * panel asks the host to copy a real value), definition files as links relative to the project.
 */
import { relative } from 'node:path';
import type { Stack } from '../aws/aws-types';
import type { AmplifyEnvironment, EnvironmentDetails, EnvironmentLoadProblem } from '../environments/environment-types';
import { environmentKey } from '../environments/environment-key';
import { shouldHideValue } from 'amplify-lens-model/secrets';
import { MASKED_VALUE } from './output-secrets';
import type { EnvironmentOverview, OverviewStack } from 'amplify-lens-model/panels';

export function environmentOverview(details: EnvironmentDetails): EnvironmentOverview {
  const environment = details.environment;
  return {
    key: environmentKey(environment),
    name: environment.name,
    kind: environment.kind,
    isCurrent: environment.isCurrent,
    health: environment.health,
    ...(environment.healthReason ? { healthReason: environment.healthReason } : {}),
    ...(environment.region ? { region: environment.region } : {}),
    ...(environment.profile ? { profile: environment.profile } : {}),
    ...(environment.lastDeployedAt ? { lastDeployedAt: environment.lastDeployedAt.getTime() } : {}),
    stacks: overviewStacks(environment),
    resources: environment.resources.map((resource) => ({
      category: resource.category,
      name: resource.name,
      ...(resource.status ? { status: resource.status } : {}),
      ...(resource.definitionPath
        ? {
            definition: {
              path: resource.definitionPath,
              label: relative(environment.projectRoot, resource.definitionPath).split('\\').join('/'),
            },
          }
        : {}),
    })),
    outputs: environment.outputs.map((output) => {
      const masked = shouldHideValue([output.label, output.source], output.value);
      return { label: output.label, value: masked ? MASKED_VALUE : output.value, masked, source: output.source };
    }),
    events: details.recentEvents.map((event) => ({
      stackName: event.stackName,
      logicalId: event.logicalId,
      resourceType: event.resourceType,
      status: event.status,
      ...(event.statusReason ? { reason: event.statusReason } : {}),
      at: event.timestamp.getTime(),
    })),
    ...(details.problem ? { problem: overviewProblem(details.problem) } : {}),
    ...(environment.stale
      ? { stale: { since: environment.stale.since.getTime(), reason: environment.stale.reason, lastHealth: environment.stale.lastHealth } }
      : {}),
  };
}

/** A problem as the panel shows it; the action's arguments stay in the host (see the panel host). */
export function overviewProblem(problem: EnvironmentLoadProblem): NonNullable<EnvironmentOverview['problem']> {
  return { message: problem.message, ...(problem.action ? { action: { title: problem.action.title, command: problem.action.command } } : {}) };
}

/** The output whose real value the panel asked to copy. */
export function findOutputValue(environment: AmplifyEnvironment, label: string, source: string): string | undefined {
  return environment.outputs.find((output) => output.label === label && output.source === source)?.value;
}

function overviewStacks(environment: AmplifyEnvironment): OverviewStack[] {
  const root = environment.rootStack;
  if (!root) return [];
  const categoryOf = new Map(
    environment.resources.filter((resource) => resource.stack).map((resource) => [resource.stack?.id, resource.category]),
  );
  const childrenOf = new Map<string, Stack[]>();
  for (const stack of environment.nestedStacks)
    childrenOf.set(stack.parentId ?? root.id, [...(childrenOf.get(stack.parentId ?? root.id) ?? []), stack]);
  // Root first, each nested stack right after its parent; a model's stack two levels down (Gen 1
  // keeps one per @model under the API's stack) is named by the category it belongs to.
  const ordered: { stack: Stack; category?: string }[] = [];
  const visit = (stack: Stack, inherited: string | undefined, seen: Set<string>) => {
    if (seen.has(stack.id)) return;
    seen.add(stack.id);
    const own = stack === root ? undefined : categoryOf.get(stack.id);
    const category = own ?? (inherited ? `${inherited} (nested)` : stack === root ? undefined : 'nested');
    ordered.push({ stack, category });
    for (const child of childrenOf.get(stack.id) ?? []) visit(child, own ?? inherited, seen);
  };
  const seen = new Set<string>();
  visit(root, undefined, seen);
  // Stacks whose parent is not among them still show, after the tree.
  for (const stack of environment.nestedStacks) visit(stack, undefined, seen);
  return ordered.map(({ stack, category }) => {
    const updated = stack.lastUpdatedAt ?? stack.createdAt;
    return {
      name: stack.name,
      id: stack.id,
      ...(category ? { category } : {}),
      status: stack.status,
      ...(stack.statusReason ? { statusReason: stack.statusReason } : {}),
      lastUpdatedAt: updated.getTime(),
    };
  });
}
