import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, gen2Seed, type InjectableErrorCode } from '../../../test/fake-aws';
import { CloudFormationGateway } from '../aws/cloudformation-gateway';
import { startFakeAwsGateway, TEST_CREDENTIALS, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { loadEnvironments } from './load-environments';
import type { StackReader } from './stack-reader';
import { copyExample, GEN1_BLOG_RESOURCES, gen1BlogProject, type TempProject } from '../../test-support/temp-projects';

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  running = project = undefined;
});

async function gen2Setup(options: { profile?: string; maxAttempts?: number } = {}) {
  const { state } = gen2Seed({ appName: 'gen2-todo', sandboxes: ['alice'] });
  running = await startFakeAwsGateway(state, { profile: options.profile, maxAttempts: options.maxAttempts ?? 1 });
  project = copyExample('gen2-todo');
  return { state, root: project.root, gateway: running.gateway };
}

describe('loadEnvironments — problems become the snapshot, never an exception', () => {
  const cases: [InjectableErrorCode, string, string][] = [
    ['AccessDenied', 'access-denied', 'amplifyLens.selectProfile'],
    ['Throttling', 'throttled', 'amplifyLens.refreshEnvironments'],
    ['ExpiredToken', 'sso-expired', 'amplifyLens.ssoLogin'],
    ['InvalidClientTokenId', 'no-credentials', 'amplifyLens.selectProfile'],
    ['InternalFailure', 'unknown', 'amplifyLens.refreshEnvironments'],
  ];
  it.each(cases)('%s → %s with its fix', async (code, kind, command) => {
    const { state, root, gateway } = await gen2Setup({ profile: 'corp' });
    state.injectError('ListStacks', code);
    const snapshot = await loadEnvironments({ root, generation: 2 }, gateway, {
      ssoProfiles: new Set(['corp']),
      currentSandboxIdentifier: 'alice',
    });
    expect(snapshot).toMatchObject({ generation: 2, environments: [], problem: { kind, action: { command } } });
    expect(snapshot.cancelled).toBeUndefined();
  });

  it('an unreachable endpoint is a network problem', async () => {
    project = copyExample('gen2-todo');
    const gateway = new CloudFormationGateway({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:9',
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    const snapshot = await loadEnvironments({ root: project.root, generation: 2 }, gateway);
    gateway.dispose();
    expect(snapshot.problem?.kind).toBe('network');
  });

  it('a Gen 1 project whose every env is out of reach shows the problem, with the envs unknown', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'], ...GEN1_BLOG_RESOURCES });
    running = await startFakeAwsGateway(seed.state);
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev' });
    seed.state.injectError('*', 'AccessDenied');
    const snapshot = await loadEnvironments({ root: project.root, generation: 1 }, running.gateway);
    expect(snapshot.problem?.kind).toBe('access-denied');
    expect(snapshot.environments.map((env) => [env.name, env.health])).toEqual([
      ['dev', 'unknown'],
      ['prod', 'unknown'],
    ]);
  });

  it('one Gen 1 env out of reach shows on that env only', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'], ...GEN1_BLOG_RESOURCES });
    running = await startFakeAwsGateway(seed.state);
    project = gen1BlogProject(seed.envs, { region: seed.state.region, currentEnv: 'dev', profiles: { prod: 'offline' } });
    const unreachable = new CloudFormationGateway({
      region: 'eu-west-1',
      profile: 'offline',
      endpoint: 'http://127.0.0.1:9',
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    const snapshot = await loadEnvironments({ root: project.root, generation: 1 }, (target) =>
      target.profile === 'offline' ? unreachable : running!.gateway,
    );
    unreachable.dispose();
    expect(snapshot.problem).toBeUndefined();
    const [dev, prod] = snapshot.environments;
    expect(dev.health).toBe('deployed');
    expect(prod.health).toBe('unknown');
    expect(prod.healthReason).toMatch(/^Could not reach AWS CloudFormation in eu-west-1/);
  });

  it('a Gen 2 project without a package.json name says so', async () => {
    const { root, gateway } = await gen2Setup();
    project!.write('package.json', { private: true });
    const snapshot = await loadEnvironments({ root, generation: 2 }, gateway);
    expect(snapshot.problem?.message).toContain('package.json has no "name"');
  });
});

describe('loadEnvironments — cancellation', () => {
  it('returns a cancelled snapshot when the signal fired before it started', async () => {
    const { root, gateway } = await gen2Setup();
    const controller = new AbortController();
    controller.abort();
    const snapshot = await loadEnvironments({ root, generation: 2 }, gateway, { signal: controller.signal });
    expect(snapshot).toMatchObject({ cancelled: true, environments: [] });
    expect(running!.actions()).toEqual([]);
  });

  it('stops the SDK request in flight when the signal fires during the load', async () => {
    const { root, gateway } = await gen2Setup();
    const controller = new AbortController();
    const reader: StackReader = {
      region: gateway.region,
      profile: gateway.profile,
      listStacks: (signal) => {
        const request = gateway.listStacks(signal);
        controller.abort();
        return request;
      },
      describeStacks: (names, signal) => gateway.describeStacks(names, signal),
      describeStack: (name, signal) => gateway.describeStack(name, signal),
      describeStackEvents: (name, query, signal) => gateway.describeStackEvents(name, query, signal),
      listStackResources: (name, signal) => gateway.listStackResources(name, signal),
    };
    const snapshot = await loadEnvironments({ root, generation: 2 }, reader, { signal: controller.signal });
    expect(snapshot.cancelled).toBe(true);
    // Nothing half-loaded was cached: the next load reads the listing again and succeeds.
    const next = await loadEnvironments({ root, generation: 2 }, gateway, { currentSandboxIdentifier: 'alice' });
    expect(next.environments.map((env) => env.name)).toEqual(['alice']);
  });
});
