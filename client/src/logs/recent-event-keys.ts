import type { LogEvent } from '../aws/logs-types';

/**
 * The events a tail has delivered lately, to drop them when they come again: a reconnect's backfill
 * and each poll re-read a few seconds already shown. Live Tail gives no event ids, so an event is
 * known by group, stream, timestamp and message (two identical lines in one stream and millisecond
 * count once). Bounded: the oldest keys go first.
 */
export class RecentEventKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 20_000) {}

  /** The events not seen before, now remembered. */
  admit(events: readonly LogEvent[]): LogEvent[] {
    const fresh: LogEvent[] = [];
    for (const event of events) {
      const key = `${event.logGroup}\n${event.logStream}\n${event.timestamp}\n${event.message}`;
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      fresh.push(event);
    }
    for (const key of this.keys) {
      if (this.keys.size <= this.capacity) break;
      this.keys.delete(key);
    }
    return fresh;
  }
}
