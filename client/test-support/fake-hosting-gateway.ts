import { startFakeHosting, type FakeHosting, type FakeHostingState } from '../../test/fake-aws';
import { AmplifyHostingGateway, type AmplifyHostingGatewayOptions } from '../src/aws/amplify-hosting-gateway';
import { TEST_CREDENTIALS } from './fake-aws-gateway';

export interface FakeHostingGateway {
  fake: FakeHosting;
  gateway: AmplifyHostingGateway;
  stop(): Promise<void>;
}

/** The real AmplifyClient, through the gateway, against the fake Amplify Hosting over the given state. */
export async function startFakeHostingGateway(
  state: FakeHostingState,
  options: Partial<AmplifyHostingGatewayOptions> = {},
): Promise<FakeHostingGateway> {
  const fake = await startFakeHosting(state);
  const gateway = new AmplifyHostingGateway({
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
