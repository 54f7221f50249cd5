import { describe, expect, it } from 'vitest';
import type { StackEvent } from '../aws/aws-types';
import { DeployTimelineModel } from './deploy-timeline-model';

const ROOT = 'amplify-app-dev-12345';
const ROOT_ARN = `arn:aws:cloudformation:eu-west-1:123456789012:stack/${ROOT}/uuid-root`;
const API = `${ROOT}-apiblog-ABC`;
const API_ARN = `arn:aws:cloudformation:eu-west-1:123456789012:stack/${API}/uuid-api`;

let clock = 0;
function event(stackName: string, logicalId: string, status: string, extra: Partial<StackEvent> = {}): StackEvent {
  clock += 1_000;
  return {
    id: `${stackName}-${logicalId}-${status}-${clock}`,
    stackName,
    stackId: stackName === ROOT ? ROOT_ARN : API_ARN,
    logicalId,
    resourceType: logicalId === stackName ? 'AWS::CloudFormation::Stack' : 'AWS::Lambda::Function',
    status,
    timestamp: new Date(clock),
    ...extra,
  };
}

describe('DeployTimelineModel', () => {
  it('ignores the previous deploy’s tail read within the clock-skew margin, and repeats', () => {
    const model = new DeployTimelineModel({ deployId: 'd', envName: 'dev', command: 'amplify push --yes', startedAt: 0, rootStackName: ROOT });
    const previous = event(ROOT, ROOT, 'UPDATE_COMPLETE');
    const start = event(ROOT, ROOT, 'UPDATE_IN_PROGRESS', { statusReason: 'User Initiated' });
    expect(model.ingest([start, previous])).toBe(true);
    expect(model.snapshot().stacks[0]!.changes.map((change) => change.status)).toEqual(['UPDATE_IN_PROGRESS']);
    expect(model.ingest([start])).toBe(false);
    expect(model.snapshot().phase).toBe('in-progress');
  });

  it('finds nested stacks from their parent’s events and stops asking for them once they finish', () => {
    const model = new DeployTimelineModel({ deployId: 'd', envName: 'dev', command: 'amplify push --yes', startedAt: 0, rootStackName: ROOT });
    model.ingest([
      event(ROOT, ROOT, 'UPDATE_IN_PROGRESS'),
      event(ROOT, 'apiblog', 'UPDATE_IN_PROGRESS', { resourceType: 'AWS::CloudFormation::Stack', physicalId: API_ARN }),
    ]);
    expect(model.activeStackIds().map((stack) => stack.name)).toEqual([ROOT, API]);
    model.ingest([
      event(API, API, 'UPDATE_IN_PROGRESS'),
      event(API, 'Fn', 'UPDATE_IN_PROGRESS'),
      event(API, 'Fn', 'UPDATE_COMPLETE'),
      event(API, API, 'UPDATE_COMPLETE'),
    ]);
    expect(model.activeStackIds().map((stack) => stack.name)).toEqual([ROOT]);
    // The parent starts it again (a rollback): it is followed again.
    model.ingest([event(ROOT, 'apiblog', 'UPDATE_IN_PROGRESS', { resourceType: 'AWS::CloudFormation::Stack', physicalId: API_ARN })]);
    expect(model.activeStackIds().map((stack) => stack.name)).toEqual([ROOT, API]);
    const snapshot = model.snapshot();
    expect(snapshot.stacks[1]).toMatchObject({ name: API, logicalId: 'apiblog', parentName: ROOT, depth: 1 });
    expect(snapshot.counts).toEqual({ done: 1, inProgress: 0, failed: 0, total: 1 });
  });

  it('keeps a failure’s own reason, not the cancellations it causes, and lets the runner have the last word', () => {
    const model = new DeployTimelineModel({ deployId: 'd', envName: 'dev', command: 'amplify push --yes', startedAt: 0, rootStackName: ROOT });
    model.ingest([
      event(ROOT, ROOT, 'UPDATE_IN_PROGRESS'),
      event(ROOT, 'Fn', 'UPDATE_FAILED', { statusReason: 'Resource handler returned message: "NoSuchKey"' }),
      event(ROOT, 'Role', 'UPDATE_FAILED', { statusReason: 'Resource update cancelled' }),
      event(ROOT, ROOT, 'UPDATE_ROLLBACK_IN_PROGRESS', { statusReason: 'The following resource(s) failed to update: [Fn].' }),
    ]);
    const resources = model.snapshot().stacks[0]!.resources;
    expect(resources.map((resource) => resource.failure?.reason)).toEqual(['Resource handler returned message: "NoSuchKey"', undefined]);
    expect(model.snapshot().counts.failed).toBe(1);
    model.finish('cancelled', 99);
    expect(model.snapshot()).toMatchObject({ phase: 'cancelled', endedAt: 99 });
  });
});
