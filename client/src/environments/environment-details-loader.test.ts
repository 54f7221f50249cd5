import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, recordDeployment, SeedClock } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { loadEnvironmentDetails } from './environment-details-loader';
import { loadEnvironments } from './load-environments';
import { GEN1_BLOG_RESOURCES, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  running = project = undefined;
});

async function devEnvironment() {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], ...GEN1_BLOG_RESOURCES });
  running = await startFakeAwsGateway(seed.state);
  project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
  const snapshot = await loadEnvironments({ root: project.root, generation: 1 }, running.gateway);
  return { seed, dev: snapshot.environments[0], gateway: running.gateway };
}

describe('loadEnvironmentDetails', () => {
  it('lists the resources of the root and nested stacks, each with its stack', async () => {
    const { dev, gateway, seed } = await devEnvironment();
    const details = await loadEnvironmentDetails(dev, gateway);
    expect(details.problem).toBeUndefined();
    const rootName = seed.envs[0].rootStackName;
    expect(details.resources.filter((resource) => resource.stackName === rootName).map((resource) => resource.logicalId)).toEqual(
      expect.arrayContaining(['DeploymentBucket', 'AuthRole', 'UnauthRole', 'apiblog', 'authblogauth', 'functionsummarizePost']),
    );
    expect(details.resources.find((resource) => resource.logicalId === 'PostTable')).toMatchObject({
      resourceType: 'AWS::DynamoDB::Table',
      stackName: seed.envs[0].nestedStackNames.Post,
    });
  });

  it("gives the latest deploy's events across root and nested stacks, newest first, and only that deploy's", async () => {
    const { dev, gateway, seed } = await devEnvironment();
    const details = await loadEnvironmentDetails(dev, gateway);
    const events = details.recentEvents;
    const rootName = seed.envs[0].rootStackName;
    expect(events[0]).toMatchObject({ stackName: rootName, logicalId: rootName, status: 'UPDATE_COMPLETE' });
    expect(events.at(-1)).toMatchObject({ stackName: rootName, logicalId: rootName, status: 'UPDATE_IN_PROGRESS' });
    const times = events.map((event) => event.timestamp.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The nested stacks' own creation events belong to this deploy; the root's CREATE belongs to the one before.
    expect(events.some((event) => event.stackName === seed.envs[0].nestedStackNames.Post && event.logicalId === 'PostTable')).toBe(true);
    expect(events.some((event) => event.status === 'CREATE_IN_PROGRESS' && event.logicalId === rootName)).toBe(false);
  });

  it('bounds the events it returns', async () => {
    const { dev, gateway } = await devEnvironment();
    const details = await loadEnvironmentDetails(dev, gateway, undefined, { maxEvents: 10 });
    expect(details.recentEvents).toHaveLength(10);
  });

  it('after a second deploy, shows only that deploy', async () => {
    const { seed, gateway } = await devEnvironment();
    recordDeployment(seed.state, seed.envs[0].rootStackName, { operation: 'UPDATE', clock: new SeedClock(new Date(Date.UTC(2030, 0, 1))) });
    gateway.invalidate();
    const dev = (await loadEnvironments({ root: project!.root, generation: 1 }, gateway)).environments[0];
    const details = await loadEnvironmentDetails(dev, gateway);
    expect(details.recentEvents.every((event) => event.timestamp.getUTCFullYear() === 2030)).toBe(true);
    const rootName = seed.envs[0].rootStackName;
    expect(details.recentEvents[0]).toMatchObject({ logicalId: rootName, status: 'UPDATE_COMPLETE' });
    expect(details.recentEvents.at(-1)).toMatchObject({ logicalId: rootName, status: 'UPDATE_IN_PROGRESS' });
    expect(details.recentEvents.some((event) => event.stackName === seed.envs[0].nestedStackNames.apiblog)).toBe(true);
  });

  it('reports a failure as its problem, keeping what it read', async () => {
    const { dev, gateway, seed } = await devEnvironment();
    seed.state.injectError('DescribeStackEvents', 'AccessDenied');
    const details = await loadEnvironmentDetails(dev, gateway);
    expect(details.problem?.kind).toBe('access-denied');
    expect(details.resources.length).toBeGreaterThan(0);
    expect(details.recentEvents).toEqual([]);
  });

  it('has nothing to read for an env that is not deployed', async () => {
    const { dev, gateway } = await devEnvironment();
    running!.resetRequests();
    const details = await loadEnvironmentDetails({ ...dev, rootStack: undefined, health: 'not-deployed' }, gateway);
    expect(details).toMatchObject({ resources: [], recentEvents: [] });
    expect(running!.actions()).toEqual([]);
  });
});
