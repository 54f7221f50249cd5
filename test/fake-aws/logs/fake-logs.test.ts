import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  GetQueryResultsCommand,
  StartLiveTailCommand,
  StartQueryCommand,
  paginateFilterLogEvents,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeLogsState, logsSeed, startFakeLogs, type FakeLogs } from './index';

const credentials = async () => ({ accessKeyId: 'AKIDLENSTEST', secretAccessKey: 'lens-test-secret' });
let fake: FakeLogs | undefined;
let client: CloudWatchLogsClient | undefined;
afterEach(async () => {
  client?.destroy();
  await fake?.stop();
  fake = client = undefined;
});

async function setUp(state = logsSeed({ functions: ['summarizePost-dev', 'amplify-gen2todo-alice-sandbox-sayHellolambdaAB12CD34-x1'] }).state) {
  fake = await startFakeLogs(state, { liveTailHeartbeatMs: 50 });
  client = new CloudWatchLogsClient({ region: state.region, endpoint: fake.endpoint, credentials, maxAttempts: 1, disableHostPrefix: true });
  return { state, client, fake };
}

describe('fake CloudWatch Logs over the real SDK client', () => {
  it('describes log groups by prefix, in pages', async () => {
    const { client, state } = await setUp();
    state.createLogGroup('/aws/appsync/apis/abc');
    state.pageSizes.describeLogGroups = 1;
    const first = await client.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }));
    expect(first.logGroups?.map((group) => group.logGroupName)).toEqual([
      '/aws/lambda/amplify-gen2todo-alice-sandbox-sayHellolambdaAB12CD34-x1',
    ]);
    const second = await client.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/', nextToken: first.nextToken }));
    expect(second.logGroups?.map((group) => [group.logGroupName, group.logGroupArn])).toEqual([
      ['/aws/lambda/summarizePost-dev', `arn:aws:logs:${state.region}:${state.accountId}:log-group:/aws/lambda/summarizePost-dev`],
    ]);
    expect(second.logGroups?.[0].arn).toMatch(/:\*$/);
    expect(second.nextToken).toBeUndefined();
  });

  it('filters events by pattern and time, paging with nextToken', async () => {
    const { client, state } = await setUp();
    state.pageSizes.filterLogEvents = 4;
    const messages: string[] = [];
    let pages = 0;
    for await (const page of paginateFilterLogEvents({ client }, { logGroupName: '/aws/lambda/summarizePost-dev' })) {
      pages += 1;
      messages.push(...(page.events ?? []).map((event) => event.message ?? ''));
    }
    expect(pages).toBeGreaterThan(1);
    expect(messages).toEqual(state.events('/aws/lambda/summarizePost-dev').map((event) => event.message));
    expect(messages.filter((m) => m.startsWith('REPORT'))).toHaveLength(3);
    const errors = await client.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/summarizePost-dev', filterPattern: 'ERROR "Invoke Error"' }),
    );
    expect(errors.events?.map((event) => event.message)).toEqual([expect.stringContaining('at handler (/var/task/index.js:12:5)')]);
    const json = await client.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/summarizePost-dev', filterPattern: '{ $.level = "WARN" }' }),
    );
    expect(json.events).toHaveLength(1);
    const late = state.events('/aws/lambda/summarizePost-dev').at(-1)!.timestamp;
    const recent = await client.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/summarizePost-dev', startTime: late }));
    expect(recent.events?.every((event) => (event.timestamp ?? 0) >= late)).toBe(true);
  });

  it('answers with the service error shapes, real and injected', async () => {
    const { client, state } = await setUp();
    await expect(client.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
    state.injectError('FilterLogEvents', 'AccessDeniedException', { times: 1 });
    await expect(client.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/summarizePost-dev' }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('logs:FilterLogEvents'),
      $metadata: { httpStatusCode: 400 },
    });
    state.injectError('*', 'ThrottlingException', { times: 1 });
    await expect(client.send(new DescribeLogGroupsCommand({}))).rejects.toMatchObject({ name: 'ThrottlingException' });
    await expect(client.send(new DescribeLogGroupsCommand({}))).resolves.toBeDefined();
  });

  it('refuses unsigned requests', async () => {
    const { fake } = await setUp();
    const response = await fetch(fake.endpoint, {
      method: 'POST',
      headers: { 'X-Amz-Target': 'Logs_20140328.DescribeLogGroups', 'Content-Type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('reads one stream with GetLogEvents tokens, from the head', async () => {
    const { client, state } = await setUp();
    const stream = [...state.logGroup('/aws/lambda/summarizePost-dev')!.streams.keys()][0];
    const first = await client.send(
      new GetLogEventsCommand({ logGroupName: '/aws/lambda/summarizePost-dev', logStreamName: stream, startFromHead: true, limit: 2 }),
    );
    expect(first.events?.map((event) => event.message)).toEqual([
      expect.stringMatching(/^INIT_START/),
      expect.stringMatching(/^START RequestId/),
    ]);
    const next = await client.send(
      new GetLogEventsCommand({
        logGroupName: '/aws/lambda/summarizePost-dev',
        logStreamName: stream,
        nextToken: first.nextForwardToken,
        limit: 2,
      }),
    );
    expect(next.events?.[0].message).toContain('\tINFO\t');
  });

  it('runs Logs Insights queries: Running, then Complete with rows', async () => {
    const { client, state } = await setUp();
    state.insightsPollsUntilComplete = 2;
    const end = Math.ceil(state.now() / 1000);
    const { queryId } = await client.send(
      new StartQueryCommand({
        logGroupNames: ['/aws/lambda/summarizePost-dev'],
        startTime: end - 3600,
        endTime: end,
        queryString: 'fields @timestamp, @message | filter @message like /REPORT/ | sort @timestamp desc | limit 2',
      }),
    );
    expect((await client.send(new GetQueryResultsCommand({ queryId }))).status).toBe('Running');
    const done = await client.send(new GetQueryResultsCommand({ queryId }));
    expect(done.status).toBe('Complete');
    expect(done.results).toHaveLength(2);
    expect(done.results?.[0].map((cell) => cell.field)).toEqual(['@timestamp', '@message', '@ptr']);
    await expect(
      client.send(
        new StartQueryCommand({ logGroupNames: ['/aws/lambda/summarizePost-dev'], startTime: 0, endTime: end, queryString: 'stats count(*)' }),
      ),
    ).rejects.toMatchObject({ name: 'MalformedQueryException' });
  });
});

describe('fake StartLiveTail over the real SDK client', () => {
  const arn = (state: FakeLogsState, name: string) => state.logGroupArn(name);

  it('streams sessionStart, then pushed events as sessionUpdate events the SDK decodes', async () => {
    const { client, state } = await setUp();
    const group = '/aws/lambda/summarizePost-dev';
    const answer = await client.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn(state, group)], logEventFilterPattern: 'INFO' }));
    const seen: StartLiveTailResponseStream[] = [];
    const received: string[] = [];
    for await (const event of answer.responseStream!) {
      seen.push(event);
      if (event.sessionStart) {
        state.putLogEvents(group, 'stream-a', ['2026-05-14T09:31:00.003Z\tabc\tINFO\tpushed one', 'DEBUG not matching']);
      }
      received.push(...(event.sessionUpdate?.sessionResults ?? []).map((result) => result.message ?? ''));
      if (received.length > 0) break;
    }
    expect(seen[0].sessionStart?.logGroupIdentifiers).toEqual([arn(state, group)]);
    expect(received).toEqual(['2026-05-14T09:31:00.003Z\tabc\tINFO\tpushed one']);
  });

  it('ends with SessionTimeoutException when the fake ends the stream', async () => {
    const { client, state } = await setUp();
    const answer = await client.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn(state, '/aws/lambda/summarizePost-dev')] }));
    const consume = (async () => {
      for await (const event of answer.responseStream!) if (event.sessionStart) state.endLiveTails('timeout');
    })();
    await expect(consume).rejects.toMatchObject({ name: 'SessionTimeoutException' });
    expect(state.openLiveTails).toBe(0);
  });

  it('refuses names, unknown groups, and answers AccessDenied when Live Tail is unavailable', async () => {
    const { client, state } = await setUp();
    await expect(client.send(new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/lambda/summarizePost-dev'] }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await expect(client.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn(state, '/aws/lambda/nope')] }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    state.liveTailAvailability = 'access-denied';
    await expect(
      client.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn(state, '/aws/lambda/summarizePost-dev')] })),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('stops streaming to a client that aborted', async () => {
    const { client, state } = await setUp();
    const controller = new AbortController();
    const answer = await client.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn(state, '/aws/lambda/summarizePost-dev')] }), {
      abortSignal: controller.signal,
    });
    expect(state.openLiveTails).toBe(1);
    const consume = (async () => {
      for await (const event of answer.responseStream!) if (event.sessionStart) controller.abort();
    })();
    await consume.catch(() => undefined);
    await expect.poll(() => state.openLiveTails).toBe(0);
  });
});
