import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, manyStacksSeed, type Gen1Seed } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { loadEnvironments } from './load-environments';
import { GEN1_BLOG_RESOURCES, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  running = project = undefined;
});

async function setUp(options: { envs?: string[]; currentEnv?: string; profiles?: Record<string, string> } = {}) {
  const seed: Gen1Seed = gen1Seed({ project: 'gen1blog', envs: options.envs ?? ['dev', 'prod'], ...GEN1_BLOG_RESOURCES });
  running = await startFakeAwsGateway(seed.state);
  project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: options.currentEnv ?? 'dev', profiles: options.profiles });
  const load = () => loadEnvironments({ root: project!.root, generation: 1 }, running!.gateway);
  return { seed, state: seed.state, gateway: running.gateway, load, stackOf: (env: string) => seed.envs.find((e) => e.env === env)! };
}

describe('loadEnvironments — Gen 1', () => {
  it('pages through the account’s stacks once on the first load, however many envs share the account', async () => {
    const seed: Gen1Seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'test', 'prod'], ...GEN1_BLOG_RESOURCES });
    manyStacksSeed(250, { state: seed.state });
    running = await startFakeAwsGateway(seed.state);
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
    const snapshot = await loadEnvironments({ root: project.root, generation: 1 }, running.gateway);
    expect(snapshot.environments.map((env) => env.health)).toEqual(['deployed', 'deployed', 'deployed']);
    const listings = running.fake.requests.filter((request) => request.action === 'ListStacks');
    // Every page of the listing once: the first page has no NextToken, and no token is asked twice.
    expect(listings.filter((request) => !request.params.NextToken)).toHaveLength(1);
    const tokens = listings.map((request) => request.params.NextToken).filter(Boolean);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(listings.length).toBeGreaterThan(1);
  });

  it('lists the envs of team-provider-info.json with their stacks, the current one first', async () => {
    const { load, stackOf } = await setUp({ profiles: { prod: 'prod-admin' } });
    const snapshot = await load();
    expect(snapshot.problem).toBeUndefined();
    expect(snapshot.generation).toBe(1);
    expect(snapshot.environments.map((env) => [env.name, env.isCurrent, env.health, env.profile])).toEqual([
      ['dev', true, 'deployed', undefined],
      ['prod', false, 'deployed', 'prod-admin'],
    ]);
    const dev = snapshot.environments[0];
    expect(dev).toMatchObject({
      kind: 'gen1-env',
      region: 'eu-west-1',
      rootStackName: stackOf('dev').rootStackName,
      projectRoot: project!.root,
    });
    expect(dev.rootStack?.status).toBe('UPDATE_COMPLETE');
    expect(dev.lastDeployedAt).toEqual(dev.rootStack?.lastUpdatedAt);
    // auth, api (with its two model stacks) and the function.
    expect(dev.nestedStacks).toHaveLength(5);
    expect(dev.rawOutputs.map((output) => output.key)).toContain('DeploymentBucketName');
  });

  it('matches backend-config resources to their nested stacks by logical id and points at their files', async () => {
    const { load, stackOf } = await setUp();
    const dev = (await load()).environments[0];
    const byName = Object.fromEntries(dev.resources.map((resource) => [resource.name, resource]));
    expect(Object.keys(byName).sort()).toEqual(['blog', 'blogauth', 'summarizePost']);
    expect(byName.blog).toMatchObject({ category: 'api', status: 'CREATE_COMPLETE' });
    expect(byName.blog.stack?.name).toBe(stackOf('dev').nestedStackNames.apiblog);
    expect(byName.blogauth.stack?.name).toBe(stackOf('dev').nestedStackNames.authblogauth);
    expect(byName.summarizePost.stack?.name).toBe(stackOf('dev').nestedStackNames.functionsummarizePost);
    expect(byName.blog.definitionPath).toBe(`${project!.root}/amplify/backend/api/blog/schema.graphql`);
    expect(byName.summarizePost.definitionPath).toBe(`${project!.root}/amplify/backend/function/summarizePost/src/index.js`);
  });

  it('gives friendly outputs from the nested stacks', async () => {
    const { load, state, stackOf } = await setUp();
    const dev = (await load()).environments[0];
    const labels = dev.outputs.map((output) => output.label);
    expect(labels).toEqual(
      expect.arrayContaining(['GraphQL endpoint', 'API id', 'API key', 'User pool id', 'Identity pool id', 'Web client id', 'Function name']),
    );
    expect(dev.outputs.find((output) => output.label === 'Function name')).toEqual({
      label: 'Function name',
      value: 'summarizePost-dev',
      source: 'function/summarizePost · Name',
    });
    const endpoint = state.getStack(stackOf('dev').nestedStackNames.apiblog).outputs.find((o) => o.key === 'GraphQLAPIEndpointOutput');
    expect(dev.outputs.find((output) => output.label === 'GraphQL endpoint')?.value).toBe(endpoint?.value);
  });

  it('shows a deploy in progress on the root or a nested stack as deploying', async () => {
    const { load, gateway, state, stackOf } = await setUp();
    state.updateStatus(stackOf('dev').rootStackName, 'UPDATE_IN_PROGRESS');
    state.updateStatus(stackOf('dev').nestedStackNames.apiblog, 'UPDATE_IN_PROGRESS');
    gateway.invalidate();
    const dev = (await load()).environments[0];
    expect(dev.health).toBe('deploying');
    expect(dev.healthReason).toBe('UPDATE_IN_PROGRESS (1 nested stack in progress)');
  });

  it('shows a rolled-back update as failed, with the reason of the resource that failed', async () => {
    const { load, gateway, state, stackOf } = await setUp();
    const env = stackOf('prod');
    const apiStack = env.nestedStackNames.apiblog;
    state.updateStatus(env.rootStackName, 'UPDATE_IN_PROGRESS');
    state.updateStatus(apiStack, 'UPDATE_IN_PROGRESS');
    state.updateResourceStatus(apiStack, 'GraphQLAPI', 'UPDATE_IN_PROGRESS');
    state.updateResourceStatus(apiStack, 'GraphQLAPI', 'UPDATE_FAILED', 'Schema validation failed: Unknown type Postt');
    state.updateStatus(apiStack, 'UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to update: [GraphQLAPI].');
    state.updateStatus(apiStack, 'UPDATE_ROLLBACK_COMPLETE');
    state.addEvent(env.rootStackName, {
      logicalId: 'apiblog',
      status: 'UPDATE_FAILED',
      statusReason: `Embedded stack ${apiStack} was not successfully updated.`,
    });
    state.updateStatus(env.rootStackName, 'UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to update: [apiblog].');
    state.updateStatus(env.rootStackName, 'UPDATE_ROLLBACK_COMPLETE');
    gateway.invalidate();

    const prod = (await load()).environments.find((environment) => environment.name === 'prod');
    expect(prod?.health).toBe('failed');
    expect(prod?.healthReason).toBe('The last deploy failed and was rolled back: GraphQLAPI: Schema validation failed: Unknown type Postt');
  });

  it('shows a deleted env as not deployed, and a deleting one as deleting', async () => {
    const { load, gateway, state, stackOf } = await setUp();
    state.deleteStack(stackOf('prod').rootStackName);
    state.updateStatus(stackOf('dev').rootStackName, 'DELETE_IN_PROGRESS');
    gateway.invalidate();
    const snapshot = await load();
    expect(snapshot.problem).toBeUndefined();
    const [dev, prod] = snapshot.environments;
    expect(dev.health).toBe('deleting');
    expect(prod).toMatchObject({ health: 'not-deployed', healthReason: `Its root stack ${stackOf('prod').rootStackName} was deleted.` });
    expect(prod.rootStack).toBeUndefined();
  });

  it('says no stacks were found when none of the envs exists in the region', async () => {
    const { load, gateway, state, stackOf } = await setUp({ envs: ['dev'] });
    state.deleteStack(stackOf('dev').rootStackName);
    gateway.invalidate();
    const snapshot = await load();
    expect(snapshot.problem).toEqual({
      kind: 'no-stacks',
      message: 'No stack of env dev in eu-west-1. They may be deleted, or in another account or region.',
      action: { title: 'Choose profile', command: 'amplifyLens.selectProfile' },
    });
  });

  it('lists an env known only on this machine as not deployed', async () => {
    const { load } = await setUp({ envs: ['dev'] });
    const localAwsInfo = project!.read('amplify/.config/local-aws-info.json') as Record<string, unknown>;
    project!.write('amplify/.config/local-aws-info.json', { ...localAwsInfo, test: { configLevel: 'general' } });
    const snapshot = await load();
    expect(snapshot.environments.map((env) => [env.name, env.health])).toEqual([
      ['dev', 'deployed'],
      ['test', 'not-deployed'],
    ]);
  });

  it('asks one gateway per env region and profile when given a gateway source', async () => {
    const { seed } = await setUp({ profiles: { prod: 'prod-admin' } });
    const asked: string[] = [];
    const snapshot = await loadEnvironments({ root: project!.root, generation: 1 }, (target) => {
      asked.push(`${target.profile ?? '-'}@${target.region}`);
      return running!.gateway;
    });
    expect(snapshot.environments.every((env) => env.health === 'deployed')).toBe(true);
    expect(new Set(asked)).toEqual(new Set([`-@${seed.state.region}`, `prod-admin@${seed.state.region}`]));
  });
});
