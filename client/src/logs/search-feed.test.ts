import { afterEach, describe, expect, it } from 'vitest';
import { logsSeed } from '../../../test/fake-aws';
import type { LogEvent } from '../aws/logs-types';
import { startFakeLogsGateway, type FakeLogsGateway } from '../../test-support/fake-logs-gateway';
import type { LogFeedState } from './log-feed';
import { patternTitle, rowToEvent, SearchFeed, type SearchFeedOptions } from './search-feed';
import { fakeTarget } from '../../test-support/fake-logs-targets';

const GEN1 = 'summarizePost-dev';
const GEN2 = 'amplify-gen2todo-alice-s-sayHellolambdaAB12CD34-Xy12Ab34Cd56';
let running: FakeLogsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function search(options: Partial<SearchFeedOptions>) {
  const seed = logsSeed({ functions: [GEN1, GEN2] });
  seed.state.pageSizes.filterLogEvents = 3;
  seed.state.insightsPollsUntilComplete = 2;
  running = await startFakeLogsGateway(seed.state);
  const gateway = running.gateway;
  const now = seed.state.now();
  const feed = new SearchFeed({
    targets: [fakeTarget(seed.state, `/aws/lambda/${GEN1}`), fakeTarget(seed.state, `/aws/lambda/${GEN2}`)],
    portFor: () => gateway,
    startTime: now - 3_600_000,
    endTime: now,
    insightsPollMs: 10,
    ...options,
  });
  const batches: (readonly LogEvent[])[] = [];
  const states: LogFeedState[] = [];
  feed.onEvents((batch) => batches.push(batch));
  feed.onState((state) => states.push(state));
  feed.start();
  await expect.poll(() => ['complete', 'problem'].includes(states.at(-1)?.kind ?? '')).toBe(true);
  return { feed, batches, states, events: batches.flat(), seed, fake: running.fake };
}

describe('SearchFeed', () => {
  it('delivers FilterLogEvents pages of every group, then completes with the count', async () => {
    const { batches, events, states, seed } = await search({ filterPattern: 'RequestId' });
    const expected = [GEN1, GEN2].flatMap((fn) => seed.state.events(`/aws/lambda/${fn}`).filter((event) => event.message.includes('RequestId')));
    expect(events.map((event) => event.message)).toEqual(expected.map((event) => event.message.replace(/\n$/, '')));
    expect(batches.length).toBeGreaterThan(2);
    expect(states.at(-1)).toEqual({ kind: 'complete', count: expected.length });
  });

  it('titles a quoted pattern without doubling its quotes', async () => {
    const { feed, states } = await search({ filterPattern: '"Task timed out"' });
    expect(feed.title).toBe('Search: "Task timed out" in 2 groups');
    expect(states.at(-1)?.kind).toBe('complete');
    expect(patternTitle('RequestId')).toBe('"RequestId"');
    expect(patternTitle('{ $.level = "error" }')).toBe('{ $.level = "error" }');
  });

  it('stops at maxEvents', async () => {
    const { events, states, fake } = await search({ maxEvents: 4 });
    expect(events).toHaveLength(4);
    expect(states.at(-1)).toEqual({ kind: 'complete', count: 4 });
    expect(fake.actions().filter((action) => action === 'FilterLogEvents')).toHaveLength(2);
  });

  it('runs a Logs Insights query over the groups and delivers its rows oldest first', async () => {
    const { events, states, seed } = await search({
      insightsQuery: 'fields @timestamp, @message, @logStream, @log | filter @message like /Invoke Error/ | sort @timestamp desc',
    });
    expect(events.map((event) => event.logGroup).sort()).toEqual([`/aws/lambda/${GEN2}`, `/aws/lambda/${GEN1}`].sort());
    expect(events.every((event) => event.message.includes('at handler (/var/task/index.js:12:5)'))).toBe(true);
    expect(events.every((event, i) => i === 0 || events[i - 1].timestamp <= event.timestamp)).toBe(true);
    expect(events[0].timestamp).toBe(seed.state.events(events[0].logGroup).find((event) => event.message.includes('Invoke Error'))!.timestamp);
    expect(states.at(-1)).toEqual({ kind: 'complete', count: 2 });
  });

  it('reports a malformed query as a problem', async () => {
    const { states } = await search({ insightsQuery: 'stats count(*) by bin(5m)' });
    expect(states.at(-1)).toMatchObject({ kind: 'problem', message: expect.stringContaining('MalformedQueryException') });
  });
});

describe('rowToEvent', () => {
  it('reads the Insights timestamp as UTC and the group from @log', () => {
    const event = rowToEvent(
      { '@timestamp': '2026-05-14 09:31:00.123', '@message': 'm', '@log': '123456789012:/aws/lambda/f', '@ptr': 'p' },
      '/x',
      'id',
    );
    expect(event).toEqual({ id: 'p', timestamp: Date.UTC(2026, 4, 14, 9, 31, 0, 123), logGroup: '/aws/lambda/f', logStream: '', message: 'm' });
  });
});
