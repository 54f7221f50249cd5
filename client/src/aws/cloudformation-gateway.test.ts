import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudFormationState, gen1Seed, manyStacksSeed } from '../../../test/fake-aws';
import { classifyAwsError, isAbortError } from './aws-problem-classifier';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';

let running: FakeAwsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function start(state: FakeCloudFormationState, options = {}): Promise<FakeAwsGateway> {
  running = await startFakeAwsGateway(state, options);
  return running;
}

describe('CloudFormationGateway', () => {
  it('lists every live stack across pages and serves the listing from cache until invalidated', async () => {
    const { state } = manyStacksSeed(500);
    state.deleteStack(state.allStacks[3].id);
    const { gateway, actions, resetRequests } = await start(state);

    const stacks = await gateway.listStacks();
    expect(stacks).toHaveLength(499);
    expect(stacks.some((stack) => stack.status === 'DELETE_COMPLETE')).toBe(false);
    expect(actions()).toEqual(['ListStacks', 'ListStacks', 'ListStacks', 'ListStacks', 'ListStacks']);

    resetRequests();
    expect(await gateway.listStacks()).toHaveLength(499);
    expect(actions()).toEqual([]);

    gateway.invalidate();
    await gateway.listStacks();
    expect(actions()).toHaveLength(5);
  });

  it('describes a stack with its outputs, tags and nesting, and answers undefined for a missing one', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const { gateway } = await start(seed.state);
    const root = await gateway.describeStack(seed.envs[0].rootStackName);
    expect(root).toMatchObject({ name: seed.envs[0].rootStackName, status: 'UPDATE_COMPLETE', tags: { 'user:Stack': 'dev' } });
    expect(root?.outputs.find((output) => output.key === 'DeploymentBucketName')?.value).toBe(`${seed.envs[0].rootStackName}-deployment`);
    expect(root?.driftStatus).toBe('NOT_CHECKED');

    const nested = await gateway.describeStack(seed.envs[0].nestedStackNames.apigen1blog);
    expect(nested).toMatchObject({ parentId: root?.id, rootId: root?.id });
    expect(await gateway.describeStack('amplify-nope-dev-00000')).toBeUndefined();
    expect((await gateway.describeStacks([seed.envs[0].rootStackName, 'amplify-nope-dev-00000'])).map((s) => s.name)).toEqual([
      seed.envs[0].rootStackName,
    ]);
  });

  it('describes every live stack, nested ones included, when no names are given', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const { gateway } = await start(seed.state);
    const all = await gateway.describeStacks();
    expect(all).toHaveLength(seed.state.allStacks.length);
  });

  it('reads events newest first, bounded by time and count', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const rootName = seed.envs[0].rootStackName;
    const { gateway, actions } = await start(seed.state);
    const all = await gateway.describeStackEvents(rootName, { limit: 1000 });
    expect(all.length).toBe(seed.state.getStack(rootName).events.length);
    expect(all[0].timestamp.getTime()).toBeGreaterThanOrEqual(all[all.length - 1].timestamp.getTime());
    expect(all[0]).toMatchObject({ logicalId: rootName, status: 'UPDATE_COMPLETE' });

    const since = all[4].timestamp;
    const recent = await gateway.describeStackEvents(rootName, { since });
    expect(recent).toHaveLength(5);
    expect(await gateway.describeStackEvents(rootName, { limit: 3 })).toHaveLength(3);
    expect(actions().filter((action) => action === 'DescribeStackEvents')).toHaveLength(3);
  });

  it('lists resources and reads template metadata', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const { gateway } = await start(seed.state);
    const resources = await gateway.listStackResources(seed.envs[0].rootStackName);
    expect(resources.map((resource) => resource.logicalId)).toContain('apigen1blog');
    expect(resources.find((resource) => resource.logicalId === 'DeploymentBucket')).toMatchObject({
      resourceType: 'AWS::S3::Bucket',
      status: 'CREATE_COMPLETE',
    });
    const summary = await gateway.getTemplateSummary(seed.envs[0].rootStackName);
    expect(summary.description).toContain('"createdBy":"Amplify"');
  });

  it('retries a throttled request with backoff', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    seed.state.injectError('DescribeStacks', 'Throttling', { times: 1 });
    const { gateway, actions } = await start(seed.state, { maxAttempts: 3 });
    expect(await gateway.describeStack(seed.envs[0].rootStackName)).toBeDefined();
    expect(actions()).toEqual(['DescribeStacks', 'DescribeStacks']);
  });

  it('does not cache a failed answer', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    seed.state.injectError('ListStacks', 'AccessDenied', { times: 1 });
    const { gateway } = await start(seed.state);
    const error = await gateway.listStacks().catch((caught: unknown) => caught);
    expect(classifyAwsError(error).kind).toBe('access-denied');
    expect((await gateway.listStacks()).length).toBeGreaterThan(0);
  });

  it('stops when its AbortSignal fires', async () => {
    const { state } = manyStacksSeed(300);
    const { gateway } = await start(state);
    const controller = new AbortController();
    controller.abort();
    const error = await gateway.listStacks(controller.signal).catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    // Nothing was cached by the cancelled call.
    expect(await gateway.listStacks()).toHaveLength(300);
  });
});
