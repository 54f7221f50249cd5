import { mapWithConcurrency } from '../aws/bounded-parallel';
import type { StackEvent, StackResource } from '../aws/aws-types';
import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { eventsOfLatestOperation, latestDeployStart } from './deploy-events';
import type { AmplifyEnvironment, EnvironmentDetails } from './environment-types';
import { readerFor, type StackReaderSource } from './stack-reader';

const CLOCK_MARGIN_MS = 60_000;

export interface EnvironmentDetailsOptions {
  /** Most events returned (newest kept). Default 300. */
  maxEvents?: number;
}

/**
 * What the overview panel shows for one environment: every resource of its root and nested stacks,
 * and the events of its latest deploy across all of them, newest first and bounded. Never throws;
 * a failure leaves `problem` set and what was read so far.
 */
export async function loadEnvironmentDetails(
  environment: AmplifyEnvironment,
  readers: StackReaderSource,
  signal?: AbortSignal,
  options: EnvironmentDetailsOptions = {},
): Promise<EnvironmentDetails> {
  const details: EnvironmentDetails = { environment, resources: [], recentEvents: [] };
  const root = environment.rootStack;
  if (!root) return details;
  const reader = readerFor(readers, { region: environment.region, profile: environment.profile });
  const stacks = [root, ...environment.nestedStacks];
  const maxEvents = options.maxEvents ?? 300;
  try {
    const resourceLists = await mapWithConcurrency(stacks, 4, async (stack) =>
      (await reader.listStackResources(stack.id, signal)).map((resource): StackResource => ({ ...resource, stackName: stack.name })),
    );
    details.resources = resourceLists.flat();
    // LastUpdatedTime and the start event's timestamp need not be the same millisecond: look a little further back, then cut at the start event.
    const since = new Date(latestDeployStart(root).getTime() - CLOCK_MARGIN_MS);
    const rootEvents = eventsOfLatestOperation(await reader.describeStackEvents(root.id, { since, limit: maxEvents }, signal), root.name);
    const started = rootEvents.at(-1)?.timestamp ?? since;
    // Nested stacks that did not change in this deploy have no events since it started; ask only those that did.
    const touched = environment.nestedStacks.filter((stack) => (stack.lastUpdatedAt ?? stack.createdAt) >= since);
    const nestedEvents = await mapWithConcurrency(touched, 4, (stack) =>
      reader.describeStackEvents(stack.id, { since: started, limit: maxEvents }, signal),
    );
    details.recentEvents = newestFirst([...rootEvents, ...nestedEvents.flat()]).slice(0, maxEvents);
  } catch (error) {
    if (isAbortError(error)) return { ...details, problem: { kind: 'unknown', message: 'Loading was cancelled.' } };
    details.problem = classifyAwsError(error, { profile: reader.profile, region: reader.region });
  }
  return details;
}

function newestFirst(events: StackEvent[]): StackEvent[] {
  return events.sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime());
}
