import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { FakeCloudFormationState } from '../fake-cloudformation-state';
import { startFakeAws } from '../start-fake-aws';
import { logsSeed } from './logs-seed';

describe('startFakeAws({ logs })', () => {
  it('serves CloudWatch Logs on its own endpoint beside CloudFormation, and stops both', async () => {
    const { state } = logsSeed({ functions: ['summarizePost-dev'] });
    const fake = await startFakeAws(new FakeCloudFormationState(), { logs: state });
    expect(fake.logs?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.logs?.endpoint).not.toBe(fake.endpoint);
    const client = new CloudWatchLogsClient({
      region: state.region,
      endpoint: fake.logs!.endpoint,
      credentials: async () => ({ accessKeyId: 'AKIDLENSTEST', secretAccessKey: 'lens-test-secret' }),
      maxAttempts: 1,
    });
    const answer = await client.send(new DescribeLogGroupsCommand({}));
    expect(answer.logGroups?.map((group) => group.logGroupName)).toEqual(['/aws/lambda/summarizePost-dev']);
    client.destroy();
    await fake.stop();
    await expect(fetch(fake.logs!.endpoint)).rejects.toThrow();
  });

  it('starts no logs endpoint unless asked', async () => {
    const fake = await startFakeAws();
    expect(fake.logs).toBeUndefined();
    await fake.stop();
  });
});
