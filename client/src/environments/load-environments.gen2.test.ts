import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudFormationState, gen2Seed, manyStacksSeed } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { loadEnvironments, type LoadEnvironmentsOptions } from './load-environments';
import { copyExample, type TempProject } from '../../test-support/temp-projects';

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  running = project = undefined;
});

/** The gen2-todo example (package.json name `gen2-todo`) with alice's and bob's sandboxes, a branch, and another project's sandbox. */
async function setUp(state = new FakeCloudFormationState()) {
  const ours = gen2Seed({ appName: 'gen2-todo', sandboxes: ['alice', 'bob'], branches: [{ appId: 'd1ourapp', branch: 'main' }], state });
  const theirs = gen2Seed({ appName: 'other-app', sandboxes: ['alice'], branches: [{ appId: 'd2theirapp', branch: 'main' }], state });
  running = await startFakeAwsGateway(state);
  project = copyExample('gen2-todo');
  const load = (options: LoadEnvironmentsOptions = {}) =>
    loadEnvironments({ root: project!.root, generation: 2 }, running!.gateway, { currentSandboxIdentifier: 'alice', ...options });
  return { ours, theirs, state, load, gateway: running.gateway };
}

describe('loadEnvironments — Gen 2', () => {
  it("lists this project's sandboxes, the current one first, and not another project's", async () => {
    const { load, ours } = await setUp();
    const snapshot = await load();
    expect(snapshot.problem).toBeUndefined();
    expect(snapshot.environments.map((env) => [env.kind, env.name, env.isCurrent, env.health])).toEqual([
      ['gen2-sandbox', 'alice', true, 'deployed'],
      ['gen2-sandbox', 'bob', false, 'deployed'],
    ]);
    expect(snapshot.environments[0].rootStackName).toBe(ours.sandboxes[0].stackName);
  });

  it('adds the branch deployments of the app ids it is given, and only those', async () => {
    const { load } = await setUp();
    const snapshot = await load({ appIds: ['d1ourapp'] });
    expect(snapshot.environments.map((env) => [env.kind, env.name, env.isCurrent])).toEqual([
      ['gen2-sandbox', 'alice', true],
      ['gen2-sandbox', 'bob', false],
      ['gen2-branch', 'main', false],
    ]);
    expect(snapshot.environments[2].rootStack?.tags['amplify:app-id']).toBe('d1ourapp');
  });

  it('reads outputs from the root stack and matches resources to the category stacks', async () => {
    const { load, ours } = await setUp();
    const alice = (await load()).environments[0];
    const seeded = ours.sandboxes[0];
    expect(alice.outputs.find((output) => output.label === 'GraphQL endpoint')).toEqual({
      label: 'GraphQL endpoint',
      value: seeded.apiEndpoint,
      source: 'awsAppsyncApiEndpoint',
    });
    expect(alice.outputs.filter((output) => output.label === 'Function name').map((output) => output.value)).toEqual(seeded.functionNames);
    expect(alice.outputs.map((output) => output.label)).toEqual(
      expect.arrayContaining(['User pool id', 'Identity pool id', 'Web client id', 'API id']),
    );
    const resources = Object.fromEntries(alice.resources.map((resource) => [resource.name, resource]));
    expect(Object.keys(resources).sort()).toEqual(['auth', 'data', 'say-hello']);
    expect(resources.auth.stack?.name).toBe(seeded.nestedStackNames.auth);
    expect(resources.data.stack?.name).toBe(seeded.nestedStackNames.data);
    expect(resources['say-hello']).toMatchObject({ category: 'function', status: 'CREATE_COMPLETE' });
    expect(resources['say-hello'].stack?.name).toBe(seeded.nestedStackNames.function);
    expect(resources['say-hello'].definitionPath).toBe(`${project!.root}/amplify/functions/say-hello/resource.ts`);
    // data + its table stack, auth, function.
    expect(alice.nestedStacks).toHaveLength(4);
  });

  it('reports a region without any sandbox of the project as no-stacks', async () => {
    const state = new FakeCloudFormationState();
    gen2Seed({ appName: 'other-app', sandboxes: ['alice'], state });
    running = await startFakeAwsGateway(state);
    project = copyExample('gen2-todo');
    const snapshot = await loadEnvironments({ root: project.root, generation: 2 }, running.gateway, { currentSandboxIdentifier: 'alice' });
    expect(snapshot.environments).toEqual([]);
    expect(snapshot.problem).toEqual({
      kind: 'no-stacks',
      message: 'No sandbox of gen2-todo in eu-west-1. Start one with npx ampx sandbox, or choose another region.',
      action: { title: 'Choose region', command: 'amplifyLens.selectRegion' },
    });
  });

  it('ignores a stack that is named like a sandbox but not tagged as one', async () => {
    const { load, state } = await setUp();
    state.addStack({ name: 'amplify-gen2todo-mallory-sandbox-0123456789', tags: { team: 'x' } });
    expect((await load()).environments.map((env) => env.name)).toEqual(['alice', 'bob']);
  });

  it('pages through 500 stacks once, then serves refreshes from the cache until invalidated', async () => {
    const state = new FakeCloudFormationState();
    manyStacksSeed(500, { state });
    const { load, gateway } = await setUp(state);
    const first = await load();
    expect(first.environments.map((env) => env.name)).toEqual(['alice', 'bob']);
    const listPages = running!.actions().filter((action) => action === 'ListStacks').length;
    expect(listPages).toBe(Math.ceil(state.allStacks.length / 100));

    running!.resetRequests();
    const second = await load();
    expect(second.environments.map((env) => env.health)).toEqual(['deployed', 'deployed']);
    expect(running!.actions()).toEqual([]);

    state.updateStatus(second.environments[1].rootStackName!, 'UPDATE_IN_PROGRESS');
    gateway.invalidate();
    const third = await load();
    expect(third.environments[1].health).toBe('deploying');
    expect(running!.actions().filter((action) => action === 'ListStacks')).toHaveLength(listPages);
  });
});
