import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, logsSeed, startFakeLogs, type FakeLogs } from '../../../test/fake-aws';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { CloudWatchLogsGatewayPool } from '../aws/cloudwatch-logs-gateway-pool';
import { TEST_CREDENTIALS, startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import type { EnvironmentsSnapshot } from '../environments/environment-types';
import { loadEnvironments } from '../environments/load-environments';
import { GEN1_BLOG_RESOURCES, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';
import { LogTargetsService } from './log-targets-service';

let cloudFormation: FakeAwsGateway | undefined;
let logs: FakeLogs | undefined;
let pool: CloudWatchLogsGatewayPool | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  pool?.clear();
  await cloudFormation?.stop();
  await logs?.stop();
  project?.dispose();
  cloudFormation = logs = pool = project = undefined;
});

async function setUp(selection: { profile?: string; region?: string } = {}) {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'], ...GEN1_BLOG_RESOURCES });
  project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'prod' });
  cloudFormation = await startFakeAwsGateway(seed.state);
  logs = await startFakeLogs(logsSeed({ functions: ['summarizePost-dev', 'summarizePost-prod'] }).state);
  const logsPool = new CloudWatchLogsGatewayPool({ endpoint: logs.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  pool = logsPool;
  const gateway = cloudFormation.gateway;
  const root = project.root;
  let snapshots: EnvironmentsSnapshot[] = [];
  let refreshes = 0;
  const service = new LogTargetsService({
    snapshots: () => snapshots,
    refresh: async () => {
      refreshes += 1;
      snapshots = [await loadEnvironments({ root, generation: 1 }, gateway)];
    },
    // One gateway serves every profile and region here: the fake has one account.
    cloudFormation: async () => ({ gatewayFor: () => gateway }) as unknown as CloudFormationGatewayPool,
    logs: async () => logsPool,
    selection: () => selection,
  });
  return { service, refreshes: () => refreshes, snapshots: () => snapshots, fakeCfn: cloudFormation };
}

describe('LogTargetsService', () => {
  it('loads the environments on first use, the current one first, and finds a tree resource its environment', async () => {
    const { service, refreshes, snapshots } = await setUp();
    const environments = await service.environments();
    expect(environments.map((environment) => environment.name)).toEqual(['prod', 'dev']);
    await service.environments();
    expect(refreshes()).toBe(1);
    const devFunction = snapshots()[0]
      .environments.find((environment) => environment.name === 'dev')!
      .resources.find((resource) => resource.category === 'function')!;
    expect(service.environmentOf(devFunction)?.name).toBe('dev');
    expect(service.environmentOf({ ...devFunction })).toBeUndefined();
  });

  it("resolves an environment's groups once per deploy, with the chosen profile and region", async () => {
    const { service, fakeCfn } = await setUp({ profile: 'admin', region: 'eu-west-1' });
    const [prod] = await service.environments();
    fakeCfn.resetRequests();
    const targets = await service.targetsOf(prod);
    expect(targets.map((target) => [target.logGroup, target.profile, target.region])).toEqual([
      ['/aws/lambda/summarizePost-prod', 'admin', 'eu-west-1'],
    ]);
    const asked = fakeCfn.actions().length;
    expect(await service.targetsOf(prod)).toBe(targets);
    expect(fakeCfn.actions()).toHaveLength(asked);
    service.clear();
    expect(await service.targetsOf(prod)).not.toBe(targets);
  });

  it('gives ports that reach CloudWatch Logs', async () => {
    const { service } = await setUp();
    const [prod] = await service.environments();
    const [target] = await service.targetsOf(prod);
    const port = (await service.portSource())({ region: target.region!, profile: target.profile });
    const pages = [];
    for await (const page of port.filterLogEvents({ logGroup: target.logGroup, filterPattern: 'REPORT' })) pages.push(...page);
    expect(pages).toHaveLength(3);
  });
});
