import type { LogEvent } from '../aws/logs-types';
import type { LogFeedState } from 'amplify-lens-model/panels';

export type { LogFeedState };

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
