import { afterEach, describe, expect, it } from 'vitest';
import { FakeLogsState } from '../../../test/fake-aws';
import type { LogEvent } from '../aws/logs-types';
import { startFakeLogsGateway, type FakeLogsGateway } from '../../test-support/fake-logs-gateway';
import type { LogFeedState } from './log-feed';
import { LiveTailFeed } from './live-tail-feed';
import { fakeTarget } from '../../test-support/fake-logs-targets';

const FAST = { pollIntervalMs: 30, reconnectDelaysMs: [150], overlapMs: 5_000 };
let running: FakeLogsGateway | undefined;
let feed: LiveTailFeed | undefined;
afterEach(async () => {
  feed?.stop();
  await running?.stop();
  running = feed = undefined;
});

async function setUp(groups: string[], options: { withArn?: boolean; filterPattern?: string } = {}) {
  const state = new FakeLogsState();
  for (const group of groups) state.createLogGroup(group);
  running = await startFakeLogsGateway(state);
  const gateway = running.gateway;
  feed = new LiveTailFeed({
    targets: groups.map((group) => fakeTarget(state, group, options)),
    portFor: () => gateway,
    filterPattern: options.filterPattern,
    timing: FAST,
  });
  const events: LogEvent[] = [];
  const states: LogFeedState[] = [];
  feed.onEvents((batch) => events.push(...batch));
  feed.onState((s) => states.push(s));
  feed.start();
  const messages = () => events.map((event) => event.message);
  return { state, feed, events, states, messages, fake: running.fake };
}

describe('LiveTailFeed', () => {
  it('goes live over StartLiveTail and delivers pushed events, filtered by the pattern', async () => {
    const { state, states, messages, events } = await setUp(['/aws/lambda/a-dev'], { filterPattern: 'INFO' });
    await expect.poll(() => states.at(-1)).toEqual({ kind: 'live', mode: 'live-tail' });
    state.putLogEvents('/aws/lambda/a-dev', 's', ['x\tINFO\tone\n', 'x\tDEBUG\tskipped\n', 'x\tINFO\ttwo\n']);
    await expect.poll(messages).toEqual(['x\tINFO\tone', 'x\tINFO\ttwo']);
    expect(events[0].logGroup).toBe('/aws/lambda/a-dev');
  });

  it('reconnects after the service ends the stream, without losing or repeating events', async () => {
    const { state, states, messages, fake } = await setUp(['/aws/lambda/a-dev']);
    await expect.poll(() => states.at(-1)?.kind).toBe('live');
    state.putLogEvents('/aws/lambda/a-dev', 's', ['before\n']);
    await expect.poll(messages).toEqual(['before']);
    expect(state.endLiveTails('timeout')).toBe(1);
    // Nothing streams these: only reading back after the reconnect can deliver them.
    state.putLogEvents('/aws/lambda/a-dev', 's', ['during 1\n', 'during 2\n']);
    await expect.poll(() => states.some((s) => s.kind === 'reconnecting')).toBe(true);
    await expect.poll(() => state.openLiveTails).toBe(1);
    state.putLogEvents('/aws/lambda/a-dev', 's', ['after\n']);
    await expect.poll(messages).toEqual(['before', 'during 1', 'during 2', 'after']);
    expect(states.at(-1)).toEqual({ kind: 'live', mode: 'live-tail' });
    expect(fake.actions().filter((action) => action === 'StartLiveTail')).toHaveLength(2);
  });

  it('falls back to FilterLogEvents polling when Live Tail is denied', async () => {
    const state = new FakeLogsState();
    state.liveTailAvailability = 'access-denied';
    state.createLogGroup('/aws/lambda/a-dev');
    running = await startFakeLogsGateway(state);
    const gateway = running.gateway;
    feed = new LiveTailFeed({ targets: [fakeTarget(state, '/aws/lambda/a-dev')], portFor: () => gateway, timing: FAST });
    const received: string[] = [];
    const states: LogFeedState[] = [];
    feed.onEvents((batch) => received.push(...batch.map((event) => event.message)));
    feed.onState((s) => states.push(s));
    feed.start();
    await expect.poll(() => states.at(-1)).toEqual({ kind: 'live', mode: 'polling' });
    state.putLogEvents('/aws/lambda/a-dev', 's', ['polled 1\n']);
    await expect.poll(() => received).toEqual(['polled 1']);
    state.putLogEvents('/aws/lambda/a-dev', 's', ['polled 2\n']);
    await expect.poll(() => received).toEqual(['polled 1', 'polled 2']);
    expect(running.fake.actions().filter((action) => action === 'FilterLogEvents').length).toBeGreaterThan(2);
  });

  it('polls groups it has no ARN for', async () => {
    const { state, states, messages, fake } = await setUp(['/aws/lambda/a-dev'], { withArn: false });
    await expect.poll(() => states.at(-1)).toEqual({ kind: 'live', mode: 'polling' });
    state.putLogEvents('/aws/lambda/a-dev', 's', ['polled\n']);
    await expect.poll(messages).toEqual(['polled']);
    expect(fake.actions()).not.toContain('StartLiveTail');
  });

  it('tails more than ten groups with one StartLiveTail per ten', async () => {
    const groups = Array.from({ length: 12 }, (_, i) => `/aws/lambda/fn${i}-dev`);
    const { state, states, messages, fake } = await setUp(groups);
    await expect.poll(() => states.at(-1)).toEqual({ kind: 'live', mode: 'live-tail' });
    expect(state.openLiveTails).toBe(2);
    state.putLogEvents(groups[0], 's', ['first\n']);
    state.putLogEvents(groups[11], 's', ['twelfth\n']);
    await expect.poll(() => [...messages()].sort()).toEqual(['first', 'twelfth']);
    expect(fake.actions().filter((action) => action === 'StartLiveTail')).toHaveLength(2);
  });

  it('stops for good: the stream closes and nothing more is delivered', async () => {
    const { state, states, feed: tail, messages } = await setUp(['/aws/lambda/a-dev']);
    await expect.poll(() => state.openLiveTails).toBe(1);
    tail.stop();
    expect(states.at(-1)).toEqual({ kind: 'stopped' });
    await expect.poll(() => state.openLiveTails).toBe(0);
    state.putLogEvents('/aws/lambda/a-dev', 's', ['late\n']);
    expect(messages()).toEqual([]);
  });

  it('reports a credentials problem and stops trying', async () => {
    const state = new FakeLogsState();
    state.createLogGroup('/aws/lambda/a-dev');
    state.injectError('*', 'UnrecognizedClientException');
    running = await startFakeLogsGateway(state);
    const gateway = running.gateway;
    feed = new LiveTailFeed({ targets: [fakeTarget(state, '/aws/lambda/a-dev')], portFor: () => gateway, timing: FAST });
    const states: LogFeedState[] = [];
    feed.onState((s) => states.push(s));
    feed.start();
    await expect.poll(() => states.at(-1)?.kind).toBe('problem');
    expect(states.at(-1)).toMatchObject({
      message: expect.stringContaining('did not accept the credentials'),
      action: { command: 'amplifyLens.selectProfile' },
    });
  });
});
