/**
 * Coalesces a feed's events into one `events` message per interval (~50 ms), so a 10,000 lines/s
 * tail costs the panel 20 messages a second. A burst is bounded twice: events beyond the panel's
 * buffer size are dropped oldest first (they would fall out of its ring buffer on arrival anyway)
 * and counted, and one message carries at most `maxChars` of messages; the rest goes next tick.
 * Holds everything until the panel is ready. No `vscode` import: tested under Vitest.
 */
import type { LogEvent } from '../aws/logs-types';

export interface LogEventBatch {
  events: LogEvent[];
  /** Events discarded since the previous batch. */
  dropped: number;
}

export interface LogEventBatcherOptions {
  send(batch: LogEventBatch): void;
  /** The panel's buffer size: more pending events than this can never all be shown. */
  maxEvents(): number;
  intervalMs?: number;
  /** Characters of messages per batch; a single larger event still goes, alone. */
  maxChars?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const DEFAULT_BATCH_INTERVAL_MS = 50;
/** About 2 MB of UTF-16: big enough for 10,000 typical lines, small enough to clone in a blink. */
export const DEFAULT_BATCH_MAX_CHARS = 1_000_000;
/** What an event costs besides its message (ids, group, stream) when sizing a batch. */
const EVENT_OVERHEAD_CHARS = 120;

export class LogEventBatcher {
  private pending: LogEvent[] = [];
  /** Index of the first pending event: dropping and sending advance it instead of shifting. */
  private head = 0;
  private dropped = 0;
  private timer: unknown;
  private ready = false;
  private disposed = false;
  private readonly intervalMs: number;
  private readonly maxChars: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: LogEventBatcherOptions) {
    this.intervalMs = options.intervalMs ?? DEFAULT_BATCH_INTERVAL_MS;
    this.maxChars = options.maxChars ?? DEFAULT_BATCH_MAX_CHARS;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get pendingCount(): number {
    return this.pending.length - this.head;
  }

  add(events: readonly LogEvent[]): void {
    if (this.disposed || events.length === 0) return;
    for (const event of events) this.pending.push(event);
    const excess = this.pendingCount - Math.max(1, this.options.maxEvents());
    if (excess > 0) {
      this.head += excess;
      this.dropped += excess;
    }
    this.compact();
    this.schedule();
  }

  /** The panel is listening (or, false, reloading): batches flow only while it is. */
  setReady(ready: boolean): void {
    this.ready = ready;
    if (ready) this.schedule();
  }

  /** Sends one batch now; returns whether anything was sent. */
  flush(): boolean {
    if (!this.ready || (this.pendingCount === 0 && this.dropped === 0)) return false;
    let end = this.head;
    let chars = 0;
    while (end < this.pending.length) {
      const cost = this.pending[end].message.length + EVENT_OVERHEAD_CHARS;
      if (end > this.head && chars + cost > this.maxChars) break;
      chars += cost;
      end++;
    }
    const events = this.pending.slice(this.head, end);
    this.head = end;
    const dropped = this.dropped;
    this.dropped = 0;
    this.compact();
    this.options.send({ events, dropped });
    return true;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    this.pending = [];
    this.head = 0;
  }

  private schedule(): void {
    if (this.timer !== undefined || !this.ready || this.disposed) return;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      this.flush();
      if (this.pendingCount > 0) this.schedule();
    }, this.intervalMs);
  }

  /** Frees the sent or dropped prefix once it is most of the array. */
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
  }
}
