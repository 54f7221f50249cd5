import { afterEach, describe, expect, it } from 'vitest';
import {
  DeployScenarioRun,
  GSI_FAILURE_REASON,
  LAMBDA_FAILURE_REASON,
  deployScenarioSteps,
  gen1Seed,
  gen2Seed,
  type DeployScenarioName,
  type FakeCloudFormationState,
} from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { DeployTimelineModel } from './deploy-timeline-model';
import type { ProjectLinkContext } from './project-links';
import { StackEventsFollower } from './stack-events-follower';

let running: FakeAwsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

const root = '/projects/app';
const files = new Set([
  `${root}/amplify/backend/api/gen1blog/schema.graphql`,
  `${root}/amplify/backend/function/processOrder/src/index.js`,
  `${root}/amplify/data/resource.ts`,
]);
const links = (generation: 1 | 2): ProjectLinkContext => ({ projectRoot: root, generation, fileExists: (path) => files.has(path) });

async function follow(state: FakeCloudFormationState, rootStackName: string, scenario: DeployScenarioName, generation: 1 | 2 = 1) {
  running = await startFakeAwsGateway(state);
  const startedAt = new Date();
  const model = new DeployTimelineModel({
    deployId: 'd1',
    envName: 'dev',
    command: 'amplify push --yes',
    startedAt: startedAt.getTime(),
    rootStackName,
    links: links(generation),
  });
  const received: string[] = [];
  const follower = new StackEventsFollower({
    reader: running.gateway,
    stacks: () => model.activeStackIds(),
    onEvents: (events) => {
      received.push(...events.map((event) => event.id));
      model.ingest(events);
    },
    since: startedAt,
    activeIntervalMs: 10,
    quietIntervalMs: 40,
  });
  const run = new DeployScenarioRun('r1', rootStackName, state, deployScenarioSteps(state, rootStackName, scenario), 2).start();
  follower.start();
  await run.finished();
  await follower.poll();
  follower.stop();
  const written = state.allStacks.flatMap((stack) => stack.events).filter((event) => event.timestamp >= startedAt);
  return { model, snapshot: model.snapshot(), received, written };
}

describe('StackEventsFollower + DeployTimelineModel over the real SDK client and the fake AWS', () => {
  it('follows a successful update of the root and every nested stack, each event once', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const { snapshot, received, written } = await follow(seed.state, seed.envs[0]!.rootStackName, 'success');
    expect(new Set(received).size).toBe(received.length);
    expect(received).toHaveLength(written.length);
    expect(snapshot.phase).toBe('succeeded');
    expect(snapshot.stacks.map((stack) => stack.depth)).toEqual([0, 1, 1, 1, 1, 2]);
    expect(snapshot.stacks[0]!.changes.map((change) => change.status)).toEqual([
      'UPDATE_IN_PROGRESS',
      'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_COMPLETE',
    ]);
    const leaves = seed.state.allStacks.reduce(
      (sum, stack) => sum + stack.resources.filter((resource) => resource.type !== 'AWS::CloudFormation::Stack').length,
      0,
    );
    expect(snapshot.counts).toEqual({ done: leaves, inProgress: 0, failed: 0, total: leaves });
    expect(snapshot.stacks.find((stack) => stack.logicalId === 'Todo')?.parentName).toBe(seed.envs[0]!.nestedStackNames.apigen1blog);
  });

  it('follows a rollback: the failing function with its reason and a link, cancelled siblings not counted as failures', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const { snapshot } = await follow(seed.state, seed.envs[0]!.rootStackName, 'rollback');
    expect(snapshot.phase).toBe('rolled-back');
    const failures = snapshot.stacks.flatMap((stack) => stack.resources.filter((resource) => resource.failure));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      logicalId: 'LambdaFunction',
      failure: { reason: LAMBDA_FAILURE_REASON, link: { path: `${root}/amplify/backend/function/processOrder/src/index.js` } },
    });
    expect(snapshot.counts.failed).toBe(1);
    expect(snapshot.stacks[0]!.changes.at(-1)?.status).toBe('UPDATE_ROLLBACK_COMPLETE');
  });

  it('follows a Gen 2 failure two stacks down to the data resource.ts', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    const { snapshot } = await follow(seed.state, seed.sandboxes[0]!.stackName, 'nested-failure', 2);
    expect(snapshot.phase).toBe('rolled-back');
    const failing = snapshot.stacks.find((stack) => stack.resources.some((resource) => resource.failure));
    expect(failing?.depth).toBe(2);
    expect(failing?.resources.find((resource) => resource.failure)?.failure).toEqual({
      reason: GSI_FAILURE_REASON,
      link: { path: `${root}/amplify/data/resource.ts`, label: 'data/resource.ts' },
    });
  });

  it('keeps following through throttling, reporting each error, and stops polling when stopped', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const rootStackName = seed.envs[0]!.rootStackName;
    running = await startFakeAwsGateway(seed.state);
    const startedAt = new Date();
    const model = new DeployTimelineModel({
      deployId: 'd1',
      envName: 'dev',
      command: 'amplify push --yes',
      startedAt: startedAt.getTime(),
      rootStackName,
    });
    const errors: unknown[] = [];
    const follower = new StackEventsFollower({
      reader: running.gateway,
      stacks: () => model.activeStackIds(),
      onEvents: (events) => model.ingest(events),
      onError: (error) => errors.push(error),
      since: startedAt,
      activeIntervalMs: 5,
      quietIntervalMs: 20,
    });
    seed.state.injectError('DescribeStackEvents', 'Throttling', { times: 2 });
    const run = new DeployScenarioRun('r1', rootStackName, seed.state, deployScenarioSteps(seed.state, rootStackName, 'success'), 2).start();
    follower.start();
    await run.finished();
    await follower.poll();
    follower.stop();
    expect(errors).toHaveLength(2);
    expect(model.snapshot().phase).toBe('succeeded');
    running.resetRequests();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(running.actions()).toEqual([]);
  });
});
