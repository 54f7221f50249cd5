import type { LogEvent } from '../aws/logs-types';

/** Where a feed stands; the viewer shows it in its header. */
export type LogFeedState =
  | { kind: 'connecting' }
  /** `live-tail`: StartLiveTail's stream; `polling`: FilterLogEvents every few seconds. */
  | { kind: 'live'; mode: 'live-tail' | 'polling'; sampled?: boolean }
  | { kind: 'reconnecting'; reason: string }
  /** A search finished: every matching event has been delivered. */
  | { kind: 'complete'; count: number }
  | { kind: 'stopped'; reason?: string }
  | { kind: 'problem'; message: string; action?: { title: string; command: string; arguments?: unknown[] } };

export interface FeedSubscription {
  dispose(): void;
}

/**
 * A source of log events for the viewer: a live tail of one or more groups, or a search. Events
 * arrive in batches (a Live Tail frame, a FilterLogEvents page), oldest first within a batch.
 */
export interface LogFeed {
  /** What the viewer's title says ("summarizePost (dev)", "Search: ERROR in 3 groups"). */
  readonly title: string;
  readonly logGroups: readonly string[];
  onEvents(listener: (events: readonly LogEvent[]) => void): FeedSubscription;
  onState(listener: (state: LogFeedState) => void): FeedSubscription;
  /** Starts delivering; a second call does nothing. */
  start(): void;
  /** Stops for good and releases the stream or the poller. */
  stop(): void;
}
