import type { DeployTimelineSnapshot } from 'amplify-lens-model/panels';
import type { DeployOutcome } from './deploy-outcome-store';
import { formatDuration } from './deploy-outcome-store';
import type { DeployResult } from './deploy-runner';

/** The progress notification's line: "12 of 40 resources, 3 in progress". */
export function progressMessage(snapshot: DeployTimelineSnapshot): string {
  const { done, inProgress, failed, total } = snapshot.counts;
  if (snapshot.phase === 'starting') return 'waiting for CloudFormation…';
  const parts = [`${done} of ${total ?? done + inProgress + failed} resources`, `${inProgress} in progress`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (snapshot.stacks[0]?.changes.at(-1)?.status.includes('ROLLBACK_IN_PROGRESS')) parts.push('rolling back');
  return parts.join(', ');
}

/** Resources that reached a complete state in this deploy, and the stacks they belong to. */
export function changedResources(snapshot: DeployTimelineSnapshot): { resources: number; stacks: number } {
  let resources = 0;
  let stacks = 0;
  for (const stack of snapshot.stacks) {
    const changed = stack.resources.filter(
      (resource) => !resource.failure && resource.changes.some((change) => change.status.endsWith('_COMPLETE')),
    );
    resources += changed.length;
    if (changed.length > 0) stacks += 1;
  }
  return { resources, stacks };
}

export function firstFailure(snapshot: DeployTimelineSnapshot): string | undefined {
  for (const stack of snapshot.stacks) {
    const failed = stack.resources.find((resource) => resource.failure);
    if (failed?.failure) return `${failed.logicalId}: ${failed.failure.reason}`;
  }
  return undefined;
}

export interface DeploySummary {
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** The notification after a deploy: what happened, how long it took, what changed and which file was written. */
export function deploySummary(result: DeployResult, what: { title: string; envName: string; outputsFile?: string }): DeploySummary {
  const duration = formatDuration(result.durationMs);
  const { resources, stacks } = changedResources(result.snapshot);
  const failure = firstFailure(result.snapshot);
  const short = (text: string) => (text.length > 240 ? `${text.slice(0, 239)}…` : text);
  switch (result.phase) {
    case 'succeeded': {
      const changed =
        resources > 0
          ? `${resources} resource${resources === 1 ? '' : 's'} changed in ${stacks} stack${stacks === 1 ? '' : 's'}`
          : 'no resource changed';
      const wrote = what.outputsFile ? ` Wrote ${what.outputsFile}.` : '';
      return { level: 'info', text: `${what.title} to ${what.envName} succeeded in ${duration}: ${changed}.${wrote}` };
    }
    case 'rolled-back':
      return {
        level: 'error',
        text: `${what.title} to ${what.envName} failed and was rolled back after ${duration}${failure ? `: ${short(failure)}` : '.'}`,
      };
    case 'cancelled':
      return {
        level: 'warning',
        text: `${what.title} to ${what.envName} was cancelled after ${duration}. CloudFormation finishes or rolls back an update it has started.`,
      };
    default:
      if (result.snapshot.notDeployed) {
        return {
          level: 'error',
          text: `${what.title} to ${what.envName} failed before anything was deployed: ${short(result.snapshot.notDeployed.reason)}`,
        };
      }
      return {
        level: 'error',
        text: `${what.title} to ${what.envName} failed after ${duration}${failure ? `: ${short(failure)}` : '. See the terminal for the CLI’s message.'}`,
      };
  }
}

export function outcomeOf(result: DeployResult, envKey: string): DeployOutcome {
  const { snapshot } = result;
  return {
    envKey,
    envName: snapshot.envName,
    command: snapshot.command,
    phase: result.phase,
    startedAt: snapshot.startedAt,
    endedAt: snapshot.endedAt ?? snapshot.startedAt + result.durationMs,
    resourcesChanged: changedResources(snapshot).resources,
    failureReason: firstFailure(snapshot) ?? snapshot.notDeployed?.reason,
  };
}
