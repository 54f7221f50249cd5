import type { Stack, StackEvent } from '../aws/aws-types';
import type { StackReader } from './stack-reader';
import { isFailed, isOperationStart } from 'amplify-lens-model/presentation';

const NESTED_STACK_TYPE = 'AWS::CloudFormation::Stack';
/** Reasons that only point elsewhere: the cause is in another resource's or a nested stack's event. */
const PASS_ON_REASONS = [
  /^Resource (creation|update|deletion) cancelled/i,
  /^The following resource\(s\) failed to/i,
  /^Embedded stack .* was not successfully/i,
];

/** The start of the stack's latest operation: the time its latest deploy began. */
export function latestDeployStart(stack: Stack): Date {
  return stack.lastUpdatedAt ?? stack.createdAt;
}

/**
 * Why the latest deploy of a stack failed, in the words of the resource that failed: the newest
 * failed event with a reason of its own, following a failed nested stack into its events (Amplify's
 * failures usually sit two stacks down). Undefined when the events say nothing useful.
 */
export async function latestFailureReason(reader: StackReader, stack: Stack, signal?: AbortSignal, depth = 0): Promise<string | undefined> {
  const events = await reader.describeStackEvents(stack.id, { since: latestDeployStart(stack), limit: 300 }, signal);
  const failed = events.filter((event) => isFailed(event.status) && event.statusReason && event.logicalId !== stack.name);
  for (const event of failed) {
    if (event.resourceType === NESTED_STACK_TYPE && event.physicalId && depth < 2) {
      const nested = await reader.describeStack(event.physicalId, signal);
      const inner = nested && (await latestFailureReason(reader, nested, signal, depth + 1));
      if (inner) return inner;
    }
    if (!PASS_ON_REASONS.some((pattern) => pattern.test(event.statusReason ?? ''))) return `${event.logicalId}: ${event.statusReason}`;
  }
  const first = failed[0];
  return first ? `${first.logicalId}: ${first.statusReason}` : undefined;
}

/**
 * The events of the stack's latest operation, newest first: everything since the root stack's own
 * most recent operation-start event (CREATE/UPDATE/DELETE/IMPORT_IN_PROGRESS).
 */
export function eventsOfLatestOperation(rootEvents: readonly StackEvent[], rootName: string): StackEvent[] {
  const startIndex = rootEvents.findIndex((event) => event.logicalId === rootName && isOperationStart(event.status));
  return startIndex < 0 ? [...rootEvents] : rootEvents.slice(0, startIndex + 1);
}
