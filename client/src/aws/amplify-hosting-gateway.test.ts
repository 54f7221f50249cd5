import { afterEach, describe, expect, it } from 'vitest';
import { FakeHostingState, gen1HostingSeed, gen2HostingSeed } from '../../../test/fake-aws';
import { classifyAwsError } from './aws-problem-classifier';
import { isHostingBadRequestError, isStepLogUrlExpired } from './hosting-errors';
import { startFakeHostingGateway, type FakeHostingGateway } from '../../test-support/fake-hosting-gateway';

const STACK_ARN =
  'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-d1gen2app-main-branch-0a1b2c3d4e/11111111-2222-3333-4444-555555555555';
let running: FakeHostingGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** A clock the test moves, so jobs advance exactly when told. */
function manualClock(start = Date.UTC(2024, 4, 14, 12, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function setUp(clock = manualClock()) {
  const state = new FakeHostingState({ clock: clock.now });
  gen2HostingSeed({
    state,
    appId: 'd1gen2app',
    appName: 'gen2-todo',
    repository: 'https://github.com/example/gen2-todo',
    branches: [{ name: 'main', backendStackArn: STACK_ARN }, { name: 'feature/login' }],
  });
  gen1HostingSeed({ state, appId: 'd2gen1app', appName: 'gen1blog', envs: ['dev', 'prod'] });
  running = await startFakeHostingGateway(state);
  return { state, clock, ...running };
}

describe('AmplifyHostingGateway against the fake Amplify Hosting', () => {
  it('pages apps and branches, and maps them without environment variables or credentials', async () => {
    const { gateway, state, fake } = await setUp();
    state.pageSizes.apps = 1;
    state.pageSizes.branches = 1;
    const apps = await gateway.listApps();
    expect(apps.map((app) => [app.appId, app.repository, app.defaultDomain])).toEqual([
      ['d1gen2app', 'https://github.com/example/gen2-todo', 'd1gen2app.amplifyapp.com'],
      ['d2gen1app', undefined, 'd2gen1app.amplifyapp.com'],
    ]);
    const branches = await gateway.listBranches('d1gen2app');
    expect(branches.map((branch) => [branch.name, branch.displayName, branch.stage, branch.backendStackArn, branch.totalJobs])).toEqual([
      ['main', 'main', 'PRODUCTION', STACK_ARN, 4],
      ['feature/login', 'feature-login', 'DEVELOPMENT', undefined, 4],
    ]);
    expect(JSON.stringify([apps, branches])).not.toMatch(/lens-fake|API_TOKEN|basicAuth|environmentVariables/);
    expect(fake.actions().filter((action) => action === 'ListApps')).toHaveLength(2);
    // Cached until invalidated.
    await gateway.listApps();
    expect(fake.actions().filter((action) => action === 'ListApps')).toHaveLength(2);
    gateway.invalidate();
    await gateway.listApps();
    expect(fake.actions().filter((action) => action === 'ListApps')).toHaveLength(4);
  });

  it('answers undefined for an app or branch that does not exist', async () => {
    const { gateway } = await setUp();
    expect(await gateway.getApp('d0nothere')).toBeUndefined();
    expect(await gateway.getBranch('d1gen2app', 'nope')).toBeUndefined();
    expect((await gateway.getApp('d2gen1app'))?.name).toBe('gen1blog');
  });

  it('lists a branch of a Gen 1 manual app: MANUAL jobs, newest first, one failed', async () => {
    const { gateway } = await setUp();
    const { jobs, nextToken } = await gateway.listJobs('d2gen1app', 'dev', { maxResults: 3 });
    expect(jobs.map((job) => [job.jobId, job.jobType, job.status])).toEqual([
      ['4', 'MANUAL', 'SUCCEED'],
      ['3', 'MANUAL', 'FAILED'],
      ['2', 'MANUAL', 'SUCCEED'],
    ]);
    expect(nextToken).toBeTruthy();
    const rest = await gateway.listJobs('d2gen1app', 'dev', { maxResults: 3, nextToken });
    expect(rest.jobs.map((job) => job.jobId)).toEqual(['1']);
    expect(jobs[0]!.startTime).toBeInstanceOf(Date);
    expect(jobs[0]!.endTime!.getTime()).toBeGreaterThan(jobs[0]!.startTime!.getTime());
  });

  it('follows a released job from PENDING through its steps to SUCCEED, its logs growing', async () => {
    const { gateway, clock, state } = await setUp();
    const started = await gateway.startJob({ kind: 'release', appId: 'd1gen2app', branchName: 'main' });
    expect([started.jobId, started.status, started.jobType, started.commitMessage]).toEqual([
      '5',
      'PENDING',
      'RELEASE',
      'Add the todo list page',
    ]);
    const statuses = async () => {
      const job = await gateway.getJob('d1gen2app', 'main', started.jobId);
      return [job.summary.status, ...job.steps.map((step) => `${step.name}:${step.status}`)].join(' ');
    };
    expect(await statuses()).toBe('PENDING');
    clock.advance(state.jobTiming.pendingMs);
    expect(await statuses()).toBe('PROVISIONING');
    clock.advance(state.jobTiming.provisioningMs + 10);
    expect(await statuses()).toBe('RUNNING BUILD:RUNNING');

    const running = await gateway.getJob('d1gen2app', 'main', started.jobId);
    const first = await gateway.readStepLog(running.steps[0]!.logUrl!);
    expect(first.text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[INFO\]: # Cloning repository: git@github\.com:example\/gen2-todo\.git\n/);
    clock.advance(state.jobTiming.stepMs);
    const more = await gateway.readStepLog(running.steps[0]!.logUrl!, first.nextByte);
    expect(more.text.length).toBeGreaterThan(0);
    expect(more.text).not.toContain('# Cloning repository');

    clock.advance(state.jobTiming.stepMs * 5);
    expect(await statuses()).toBe('SUCCEED BUILD:SUCCEED DEPLOY:SUCCEED VERIFY:SUCCEED');
    const done = await gateway.getJob('d1gen2app', 'main', started.jobId);
    const whole = await gateway.readStepLog(done.steps[0]!.logUrl!);
    expect(whole.text).toContain('## Starting Backend Build');
    expect(whole.text).toContain('# Executing command: npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID');
    expect(whole.text).toContain('\u001b[32m✔\u001b[39m Deployment completed');
    expect(whole.text).toContain('## Build completed successfully');
  });

  it('stops a running job (CANCELLING, then CANCELLED), refuses a second job while one runs, and retries a failed one', async () => {
    const { gateway, clock, state } = await setUp();
    state.queueOutcomes('d1gen2app', 'main', { result: 'FAILED', failIn: 'frontend' });
    const failing = await gateway.startJob({ kind: 'release', appId: 'd1gen2app', branchName: 'main' });
    const second = await gateway.startJob({ kind: 'release', appId: 'd1gen2app', branchName: 'main' }).catch((error: unknown) => error);
    expect(isHostingBadRequestError(second)).toBe(true);
    clock.advance(60_000);
    const failed = await gateway.getJob('d1gen2app', 'main', failing.jobId);
    expect([failed.summary.status, failed.steps.map((step) => step.status)]).toEqual(['FAILED', ['FAILED']]);
    expect((await gateway.readStepLog(failed.steps[0]!.logUrl!)).text).toContain('[ERROR]: !!! Build failed');

    const retry = await gateway.startJob({ kind: 'retry', appId: 'd1gen2app', branchName: 'main', jobId: failing.jobId });
    expect([retry.jobType, retry.commitId]).toEqual(['RETRY', failed.summary.commitId]);
    clock.advance(state.jobTiming.pendingMs + state.jobTiming.provisioningMs + 10);
    const stopping = await gateway.stopJob('d1gen2app', 'main', retry.jobId);
    expect(stopping.status).toBe('CANCELLING');
    clock.advance(1_000);
    const stopped = await gateway.getJob('d1gen2app', 'main', retry.jobId);
    expect([stopped.summary.status, stopped.steps.map((step) => step.status)]).toEqual(['CANCELLED', ['CANCELLED']]);
    expect(isHostingBadRequestError(await gateway.stopJob('d1gen2app', 'main', retry.jobId).catch((error: unknown) => error))).toBe(true);
  });

  it('refuses a release on a manual app', async () => {
    const { gateway } = await setUp();
    const error = await gateway.startJob({ kind: 'release', appId: 'd2gen1app', branchName: 'dev' }).catch((e: unknown) => e);
    expect(isHostingBadRequestError(error)).toBe(true);
  });

  it('reports an expired log URL as such; GetJob hands out a fresh one', async () => {
    const { gateway, clock, state } = await setUp();
    state.logUrlExpiresSeconds = 60;
    const job = await gateway.getJob('d2gen1app', 'dev', '3');
    clock.advance(61_000);
    const expired = await gateway.readStepLog(job.steps[0]!.logUrl!).catch((error: unknown) => error);
    expect(isStepLogUrlExpired(expired)).toBe(true);
    const fresh = await gateway.getJob('d2gen1app', 'dev', '3');
    expect((await gateway.readStepLog(fresh.steps[0]!.logUrl!)).text).toContain('[ERROR]: !!! Deployment failed');
  });

  it('never fetches a log URL outside AWS or the configured endpoint', async () => {
    const { gateway } = await setUp();
    await expect(gateway.readStepLog('http://169.254.169.254/latest/meta-data/')).rejects.toThrow(/not an AWS address/);
    await expect(gateway.readStepLog('https://evil.example.com/log.txt')).rejects.toThrow(/not an AWS address/);
  });

  it('passes errors through for the classifier, worded for Amplify Hosting', async () => {
    const { gateway, state } = await setUp();
    state.injectError('ListApps', 'AccessDeniedException');
    const denied = await gateway.listApps().catch((error: unknown) => error);
    expect(classifyAwsError(denied, { region: state.region, service: 'Amplify Hosting' })).toMatchObject({
      kind: 'access-denied',
      message: expect.stringContaining('may not call amplify:ListApps in eu-west-1. Grant it read access to Amplify Hosting'),
    });
    state.injectError('ListBranches', 'LimitExceededException');
    const throttled = await gateway.listBranches('d1gen2app').catch((error: unknown) => error);
    expect(classifyAwsError(throttled, { service: 'Amplify Hosting' }).kind).toBe('throttled');
  });
});
