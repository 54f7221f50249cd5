import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, startFakeLogs, logsSeed } from '../../../test/fake-aws';
import { CloudWatchLogsGateway } from './cloudwatch-logs-gateway';
import { startFakeAwsGateway, TEST_CREDENTIALS, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';

let running: FakeAwsGateway | undefined;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    log: { debug: (message: string) => lines.push(`debug ${message}`), warn: (message: string) => lines.push(`warn ${message}`) },
  };
}

describe('the log of AWS calls (real SDK clients against the fake AWS)', () => {
  it('writes a failure with the SDK’s own error text, the request id and the HTTP status, and a success at debug level', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    seed.state.injectError('ListStacks', 'AccessDenied', { times: 1 });
    const { lines, log } = recordingLog();
    running = await startFakeAwsGateway(seed.state, { log });
    await running.gateway.listStacks().catch(() => undefined);
    await running.gateway.listStacks();
    expect(lines[0]).toMatch(
      /^warn CloudFormation ListStacks in eu-west-1 failed after \d+ ms: AccessDenied: User: arn:aws:iam::123456789012:user\/lens-test is not authorized to perform: cloudformation:ListStacks .* \(request id [0-9a-f-]{36}, HTTP 403\)$/,
    );
    expect(lines.slice(1).every((line) => /^debug CloudFormation ListStacks in eu-west-1 answered in \d+ ms$/.test(line))).toBe(true);
    const { accessKeyId, secretAccessKey } = await TEST_CREDENTIALS();
    expect(lines.join('\n')).not.toMatch(new RegExp(`${accessKeyId}|${secretAccessKey}`));
  });

  it('logs CloudWatch Logs calls the same way', async () => {
    const seed = logsSeed({ functions: ['summarizePost-dev'] });
    const fake = await startFakeLogs(seed.state);
    stops.push(() => fake.stop());
    const { lines, log } = recordingLog();
    const gateway = new CloudWatchLogsGateway({
      region: seed.state.region,
      endpoint: fake.endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
      log,
    });
    stops.push(async () => gateway.dispose());
    await gateway.describeLogGroups('/aws/lambda/');
    expect(lines).toEqual([expect.stringMatching(/^debug CloudWatch Logs DescribeLogGroups in \S+ answered in \d+ ms$/)]);
  });

  it('leaves a Live Tail stream working, its frames unread', async () => {
    const seed = logsSeed({ functions: ['summarizePost-dev'] });
    const fake = await startFakeLogs(seed.state, { liveTailHeartbeatMs: 50 });
    stops.push(() => fake.stop());
    const { lines, log } = recordingLog();
    const gateway = new CloudWatchLogsGateway({
      region: seed.state.region,
      endpoint: fake.endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
      log,
    });
    stops.push(async () => gateway.dispose());
    const controller = new AbortController();
    const messages: string[] = [];
    for await (const batch of gateway.startLiveTail(
      { logGroupArns: [seed.state.logGroupArn('/aws/lambda/summarizePost-dev')] },
      controller.signal,
    )) {
      if (batch.kind === 'started') seed.state.putLogEvents('/aws/lambda/summarizePost-dev', 's1', ['Summarized post 42\n']);
      if (batch.kind === 'events') messages.push(...batch.events.map((event) => event.message));
      if (messages.length > 0) controller.abort();
    }
    expect(messages).toEqual(['Summarized post 42']);
    expect(lines).toEqual([expect.stringMatching(/^debug CloudWatch Logs StartLiveTail in \S+ answered in \d+ ms$/)]);
  });
});
