import { startFakeLogs, type FakeLogs, type FakeLogsState } from '../../test/fake-aws';
import { CloudWatchLogsGateway, type CloudWatchLogsGatewayOptions } from '../src/aws/cloudwatch-logs-gateway';
import { TEST_CREDENTIALS } from './fake-aws-gateway';

export interface FakeLogsGateway {
  fake: FakeLogs;
  gateway: CloudWatchLogsGateway;
  stop(): Promise<void>;
}

/** The real CloudWatchLogsClient, through the gateway, against the fake CloudWatch Logs over the given state. */
export async function startFakeLogsGateway(state: FakeLogsState, options: Partial<CloudWatchLogsGatewayOptions> = {}): Promise<FakeLogsGateway> {
  // Idle live tails send an update this often; short, so an aborted or ended stream is noticed quickly.
  const fake = await startFakeLogs(state, { liveTailHeartbeatMs: 50 });
  const gateway = new CloudWatchLogsGateway({
    region: state.region,
    endpoint: fake.endpoint,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    ...options,
  });
  return {
    fake,
    gateway,
    stop: async () => {
      gateway.dispose();
      await fake.stop();
    },
  };
}
