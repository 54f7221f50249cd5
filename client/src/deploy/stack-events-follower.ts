import type { StackEvent } from '../aws/aws-types';
import type { StackEventsQuery } from '../aws/cloudformation-gateway';
import { mapWithConcurrency } from '../aws/bounded-parallel';

/** The one gateway read the follower needs; `CloudFormationGateway` has it. */
export interface StackEventsReader {
  describeStackEvents(nameOrId: string, query?: StackEventsQuery, signal?: AbortSignal): Promise<StackEvent[]>;
}

export interface StackEventsFollowerOptions {
  reader: StackEventsReader;
  /** The stacks to poll: the root and the nested stacks that may still change (the model learns them from events). */
  stacks(): { name: string; id: string }[];
  /** Receives each poll's new events, oldest first per stack. */
  onEvents(events: StackEvent[]): void;
  onError?(error: unknown): void;
  /** Only events from here on belong to this deploy. */
  since: Date;
  /** While events flow. Default 1 s. */
  activeIntervalMs?: number;
  /** The slowest pace once nothing has happened for a while. Default 5 s. */
  quietIntervalMs?: number;
  /** Stacks asked at once. Default 4: enough to hide latency, few enough for CloudFormation's request rate. */
  concurrency?: number;
}

const QUIET_AFTER_POLLS = 3;
/** A deploy of hundreds of resources writes more events than one poll's default page budget. */
const EVENTS_PER_POLL = 2_000;

/**
 * Follows a deploy's stack events: polls DescribeStackEvents on the root and every nested stack it
 * learns of, each from its own newest event onwards (CloudFormation answers newest first, so a poll
 * reads only the new pages). Polls every second while events flow and slows down when quiet;
 * stops on `stop()` or when the signal aborts, cancelling the request in flight.
 */
export class StackEventsFollower {
  private readonly cursors = new Map<string, Date>();
  private readonly seen = new Set<string>();
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  private interval: number;
  private quietPolls = 0;
  private polling?: Promise<number>;

  constructor(
    private readonly options: StackEventsFollowerOptions,
    signal?: AbortSignal,
  ) {
    this.interval = options.activeIntervalMs ?? 1_000;
    signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.controller.abort();
  }

  /**
   * One round over every known stack, repeated at once for stacks discovered in it; answers how many
   * events were new. Rounds never overlap: a call during a round waits for it.
   */
  async poll(): Promise<number> {
    while (this.polling) await this.polling.catch(() => undefined);
    this.polling = this.round();
    try {
      return await this.polling;
    } finally {
      this.polling = undefined;
    }
  }

  private async round(): Promise<number> {
    let fresh = 0;
    const asked = new Set<string>();
    for (;;) {
      const pending = this.options.stacks().filter((stack) => !asked.has(stack.name));
      if (pending.length === 0 || this.stopped) return fresh;
      pending.forEach((stack) => asked.add(stack.name));
      const batches = await mapWithConcurrency(pending, this.options.concurrency ?? 4, (stack) => this.read(stack));
      const events = batches.flat();
      fresh += events.length;
      if (events.length > 0) this.options.onEvents(events);
    }
  }

  private async read(stack: { name: string; id: string }): Promise<StackEvent[]> {
    const cursor = this.cursors.get(stack.name) ?? this.options.since;
    const events = await this.options.reader.describeStackEvents(stack.id, { since: cursor, limit: EVENTS_PER_POLL }, this.controller.signal);
    const newest = events[0]?.timestamp;
    // The cursor stays on the newest timestamp: events sharing it come again and are dropped here.
    if (newest && newest > cursor) this.cursors.set(stack.name, newest);
    const fresh = events.filter((event) => !this.seen.has(event.id));
    fresh.forEach((event) => this.seen.add(event.id));
    return fresh.reverse();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    const started = Date.now();
    try {
      const fresh = await this.poll();
      if (fresh > 0) {
        this.quietPolls = 0;
        this.interval = this.options.activeIntervalMs ?? 1_000;
      } else if (++this.quietPolls >= QUIET_AFTER_POLLS) {
        this.interval = Math.min(this.options.quietIntervalMs ?? 5_000, this.interval * 2);
      }
    } catch (error) {
      if (this.stopped) return;
      this.options.onError?.(error);
      // Throttled or offline: back off as when quiet, and keep following.
      this.interval = Math.min(this.options.quietIntervalMs ?? 5_000, this.interval * 2);
    }
    // The interval runs from the start of a round, so a slow round does not stretch the pace.
    this.schedule(Math.max(0, this.interval - (Date.now() - started)));
  }
}
