import { afterEach, describe, expect, it } from 'vitest';
import { logsSeed } from '../../../test/fake-aws';
import { classifyAwsError, isAbortError } from './aws-problem-classifier';
import { isLiveTailEndedError, isLiveTailUnavailableError, isLogGroupNotFoundError } from './cloudwatch-logs-errors';
import type { LiveTailBatch, LogEvent } from './logs-types';
import { startFakeLogsGateway, type FakeLogsGateway } from '../../test-support/fake-logs-gateway';

const GEN1 = 'summarizePost-dev';
const GEN2 = 'amplify-gen2todo-alice-s-sayHellolambdaAB12CD34-Xy12Ab34Cd56';
let running: FakeLogsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function setUp() {
  const seed = logsSeed({ functions: [GEN1, GEN2], appSyncApiIds: ['abcdefghijklmnopqrstuvwxyz'] });
  running = await startFakeLogsGateway(seed.state);
  return { ...seed, ...running };
}

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('CloudWatchLogsGateway against the fake CloudWatch Logs', () => {
  it('lists log groups by prefix with their ARNs', async () => {
    const { gateway, state } = await setUp();
    state.pageSizes.describeLogGroups = 1;
    const groups = await gateway.describeLogGroups('/aws/lambda/');
    expect(groups.map((group) => [group.name, group.arn])).toEqual([
      [`/aws/lambda/${GEN2}`, state.logGroupArn(`/aws/lambda/${GEN2}`)],
      [`/aws/lambda/${GEN1}`, state.logGroupArn(`/aws/lambda/${GEN1}`)],
    ]);
    expect((await gateway.describeLogGroups('/aws/appsync/')).map((group) => group.name)).toEqual([
      '/aws/appsync/apis/abcdefghijklmnopqrstuvwxyz',
    ]);
  });

  it('filters events a page at a time, with plain events that lost their trailing newline', async () => {
    const { gateway, state, requestIds } = await setUp();
    state.pageSizes.filterLogEvents = 5;
    const pages = await collect(gateway.filterLogEvents({ logGroup: `/aws/lambda/${GEN1}` }));
    expect(pages.length).toBeGreaterThan(2);
    const events = pages.flat();
    expect(events.map((event) => event.message)).toEqual(state.events(`/aws/lambda/${GEN1}`).map((event) => event.message.replace(/\n$/, '')));
    expect(events[0]).toMatchObject({
      logGroup: `/aws/lambda/${GEN1}`,
      logStream: expect.stringMatching(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/),
    });
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const reports = (
      await collect(gateway.filterLogEvents({ logGroup: `/aws/lambda/${GEN1}`, filterPattern: 'REPORT "Init Duration"' }))
    ).flat();
    expect(reports.map((event) => event.message)).toEqual([expect.stringContaining(`REPORT RequestId: ${requestIds[GEN1][0]}`)]);
  });

  it('stops paging when the signal aborts', async () => {
    const { gateway, state, fake } = await setUp();
    state.pageSizes.filterLogEvents = 2;
    const controller = new AbortController();
    const pages: LogEvent[][] = [];
    const run = (async () => {
      for await (const page of gateway.filterLogEvents({ logGroup: `/aws/lambda/${GEN1}` }, controller.signal)) {
        pages.push(page);
        controller.abort();
      }
    })();
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(pages).toHaveLength(1);
    expect(fake.actions().filter((action) => action === 'FilterLogEvents')).toHaveLength(1);
  });

  it('reads one stream with GetLogEvents', async () => {
    const { gateway, state } = await setUp();
    const stream = [...state.logGroup(`/aws/lambda/${GEN1}`)!.streams.keys()][0];
    const events = await gateway.getLogEvents({ logGroup: `/aws/lambda/${GEN1}`, logStream: stream, startFromHead: true, limit: 3 });
    expect(events.map((event) => event.message.split(' ')[0])).toEqual(['INIT_START', 'START', expect.stringMatching(/Z\t/)]);
  });

  it('passes errors through for the classifier, worded for CloudWatch Logs', async () => {
    const { gateway, state } = await setUp();
    const missing = await collect(gateway.filterLogEvents({ logGroup: '/aws/lambda/nope' })).catch((error: unknown) => error);
    expect(isLogGroupNotFoundError(missing)).toBe(true);
    state.injectError('DescribeLogGroups', 'AccessDeniedException');
    const denied = await gateway.describeLogGroups().catch((error: unknown) => error);
    expect(classifyAwsError(denied, { region: state.region, service: 'CloudWatch Logs' })).toMatchObject({
      kind: 'access-denied',
      message: expect.stringContaining('may not call logs:DescribeLogGroups in eu-west-1. Grant it read access to CloudWatch Logs'),
    });
  });

  it('runs a Logs Insights query to completion', async () => {
    const { gateway, state } = await setUp();
    state.insightsPollsUntilComplete = 2;
    const now = state.now();
    const id = await gateway.startQuery({
      logGroups: [`/aws/lambda/${GEN1}`],
      startTime: now - 3_600_000,
      endTime: now,
      queryString: 'fields @timestamp, @message | filter @message like /ERROR/',
    });
    expect((await gateway.getQueryResults(id)).status).toBe('Running');
    const done = await gateway.getQueryResults(id);
    expect(done.status).toBe('Complete');
    expect(done.rows).toEqual([expect.objectContaining({ '@message': expect.stringContaining('Invoke Error') })]);
  });
});

describe('CloudWatchLogsGateway.startLiveTail', () => {
  it('yields started, then the events the fake receives, decoded from event-stream frames', async () => {
    const { gateway, state } = await setUp();
    const controller = new AbortController();
    const batches: LiveTailBatch[] = [];
    const arns = [state.logGroupArn(`/aws/lambda/${GEN1}`), state.logGroupArn(`/aws/lambda/${GEN2}`)];
    for await (const batch of gateway.startLiveTail({ logGroupArns: arns }, controller.signal)) {
      batches.push(batch);
      if (batch.kind === 'started') {
        state.putLogEvents(`/aws/lambda/${GEN1}`, 's1', ['one\n']);
        state.putLogEvents(`/aws/lambda/${GEN2}`, 's2', ['two\n']);
      }
      if (batches.length === 3) controller.abort();
    }
    expect(batches[0]).toEqual({ kind: 'started' });
    expect(
      batches.slice(1).flatMap((batch) => (batch.kind === 'events' ? batch.events.map((e) => [e.logGroup, e.logStream, e.message]) : [])),
    ).toEqual([
      [`/aws/lambda/${GEN1}`, 's1', 'one'],
      [`/aws/lambda/${GEN2}`, 's2', 'two'],
    ]);
    await expect.poll(() => state.openLiveTails).toBe(0);
  });

  it('throws SessionTimeoutException when the service ends the stream', async () => {
    const { gateway, state } = await setUp();
    const run = (async () => {
      for await (const batch of gateway.startLiveTail({ logGroupArns: [state.logGroupArn(`/aws/lambda/${GEN1}`)] })) {
        if (batch.kind === 'started') state.endLiveTails('timeout');
      }
    })();
    await expect(run).rejects.toSatisfy(isLiveTailEndedError);
  });

  it('reports Live Tail refused as unavailable', async () => {
    const { gateway, state } = await setUp();
    for (const availability of ['access-denied', 'invalid-operation'] as const) {
      state.liveTailAvailability = availability;
      const error = await collect(
        gateway.startLiveTail({ logGroupArns: [state.logGroupArn(`/aws/lambda/${GEN1}`)] }) as AsyncIterable<never>,
      ).catch((e: unknown) => e);
      expect(isLiveTailUnavailableError(error)).toBe(true);
    }
  });
});
