/**
 * What Lens says while CloudFormation cannot be reached, driven as the extension drives it: the
 * environments service with the real CloudFormation gateway pool (the real SDK client) against the
 * fake CloudFormation, which is then stopped. The views' rows and the overview's message are built
 * from what the service holds. Unknown is never "not deployed", and what was read before stays,
 * marked stale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CloudFormationGatewayPool } from '../../client/src/aws/cloudformation-gateway-pool';
import { useTempAwsConfig, type TempAwsConfig } from '../../client/test-support/temp-aws-config';
import { EnvironmentsService } from '../../client/src/environments/environments-service';
import { gen1BlogProject, GEN1_BLOG_RESOURCES, copyExample, type TempProject } from '../../client/test-support/temp-projects';
import { environmentsChildNodes } from '../../client/src/views/environments-nodes';
import { outputsChildNodes } from '../../client/src/views/outputs-nodes';
import { resourcesChildNodes, type ResourceNode } from '../../client/src/views/resources-nodes';
import { environmentOverview } from '../../client/src/views/environment-overview-model';
import type { AmplifyEnvironment } from '../../client/src/environments/environment-types';
import { gen1Seed, gen2Seed, startFakeAws, type FakeAws } from '../fake-aws';

let fake: FakeAws | undefined;
let project: TempProject | undefined;
let temp: TempAwsConfig | undefined;
let service: EnvironmentsService | undefined;
let pool: CloudFormationGatewayPool | undefined;
afterEach(async () => {
  service?.dispose();
  pool?.clear();
  await fake?.stop().catch(() => undefined);
  project?.dispose();
  temp?.restore();
  [fake, project, temp, service, pool] = [undefined, undefined, undefined, undefined, undefined];
});

async function start(state: Parameters<typeof startFakeAws>[0], root: string) {
  temp = useTempAwsConfig();
  process.env.AWS_ACCESS_KEY_ID = 'AKIDLENSHONEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'honestStatesTestSecret000000000000000000';
  fake = await startFakeAws(state);
  pool = new CloudFormationGatewayPool({ endpoint: fake.endpoint, maxAttempts: 1 });
  service = new EnvironmentsService({
    folders: () => [root],
    selection: () => ({}),
    appIds: () => [],
    pool: async () => pool!,
    fallbackRegion: state!.region,
  });
  return service;
}

const resourceRows = (environment: AmplifyEnvironment) =>
  resourcesChildNodes(environment).flatMap((category) => resourcesChildNodes(environment, category)) as ResourceNode[];

describe('while CloudFormation cannot be reached', () => {
  it('says the state of a deployed Gen 1 env is unknown and why, keeps the last known state marked stale, and never claims a resource is gone', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], ...GEN1_BLOG_RESOURCES });
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
    const environments = await start(seed.state, project.root);
    await environments.refresh('user');
    const firstRead = environments.snapshots()[0]!.loadedAt;
    const deployed = environments.snapshots()[0]!.environments[0]!;
    expect(deployed.health).toBe('deployed');
    expect(resourceRows(deployed).map((row) => row.description)).not.toContain('not deployed');

    await fake!.stop();
    await environments.refresh('user');
    const [snapshot] = environments.snapshots();
    const dev = snapshot!.environments[0]!;
    expect(snapshot!.problem?.kind).toBe('network');
    expect(dev.health).toBe('unknown');
    expect(dev.healthReason).toMatch(/^Could not reach AWS CloudFormation in eu-west-1/);
    expect(dev.stale).toEqual({ lastHealth: 'deployed', since: firstRead, reason: dev.healthReason });
    // The last known stacks, statuses and outputs stay, said to be last known.
    expect(dev.rootStack?.name).toBe(seed.envs[0]!.rootStackName);
    const rows = resourceRows(dev);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.description).toMatch(/^(create|update) complete · last known$/);
    expect(rows[0]!.tooltip).toContain('The current state is unknown: Could not reach AWS CloudFormation');
    expect(outputsChildNodes(dev)[0]!.label).toMatch(/^Last known outputs, read /);
    // The Environments view shows the problem and the env as unknown, with what it last was.
    const tree = environmentsChildNodes(environments.snapshots(), undefined, { now: new Date(), pageSize: 20 });
    expect(tree.map((node) => node.kind)).toEqual(['problem', 'environment']);
    expect(tree[1]!.description).toContain('unknown · last known: deployed');
    const overview = environmentOverview({ environment: dev, resources: [], recentEvents: [] });
    expect(overview).toMatchObject({ health: 'unknown', stale: { lastHealth: 'deployed' }, lastDeployedAt: deployed.lastDeployedAt!.getTime() });

    // Still unreachable on the next refresh: still the state first read, not a newer "since".
    await environments.refresh('interval');
    expect(environments.snapshots()[0]!.environments[0]!.stale?.since).toEqual(dev.stale?.since);
  });

  it('on a first load, says unknown for every resource and output, not "not deployed"', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], ...GEN1_BLOG_RESOURCES });
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
    const environments = await start(seed.state, project.root);
    await fake!.stop();
    await environments.refresh('user');
    const dev = environments.snapshots()[0]!.environments[0]!;
    expect(dev.health).toBe('unknown');
    const rows = resourceRows(dev);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => `${row.description} ${row.icon?.id}`))).toEqual(new Set(['unknown question']));
    expect(outputsChildNodes(dev).map((node) => node.label)).toEqual(['Outputs of dev unknown']);
    const overview = environmentOverview({ environment: dev, resources: [], recentEvents: [] });
    expect(overview.health).toBe('unknown');
    expect(overview.lastDeployedAt).toBeUndefined();
    expect(overview.resources.every((resource) => resource.status === undefined)).toBe(true);
  });

  it('keeps a Gen 2 project’s sandboxes, stale, when the listing fails', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['alice'] });
    project = copyExample('gen2-todo');
    const environments = await start(seed.state, project.root);
    await environments.refresh('user');
    expect(environments.snapshots()[0]!.environments.map((env) => [env.name, env.health])).toEqual([['alice', 'deployed']]);
    seed.state.injectError('ListStacks', 'Throttling', { times: 10 });
    await environments.refresh('user');
    const [snapshot] = environments.snapshots();
    expect(snapshot!.problem?.kind).toBe('throttled');
    expect(snapshot!.environments.map((env) => [env.name, env.health, env.stale?.lastHealth])).toEqual([['alice', 'unknown', 'deployed']]);
  });
});
