import { mapWithConcurrency } from '../aws/bounded-parallel';
import type { StackResource } from '../aws/aws-types';
import type { AmplifyEnvironment } from '../environments/environment-types';
import type { StackReader } from '../environments/stack-reader';
import { resolveLogTargets } from './log-group-resolution';
import type { LogTarget } from './log-targets';
import type { LogGroupLister } from './logs-port';

/**
 * The log targets of a deployed environment: reads the resources of its root's direct nested stacks
 * (where Amplify puts functions and APIs; cached by the gateway), resolves the groups, and keeps an
 * unconfirmed AppSync group only if DescribeLogGroups finds it. If that check fails (no permission),
 * the group is left out: Lens does not offer a log it cannot vouch for.
 */
export async function loadLogTargets(
  environment: AmplifyEnvironment,
  reader: Pick<StackReader, 'listStackResources'>,
  lister: LogGroupLister,
  signal?: AbortSignal,
): Promise<LogTarget[]> {
  const root = environment.rootStack;
  if (!root) return [];
  const children = environment.nestedStacks.filter((stack) => stack.parentId === root.id);
  const lists = await mapWithConcurrency(children, 4, async (stack) =>
    (await reader.listStackResources(stack.id, signal)).map((resource): StackResource => ({ ...resource, stackName: stack.name })),
  );
  const targets = resolveLogTargets(environment, lists.flat());
  if (targets.every((target) => target.confirmed)) return targets;
  const existing = await lister.describeLogGroups('/aws/appsync/apis/', signal).then(
    (groups) => new Set(groups.map((group) => group.name)),
    () => new Set<string>(),
  );
  return targets.filter((target) => target.confirmed || existing.has(target.logGroup)).map((target) => ({ ...target, confirmed: true }));
}
