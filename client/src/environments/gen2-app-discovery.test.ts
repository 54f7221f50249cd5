import { afterEach, describe, expect, it } from 'vitest';
import { FakeCloudFormationState, gen2Seed } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { outputIdentifiers } from './gen2-app-discovery';
import { loadEnvironments } from './load-environments';
import { copyExample, type TempProject } from '../../test-support/temp-projects';

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  running = project = undefined;
});

/** The gen2-todo example with alice's sandbox, two branches of its app, and another app's branch. */
async function setUp() {
  const state = new FakeCloudFormationState();
  const ours = gen2Seed({
    appName: 'gen2-todo',
    sandboxes: ['alice'],
    branches: [
      { appId: 'd1ourapp', branch: 'main' },
      { appId: 'd1ourapp', branch: 'dev' },
    ],
    state,
  });
  gen2Seed({ appName: 'other-app', branches: [{ appId: 'd2theirapp', branch: 'main' }], state });
  running = await startFakeAwsGateway(state);
  project = copyExample('gen2-todo');
  const load = (appIds?: string[]) =>
    loadEnvironments({ root: project!.root, generation: 2 }, running!.gateway, { currentSandboxIdentifier: 'alice', appIds });
  return { ours, load };
}

const outputsOf = (backend: { apiEndpoint: string }) => ({
  version: '1.4',
  data: { url: backend.apiEndpoint, aws_region: 'us-east-1', api_key: 'da2-secret' },
});

describe('Gen 2 branch deployments found without amplifyLens.gen2AppIds', () => {
  it('finds the app from amplify_outputs.json generated from one of its branches, and lists all its branches', async () => {
    const { ours, load } = await setUp();
    project!.write('amplify_outputs.json', outputsOf(ours.branches[0]));
    const snapshot = await load();
    expect(snapshot.gen2Apps).toEqual({ appIds: ['d1ourapp'], source: 'amplify_outputs.json' });
    expect(snapshot.environments.map((env) => [env.kind, env.name])).toEqual([
      ['gen2-sandbox', 'alice'],
      ['gen2-branch', 'dev'],
      ['gen2-branch', 'main'],
    ]);
  });

  it('finds no branch when the outputs come from a sandbox, and says the app is unknown', async () => {
    const { ours, load } = await setUp();
    project!.write('amplify_outputs.json', outputsOf(ours.sandboxes[0]));
    const snapshot = await load();
    expect(snapshot.gen2Apps).toEqual({ appIds: [], source: 'none' });
    expect(snapshot.environments.map((env) => env.kind)).toEqual(['gen2-sandbox']);
  });

  it('takes the setting over the file', async () => {
    const { ours, load } = await setUp();
    project!.write('amplify_outputs.json', outputsOf(ours.branches[0]));
    const snapshot = await load(['d2theirapp']);
    expect(snapshot.gen2Apps).toEqual({ appIds: ['d2theirapp'], source: 'setting' });
    expect(snapshot.environments.filter((env) => env.kind === 'gen2-branch').map((env) => env.rootStack?.tags['amplify:app-id'])).toEqual([
      'd2theirapp',
    ]);
  });

  it('compares resource names only, never the API key', () => {
    const identifiers = outputIdentifiers({
      auth: { user_pool_id: 'us-east-1_abc', identity_pool_id: 'us-east-1:1234', user_pool_client_id: 'client', aws_region: 'us-east-1' },
      data: { url: 'https://x.appsync-api.us-east-1.amazonaws.com/graphql', api_key: 'da2-secret' },
      storage: { bucket_name: 'bucket-a', buckets: [{ name: 'b', bucket_name: 'bucket-b' }] },
    });
    expect([...identifiers].sort()).toEqual([
      'bucket-a',
      'bucket-b',
      'client',
      'https://x.appsync-api.us-east-1.amazonaws.com/graphql',
      'us-east-1:1234',
      'us-east-1_abc',
    ]);
    expect(outputIdentifiers('not an object').size).toBe(0);
  });
});
