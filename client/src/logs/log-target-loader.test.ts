import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, gen2Seed, logsSeed, type FakeCloudFormationState, type FakeLogsState } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { startFakeLogsGateway, type FakeLogsGateway } from '../../test-support/fake-logs-gateway';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { loadEnvironments } from '../environments/load-environments';
import { GEN1_BLOG_RESOURCES, copyExample, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';
import { loadLogTargets } from './log-target-loader';

let cloudFormation: FakeAwsGateway | undefined;
let logs: FakeLogsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await cloudFormation?.stop();
  await logs?.stop();
  project?.dispose();
  cloudFormation = logs = project = undefined;
});

async function start(state: FakeCloudFormationState, logsState: FakeLogsState) {
  cloudFormation = await startFakeAwsGateway(state);
  logs = await startFakeLogsGateway(logsState);
  return { cfn: cloudFormation.gateway, lister: logs.gateway, logsState };
}

/** The AppSync API id CloudFormation holds for an environment's API (or data) resource. */
async function apiIdOf(environment: AmplifyEnvironment, gateway: FakeAwsGateway['gateway'], category: 'api' | 'data'): Promise<string> {
  const stack = environment.resources.find((resource) => resource.category === category)!.stack!;
  const api = (await gateway.listStackResources(stack.id)).find((resource) => resource.resourceType === 'AWS::AppSync::GraphQLApi')!;
  return api.physicalId!.split('/').at(-1)!;
}

describe('loadLogTargets — Gen 1', () => {
  async function setUp() {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'], ...GEN1_BLOG_RESOURCES });
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
    const running = await start(seed.state, logsSeed({ functions: ['summarizePost-dev'] }).state);
    const snapshot = await loadEnvironments({ root: project.root, generation: 1 }, running.cfn);
    const env = (name: string) => snapshot.environments.find((candidate) => candidate.name === name)!;
    return { seed, env, ...running };
  }

  it("resolves a function's group from its stack's Lambda, with an ARN in the env's account", async () => {
    const { env, cfn, lister, seed } = await setUp();
    expect(await loadLogTargets(env('dev'), cfn, lister)).toEqual([
      {
        resourceName: 'summarizePost',
        category: 'function',
        logGroup: '/aws/lambda/summarizePost-dev',
        arn: `arn:aws:logs:${seed.state.region}:${seed.state.accountId}:log-group:/aws/lambda/summarizePost-dev`,
        region: seed.state.region,
        profile: undefined,
        environment: 'dev',
        confirmed: true,
      },
    ]);
    expect((await loadLogTargets(env('prod'), cfn, lister)).map((target) => target.logGroup)).toEqual(['/aws/lambda/summarizePost-prod']);
  });

  it('offers the AppSync group only once it exists (logging on)', async () => {
    const { env, cfn, lister, logsState } = await setUp();
    expect((await loadLogTargets(env('dev'), cfn, lister)).map((target) => target.category)).toEqual(['function']);
    const apiId = await apiIdOf(env('dev'), cfn, 'api');
    logsState.createLogGroup(`/aws/appsync/apis/${apiId}`);
    const targets = await loadLogTargets(env('dev'), cfn, lister);
    expect(targets.map((target) => [target.category, target.resourceName, target.logGroup, target.confirmed])).toEqual([
      ['api', 'blog', `/aws/appsync/apis/${apiId}`, true],
      ['function', 'summarizePost', '/aws/lambda/summarizePost-dev', true],
    ]);
  });

  it('stays quiet about the API when DescribeLogGroups is denied', async () => {
    const { env, cfn, lister, logsState } = await setUp();
    logsState.createLogGroup(`/aws/appsync/apis/${await apiIdOf(env('dev'), cfn, 'api')}`);
    logsState.injectError('DescribeLogGroups', 'AccessDeniedException');
    expect((await loadLogTargets(env('dev'), cfn, lister)).map((target) => target.category)).toEqual(['function']);
  });
});

describe('loadLogTargets — Gen 2', () => {
  it("maps the generated Lambda name to the project's function by its logical id", async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['alice'], functions: ['say-hello'] });
    const physical = seed.sandboxes[0].functionNames[0];
    const running = await start(seed.state, logsSeed({ functions: [physical] }).state);
    project = copyExample('gen2-todo');
    const snapshot = await loadEnvironments({ root: project.root, generation: 2 }, running.cfn, { currentSandboxIdentifier: 'alice' });
    const alice = snapshot.environments[0];
    const targets = await loadLogTargets(alice, running.cfn, running.lister);
    expect(targets.map((target) => [target.category, target.resourceName, target.logGroup, target.environment])).toEqual([
      ['function', 'say-hello', `/aws/lambda/${physical}`, 'alice'],
    ]);
    expect(targets[0].arn).toBe(running.logsState.logGroupArn(`/aws/lambda/${physical}`));
  });
});
