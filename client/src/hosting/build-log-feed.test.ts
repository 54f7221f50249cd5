import { afterEach, describe, expect, it } from 'vitest';
import type { LogEvent, LogFeedState } from 'amplify-lens-model/panels';
import { FakeHostingState, gen2HostingSeed } from '../../../test/fake-aws';
import { startFakeHostingGateway, type FakeHostingGateway } from '../../test-support/fake-hosting-gateway';
import { BuildLogFeed } from './build-log-feed';

let running: FakeHostingGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function setUp() {
  const state = new FakeHostingState();
  gen2HostingSeed({
    state,
    appId: 'd1app',
    appName: 'todo',
    repository: 'https://github.com/example/todo',
    branches: [
      { name: 'main', backendStackArn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-d1app-main-branch-0123456789/abc' },
    ],
  });
  running = await startFakeHostingGateway(state);
  return { state, ...running };
}

function follow(feed: BuildLogFeed) {
  const events: LogEvent[] = [];
  const states: LogFeedState[] = [];
  feed.onEvents((batch) => events.push(...batch));
  feed.onState((state) => states.push(state));
  const ended = new Promise<LogFeedState>((resolve) =>
    feed.onState((state) => (state.kind === 'complete' || state.kind === 'problem' ? resolve(state) : undefined)),
  );
  feed.start();
  return { events, states, ended };
}

describe('BuildLogFeed', () => {
  it("reads a finished job's steps in order, one event per line, with its record's time", async () => {
    const { gateway } = await setUp();
    const feed = new BuildLogFeed({
      title: 'Build #4 · main',
      branchName: 'main',
      jobId: '4',
      reader: {
        getJob: (signal) => gateway.getJob('d1app', 'main', '4', signal),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const { events, ended } = follow(feed);
    expect(await ended).toEqual({ kind: 'complete', count: events.length });
    expect([...new Set(events.map((event) => event.logStream))]).toEqual(['BUILD', 'DEPLOY', 'VERIFY']);
    expect(events[0]).toMatchObject({
      id: 'main#4/BUILD/1',
      logGroup: 'main #4',
      message: '[INFO]: # Cloning repository: git@github.com:example/todo.git',
    });
    const phase = events.find((event) => event.message.endsWith('# Starting phase: build'))!;
    const backend = events[events.indexOf(phase) - 1]!;
    expect([backend.message, phase.message, phase.timestamp]).toEqual([
      '[INFO]: ## Starting Backend Build',
      '[INFO]: # Starting phase: build',
      backend.timestamp,
    ]);
    expect(events.find((event) => event.message.includes('Unable to write cache'))?.message).toMatch(/^\[WARNING\]: /);
  });

  it('asks GetJob for a fresh URL when the one the view had has expired, and reads the whole log', async () => {
    const { gateway, state } = await setUp();
    state.logUrlExpiresSeconds = 1;
    const known = await gateway.getJob('d1app', 'main', '3');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    let gets = 0;
    const feed = new BuildLogFeed({
      title: 'Build',
      branchName: 'main',
      jobId: '3',
      step: 'BUILD',
      knownJob: known,
      reader: {
        getJob: (signal) => ((gets += 1), gateway.getJob('d1app', 'main', '3', signal)),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const { events, ended } = follow(feed);
    expect(await ended).toMatchObject({ kind: 'complete' });
    expect([feed.urlRenewals, gets]).toEqual([1, 1]);
    expect(events.at(-3)?.message).toBe('[ERROR]: !!! Error: Command failed with exit code 1');
    expect(running!.fake.actions().filter((action) => action === 'GetLog')).toHaveLength(2);
  });

  it('follows a running step as its log grows', async () => {
    const { gateway, state } = await setUp();
    state.jobTiming = { pendingMs: 0, provisioningMs: 0, stepMs: 900 };
    const job = state.startJob('d1app', 'main', { jobType: 'RELEASE' });
    let gets = 0;
    const feed = new BuildLogFeed({
      title: 'Build',
      branchName: 'main',
      jobId: job.jobId,
      step: 'BUILD',
      pollMs: 150,
      reader: {
        getJob: (signal) => ((gets += 1), gateway.getJob('d1app', 'main', job.jobId, signal)),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const { events, states, ended } = follow(feed);
    expect(await ended).toMatchObject({ kind: 'complete' });
    expect(states.map((entry) => entry.kind)).toContain('live');
    const messages = events.map((event) => event.message);
    expect(messages[0]).toContain('# Cloning repository');
    expect(messages.at(-1)).toContain('# Caching completed');
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(messages.join('\n')).toBe(
      job.logs.BUILD!.map((line) => `${/^\[(WARNING|ERROR)\]: /.test(line.text) ? '' : '[INFO]: '}${line.text.replace(/^\t/, '')}`).join('\n'),
    );
    expect(gets).toBeGreaterThan(2);
  });

  it('reads a long log a range at a time, no line cut or repeated', async () => {
    const { gateway, state } = await setUp();
    const job = state.addJob('d1app', 'main', { createdAt: state.now() - 600_000, extraLogLines: 20_000 });
    const feed = new BuildLogFeed({
      title: 'Build',
      branchName: 'main',
      jobId: job.jobId,
      step: 'BUILD',
      reader: {
        getJob: (signal) => gateway.getJob('d1app', 'main', job.jobId, signal),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const { events, ended } = follow(feed);
    await ended;
    expect(events).toHaveLength(job.logs.BUILD!.length);
    const counted = events
      .map((event) => /Generating static pages \((\d+)\/20000\)/.exec(event.message)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(counted.map(Number)).toEqual(Array.from({ length: 20_000 }, (_, index) => index + 1).filter((n) => n % 10 !== 0));
    expect(running!.fake.actions().filter((action) => action === 'GetLog').length).toBeGreaterThan(2);
  });

  it('stops reading when stopped', async () => {
    const { gateway, state } = await setUp();
    state.jobTiming = { pendingMs: 0, provisioningMs: 0, stepMs: 60_000 };
    const job = state.startJob('d1app', 'main', { jobType: 'RELEASE' });
    const feed = new BuildLogFeed({
      title: 'Build',
      branchName: 'main',
      jobId: job.jobId,
      pollMs: 50,
      reader: {
        getJob: (signal) => gateway.getJob('d1app', 'main', job.jobId, signal),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const { states } = follow(feed);
    await expect.poll(() => states.some((entry) => entry.kind === 'live')).toBe(true);
    feed.stop();
    const asked = running!.fake.actions().length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(running!.fake.actions().length).toBe(asked);
    expect(states.at(-1)).toEqual({ kind: 'stopped' });
  });
});
