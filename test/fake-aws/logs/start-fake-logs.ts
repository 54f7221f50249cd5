import { FakeLogsState } from './fake-logs-state';
import { listenFakeLogs, type FakeLogsServerOptions, type RecordedLogsRequest } from './fake-logs-server';

export interface FakeLogs {
  /** Point a CloudWatchLogsClient here (with `disableHostPrefix`: StartLiveTail otherwise asks `stream-127.0.0.1`). */
  endpoint: string;
  state: FakeLogsState;
  requests: RecordedLogsRequest[];
  /** Actions asked so far, in order. */
  actions(): string[];
  stop(): Promise<void>;
}

/** Starts the fake CloudWatch Logs on a free port of 127.0.0.1, over the given state or an empty one. */
export async function startFakeLogs(state: FakeLogsState = new FakeLogsState(), options: FakeLogsServerOptions = {}): Promise<FakeLogs> {
  const server = await listenFakeLogs(state, options);
  return {
    endpoint: server.endpoint,
    state,
    requests: server.requests,
    actions: () => server.requests.map((request) => request.action),
    stop: () => server.close(),
  };
}
