import type { RecordedRequest } from './cloudformation-model';
import { listenFakeCloudFormation } from './fake-cloudformation';
import { FakeCloudFormationState } from './fake-cloudformation-state';
import { startFakeHosting, type FakeHosting, type FakeHostingState } from './hosting';
import { startFakeLogs, type FakeLogs, type FakeLogsState } from './logs';

export interface FakeAws {
  /** Point an SDK client here: `new CloudFormationClient({ endpoint, region, credentials })`. */
  endpoint: string;
  /** The state behind the endpoint; tests change it between calls to simulate deploys. */
  state: FakeCloudFormationState;
  /** Every request that named an action, in arrival order (`params` without Action and Version). */
  requests: RecordedRequest[];
  /** The fake CloudWatch Logs on its own port, when started with `{ logs }`. */
  logs?: FakeLogs;
  /** The fake Amplify Hosting on its own port, when started with `{ hosting }`. */
  hosting?: FakeHosting;
  stop(): Promise<void>;
}

/** Starts the fake AWS endpoint on a free port of 127.0.0.1, over the given state or an empty one. */
export async function startFakeAws(
  state: FakeCloudFormationState = new FakeCloudFormationState(),
  options: { logs?: FakeLogsState; hosting?: FakeHostingState } = {},
): Promise<FakeAws> {
  const server = await listenFakeCloudFormation(state);
  const logs = options.logs ? await startFakeLogs(options.logs) : undefined;
  const hosting = options.hosting ? await startFakeHosting(options.hosting) : undefined;
  const stop = async () => {
    await Promise.all([server.close(), logs?.stop(), hosting?.stop()]);
  };
  return { endpoint: server.endpoint, state, requests: server.requests, logs, hosting, stop };
}
