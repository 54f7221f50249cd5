import { afterEach, describe, expect, it } from 'vitest';
import {
  gen1HostingSeed,
  gen1Seed,
  gen2HostingSeed,
  gen2Seed,
  type FakeCloudFormationState,
  type FakeHostingState,
} from '../../../test/fake-aws';
import { CloudFormationGateway } from '../aws/cloudformation-gateway';
import { loadEnvironments } from '../environments/load-environments';
import { startHostingFixture, type GitFiles, type HostingFixture } from '../../test-support/hosting-fixture';

const GEN1_APP = 'd2x7example9a'; // examples/gen1-blog's team-provider-info.json
const GEN2_APP = 'd1gen2todo';
const REPOSITORY = 'https://github.com/example/gen2-todo';
let fixture: HostingFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

function gen2App(hosting: FakeHostingState, stacks: FakeCloudFormationState, appId = GEN2_APP, repository = REPOSITORY) {
  const backends = gen2Seed({
    appName: 'gen2-todo',
    branches: [
      { appId, branch: 'main' },
      { appId, branch: 'staging' },
    ],
    state: stacks,
  });
  gen2HostingSeed({
    state: hosting,
    appId,
    appName: 'gen2-todo',
    repository,
    branches: [
      { name: 'main', backendStackArn: backends.branches[0]!.stackId },
      { name: 'staging', backendStackArn: backends.branches[1]!.stackId },
      { name: 'feature/login' },
    ],
  });
  return backends;
}

async function gen2Fixture(git: GitFiles | undefined, seed: (hosting: FakeHostingState, stacks: FakeCloudFormationState) => unknown = gen2App) {
  fixture = await startHostingFixture('gen2-todo', (hosting, stacks) => void seed(hosting, stacks), { git });
  await fixture.service.refresh('user');
  return { fixture, project: fixture.service.snapshots()[0]! };
}

describe('HostingService — finding the app', () => {
  it("Gen 1: the app of team-provider-info.json's current env, its env branches and MANUAL jobs", async () => {
    fixture = await startHostingFixture(
      'gen1-blog',
      (hosting) => void gen1HostingSeed({ state: hosting, appId: GEN1_APP, appName: 'gen1blog', envs: ['dev', 'prod'] }),
    );
    await fixture.service.refresh('user');
    const [project] = fixture.service.snapshots();
    expect([project!.problem, project!.app?.appId, project!.source]).toEqual([undefined, GEN1_APP, { kind: 'team-provider-info', env: 'dev' }]);
    expect(
      project!.branches.map((state) => [state.branch.name, state.branch.backendEnvironmentArn?.split('/').pop(), state.isCurrent, state.jobs]),
    ).toEqual([
      ['dev', 'dev', false, undefined],
      ['prod', 'prod', false, undefined],
    ]);
    await fixture.service.expandBranch(project!.projectRoot, 'dev');
    const dev = fixture.service.snapshots()[0]!.branches[0]!;
    expect(dev.jobs!.map((job) => [job.jobId, job.jobType, job.status])).toEqual([
      ['4', 'MANUAL', 'SUCCEED'],
      ['3', 'MANUAL', 'FAILED'],
      ['2', 'MANUAL', 'SUCCEED'],
      ['1', 'MANUAL', 'SUCCEED'],
    ]);
  });

  it('Gen 1: says so when the app team-provider-info.json names does not exist', async () => {
    fixture = await startHostingFixture(
      'gen1-blog',
      (hosting) => void gen1HostingSeed({ state: hosting, appId: 'd9another', appName: 'other', envs: ['dev'] }),
    );
    await fixture.service.refresh('user');
    const [project] = fixture.service.snapshots();
    expect(project!.problem).toMatchObject({
      kind: 'not-found',
      message: `Amplify app ${GEN1_APP} (env dev, amplify/team-provider-info.json) does not exist in eu-west-1. It may have been deleted, or live in another account or region.`,
      action: { command: 'amplifyLens.hosting.chooseApp' },
    });
  });

  it('Gen 2: the app whose repository is the git remote; the current git branch first, marked, with its jobs', async () => {
    const { project } = await gen2Fixture({
      head: 'ref: refs/heads/staging\n',
      remotes: { origin: 'git@github.com:Example/gen2-todo.git' },
      branches: ['main', 'staging'],
    });
    expect([project.app?.appId, project.source]).toEqual([GEN2_APP, { kind: 'git-remote', remote: 'origin' }]);
    expect(project.branches.map((state) => [state.branch.name, state.isCurrent, state.jobs?.length])).toEqual([
      ['staging', true, 4],
      ['main', false, undefined],
      ['feature/login', false, undefined],
    ]);
    expect(project.currentGitBranch).toBe('staging');
  });

  it("Gen 2: a branch stack's amplify:app-id tag, for a branch this repository has, when no remote matches", async () => {
    const { project, fixture: f } = await gen2Fixture({ remotes: {}, branches: ['main'] });
    expect(project.app?.appId).toBe(GEN2_APP);
    expect(project.source).toEqual({
      kind: 'branch-stack',
      stackName: expect.stringMatching(new RegExp(`^amplify-${GEN2_APP}-main-branch-[0-9a-f]{10}$`)),
      branch: 'main',
    });
    expect(f.fake.hosting!.actions()).not.toContain('ListApps');
  });

  it('Gen 2: the branch stack whose outputs amplify_outputs.json holds, over the others', async () => {
    // Two apps with a `main` branch stack; the outputs file was written from d3otherapp's.
    fixture = await startHostingFixture(
      'gen2-todo',
      (hosting, stacks) => {
        gen2App(hosting, stacks);
        gen2App(hosting, stacks, 'd3otherapp', 'https://github.com/example/other');
      },
      { git: { remotes: {}, branches: ['main'] } },
    );
    const stack = fixture.stacks.allStacks.find(
      (candidate) => candidate.tags['amplify:app-id'] === 'd3otherapp' && candidate.tags['amplify:branch-name'] === 'main',
    )!;
    const endpoint = stack.outputs.find((output) => output.key === 'awsAppsyncApiEndpoint')!.value;
    fixture.project.write('amplify_outputs.json', { version: '1.4', data: { aws_region: 'eu-west-1', url: endpoint } });
    await fixture.service.refresh('user');
    const [project] = fixture.service.snapshots();
    expect([project!.app?.appId, project!.source]).toEqual(['d3otherapp', { kind: 'outputs', stackName: stack.name }]);
  });

  it('Gen 2: two apps whose branch stacks match a local branch, and nothing stronger, are a choice', async () => {
    fixture = await startHostingFixture(
      'gen2-todo',
      (hosting, stacks) => {
        gen2App(hosting, stacks);
        gen2App(hosting, stacks, 'd3otherapp', 'https://github.com/example/other');
      },
      { git: { remotes: {}, branches: ['main'] } },
    );
    await fixture.service.refresh('user');
    expect(fixture.service.snapshots()[0]!.candidates?.map((candidate) => candidate.source.kind)).toEqual(['branch-stack', 'branch-stack']);
  });

  it('Gen 2: several apps of the same repository are a choice; the choice is remembered', async () => {
    const { project, fixture: f } = await gen2Fixture({ remotes: { origin: 'https://github.com/example/gen2-todo.git' } }, (hosting, stacks) => {
      gen2App(hosting, stacks);
      gen2HostingSeed({ state: hosting, appId: 'd4fork', appName: 'gen2-todo-copy', repository: REPOSITORY, branches: [{ name: 'main' }] });
    });
    expect(project.app).toBeUndefined();
    expect(project.candidates?.map((candidate) => candidate.app.appId)).toEqual([GEN2_APP, 'd4fork']);
    await f.service.chooseApp(project.projectRoot, 'd4fork');
    expect(f.service.snapshots()[0]!.app?.appId).toBe('d4fork');
    expect(f.service.snapshots()[0]!.source).toEqual({ kind: 'chosen' });
  });

  it('Gen 2: no evidence is "not found", with the choice offered', async () => {
    const { project } = await gen2Fixture({
      head: 'ref: refs/heads/experiment\n',
      remotes: { origin: 'git@gitlab.com:someone/else.git' },
      branches: ['experiment'],
    });
    expect(project.problem).toMatchObject({
      kind: 'not-found',
      message: 'No Amplify app in eu-west-1 deploys git@gitlab.com:someone/else.git. Choose the app, or another region.',
    });
  });

  it('access denied on Amplify is a Hosting problem naming the Amplify action, while CloudFormation reads go on', async () => {
    let dev: { rootStackName: string; rootStackId: string } | undefined;
    fixture = await startHostingFixture('gen1-blog', (hosting, stacks) => {
      dev = gen1Seed({
        project: 'gen1blog',
        envs: ['dev'],
        api: 'blog',
        auth: 'blogauth',
        functions: ['summarizePost'],
        storage: false,
        state: stacks,
      }).envs[0]!;
      gen1HostingSeed({ state: hosting, appId: GEN1_APP, appName: 'gen1blog', envs: ['dev'] });
      hosting.injectError('GetApp', 'AccessDeniedException');
    });
    const teamProviderInfo = fixture.project.read('amplify/team-provider-info.json') as { dev: { awscloudformation: Record<string, string> } };
    Object.assign(teamProviderInfo.dev.awscloudformation, {
      StackName: dev!.rootStackName,
      StackId: dev!.rootStackId,
      Region: fixture.stacks.region,
    });
    fixture.project.write('amplify/team-provider-info.json', teamProviderInfo);
    await fixture.service.refresh('user');
    expect(fixture.service.snapshots()[0]!.problem).toMatchObject({
      kind: 'access-denied',
      message: expect.stringContaining('may not call amplify:GetApp in eu-west-1. Grant it read access to Amplify Hosting'),
    });
    // The same credentials still read CloudFormation: the Environments view is unaffected.
    const gateway = new CloudFormationGateway({ region: fixture.stacks.region, endpoint: fixture.fake.endpoint, maxAttempts: 1 });
    const environments = await loadEnvironments({ root: fixture.project.root, generation: 1 }, gateway);
    gateway.dispose();
    expect([environments.problem, environments.environments.map((env) => [env.name, env.health])]).toEqual([undefined, [['dev', 'deployed']]]);
  });
});

describe('HostingService — following jobs', () => {
  it('follows a job started here to its end and announces it, with its steps', async () => {
    const { project, fixture: f } = await gen2Fixture({ remotes: { origin: REPOSITORY } });
    f.hosting.jobTiming = { pendingMs: 20, provisioningMs: 20, stepMs: 40 };
    const gateway = await f.service.gatewayFor(project);
    const started = await gateway.startJob({ kind: 'release', appId: GEN2_APP, branchName: 'main' });
    f.service.jobStarted(project.projectRoot, started);
    expect(f.service.pollableJobs(false).map(({ job }) => job.jobId)).toEqual(['5']);
    await expect.poll(async () => (await f.service.poll(false), f.ended.length), { timeout: 10_000, interval: 50 }).toBe(1);
    expect(f.ended[0]).toMatchObject({
      startedHere: true,
      job: { summary: { jobId: '5', status: 'SUCCEED' }, steps: [{ name: 'BUILD' }, { name: 'DEPLOY' }, { name: 'VERIFY' }] },
    });
    expect(await f.service.poll(false)).toBe(false);
  });

  it('after a git push, finds the build it started on the current branch and follows it to its end', async () => {
    const { fixture: f, project } = await gen2Fixture({ remotes: { origin: REPOSITORY } });
    expect(f.service.pollableJobs(false)).toEqual([]);
    f.hosting.jobTiming = { pendingMs: 20, provisioningMs: 20, stepMs: 40 };
    f.hosting.startJob(GEN2_APP, 'main', { jobType: 'WEB_HOOK' });
    expect(await f.service.lookForPushedBuild(project.projectRoot)).toBe(true);
    expect(
      f.service
        .snapshots()[0]!
        .branches[0]!.jobs!.map((job) => job.jobId)
        .slice(0, 2),
    ).toEqual(['5', '4']);
    await expect.poll(async () => (await f.service.poll(false), f.ended.length), { timeout: 10_000, interval: 50 }).toBe(1);
    expect(f.ended[0]).toMatchObject({ startedHere: false, job: { summary: { jobId: '5', status: 'SUCCEED', jobType: 'WEB_HOOK' } } });
  });

  it("watches the current git branch's running job (a push) and announces its end, not other branches'", async () => {
    const { fixture: f } = await gen2Fixture({ remotes: { origin: REPOSITORY } }, (hosting, stacks) => {
      gen2App(hosting, stacks);
      hosting.jobTiming = { pendingMs: 20, provisioningMs: 20, stepMs: 40 };
      hosting.queueOutcomes(GEN2_APP, 'main', { result: 'FAILED', failIn: 'frontend' });
      hosting.startJob(GEN2_APP, 'main', { jobType: 'WEB_HOOK' });
      hosting.startJob(GEN2_APP, 'staging', { jobType: 'WEB_HOOK' });
    });
    expect(f.service.pollableJobs(false).map(({ branch, job }) => `${branch.branch.name}#${job.jobId}`)).toEqual(['main#5']);
    await expect.poll(async () => (await f.service.poll(false), f.ended.length), { timeout: 10_000, interval: 50 }).toBe(1);
    expect(f.ended[0]).toMatchObject({
      startedHere: false,
      job: { summary: { branchName: 'main', status: 'FAILED' }, steps: [{ name: 'BUILD', status: 'FAILED' }] },
    });
  });
});
