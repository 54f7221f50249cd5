import { describe, expect, it } from 'vitest';
import type { DeployTimelineSnapshot, TimelineResource } from 'amplify-lens-model/panels';
import type { DeployResult } from './deploy-runner';
import { deploySummary, outcomeOf, progressMessage } from './deploy-summaries';

const resource = (logicalId: string, statuses: string[], failure?: string): TimelineResource => ({
  key: `root/${logicalId}`,
  logicalId,
  resourceType: 'AWS::Lambda::Function',
  changes: statuses.map((status, at) => ({ status, at })),
  failure: failure ? { reason: failure } : undefined,
});

function snapshot(
  phase: DeployTimelineSnapshot['phase'],
  resources: TimelineResource[],
  rootStatus = 'UPDATE_IN_PROGRESS',
): DeployTimelineSnapshot {
  return {
    deployId: 'd1',
    envName: 'dev',
    command: 'amplify push --yes',
    startedAt: 0,
    endedAt: 90_000,
    phase,
    counts: { done: 2, inProgress: 1, failed: resources.filter((r) => r.failure).length, total: 3 + resources.filter((r) => r.failure).length },
    stacks: [{ name: 'root', id: 'arn', depth: 0, changes: [{ status: rootStatus, at: 0 }], resources }],
  };
}
const result = (phase: DeployResult['phase'], resources: TimelineResource[], outputsFile?: string): DeployResult => ({
  phase,
  exit: { code: phase === 'succeeded' ? 0 : 1, signal: null },
  durationMs: 90_000,
  snapshot: snapshot(phase, resources),
  schemaErrors: [],
  namedSchemaErrors: [],
  outputsFile,
});

describe('deploy summaries', () => {
  it('words the progress as resources done of total and in progress, and says when it rolls back', () => {
    expect(progressMessage(snapshot('in-progress', []))).toBe('2 of 3 resources, 1 in progress');
    expect(progressMessage(snapshot('in-progress', [resource('Fn', ['UPDATE_FAILED'], 'boom')], 'UPDATE_ROLLBACK_IN_PROGRESS'))).toBe(
      '2 of 4 resources, 1 in progress, 1 failed, rolling back',
    );
    expect(progressMessage(snapshot('starting', []))).toBe('waiting for CloudFormation…');
  });

  it('sums up a success with duration, what changed and the outputs file', () => {
    const changed = [
      resource('A', ['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE']),
      resource('B', ['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE']),
      resource('C', ['UPDATE_IN_PROGRESS']),
    ];
    expect(deploySummary(result('succeeded', changed), { title: 'Push', envName: 'dev', outputsFile: 'src/aws-exports.js' })).toEqual({
      level: 'info',
      text: 'Push to dev succeeded in 1m 30s: 2 resources changed in 1 stack. Wrote src/aws-exports.js.',
    });
  });

  it('names the failure of a rollback, and keeps it in the outcome', () => {
    const failed = result('rolled-back', [resource('Fn', ['UPDATE_IN_PROGRESS', 'UPDATE_FAILED'], 'NoSuchKey')]);
    expect(deploySummary(failed, { title: 'Push', envName: 'dev' })).toEqual({
      level: 'error',
      text: 'Push to dev failed and was rolled back after 1m 30s: Fn: NoSuchKey',
    });
    expect(outcomeOf(failed, 'key')).toEqual({
      envKey: 'key',
      envName: 'dev',
      command: 'amplify push --yes',
      phase: 'rolled-back',
      startedAt: 0,
      endedAt: 90_000,
      resourcesChanged: 0,
      failureReason: 'Fn: NoSuchKey',
    });
    expect(deploySummary(result('cancelled', []), { title: 'Deploy Sandbox Once', envName: 'lens' }).level).toBe('warning');
  });

  it('says nothing was deployed when the CLI failed before CloudFormation started, and why', () => {
    const refused = result('failed', []);
    refused.snapshot = {
      ...refused.snapshot,
      counts: { done: 0, inProgress: 0, failed: 0, total: 0 },
      stacks: [],
      notDeployed: { reason: 'Unknown type "Comment".' },
    };
    expect(deploySummary(refused, { title: 'Push', envName: 'dev' })).toEqual({
      level: 'error',
      text: 'Push to dev failed before anything was deployed: Unknown type "Comment".',
    });
    expect(outcomeOf(refused, 'key').failureReason).toBe('Unknown type "Comment".');
  });
});
