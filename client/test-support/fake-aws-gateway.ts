import { startFakeAws, type FakeAws, type FakeCloudFormationState } from '../../test/fake-aws';
import { CloudFormationGateway, type CloudFormationGatewayOptions } from '../src/aws/cloudformation-gateway';

/** Test credentials: the fake checks that requests are signed, not with what. */
export const TEST_CREDENTIALS = async () => ({ accessKeyId: 'AKIDLENSTEST', secretAccessKey: 'lens-test-secret' });

export interface FakeAwsGateway {
  fake: FakeAws;
  gateway: CloudFormationGateway;
  /** Actions asked since the fake started (or since the last `resetRequests`). */
  actions(): string[];
  resetRequests(): void;
  stop(): Promise<void>;
}

/** The real SDK client, through the gateway, against the fake CloudFormation over the given state. */
export async function startFakeAwsGateway(
  state: FakeCloudFormationState,
  options: Partial<CloudFormationGatewayOptions> = {},
): Promise<FakeAwsGateway> {
  const fake = await startFakeAws(state);
  const gateway = new CloudFormationGateway({
    region: state.region,
    endpoint: fake.endpoint,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    ...options,
  });
  return {
    fake,
    gateway,
    actions: () => fake.requests.map((request) => request.action),
    resetRequests: () => {
      fake.requests.length = 0;
    },
    stop: async () => {
      gateway.dispose();
      await fake.stop();
    },
  };
}
