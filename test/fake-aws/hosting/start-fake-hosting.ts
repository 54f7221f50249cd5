import { FakeHostingState } from './fake-hosting-state';
import { listenFakeHosting, type RecordedHostingRequest } from './fake-hosting-server';

export interface FakeHosting {
  /** Point an AmplifyClient here: `new AmplifyClient({ endpoint, region, credentials })`. */
  endpoint: string;
  state: FakeHostingState;
  requests: RecordedHostingRequest[];
  /** API actions asked so far, in order (log downloads are `GetLog`). */
  actions(): string[];
  stop(): Promise<void>;
}

/** Starts the fake Amplify Hosting on a free port of 127.0.0.1, over the given state or an empty one. */
export async function startFakeHosting(state: FakeHostingState = new FakeHostingState()): Promise<FakeHosting> {
  const server = await listenFakeHosting(state);
  return {
    endpoint: server.endpoint,
    state,
    requests: server.requests,
    actions: () => server.requests.map((request) => request.action),
    stop: () => server.close(),
  };
}
