import type { LogEvent } from '../aws/logs-types';
import type { FeedSubscription, LogFeedState } from './log-feed';

/**
 * The listener bookkeeping of a feed. A state listener hears the current state at once, so a
 * viewer that subscribes after `start()` still shows where the feed stands.
 */
export class FeedEmitter {
  private readonly eventListeners = new Set<(events: readonly LogEvent[]) => void>();
  private readonly stateListeners = new Set<(state: LogFeedState) => void>();
  private current: LogFeedState = { kind: 'connecting' };

  get state(): LogFeedState {
    return this.current;
  }

  onEvents(listener: (events: readonly LogEvent[]) => void): FeedSubscription {
    this.eventListeners.add(listener);
    return { dispose: () => this.eventListeners.delete(listener) };
  }

  onState(listener: (state: LogFeedState) => void): FeedSubscription {
    this.stateListeners.add(listener);
    listener(this.current);
    return { dispose: () => this.stateListeners.delete(listener) };
  }

  events(events: readonly LogEvent[]): void {
    if (events.length === 0) return;
    for (const listener of [...this.eventListeners]) listener(events);
  }

  /** Announces a state unless it is the one already announced. */
  setState(state: LogFeedState): void {
    if (JSON.stringify(state) === JSON.stringify(this.current)) return;
    this.current = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
