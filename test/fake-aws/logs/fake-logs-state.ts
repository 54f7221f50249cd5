import type { MessageMatcher } from './logs-filter-pattern';
import { injectedLogsError, type InjectableLogsErrorCode, type LogsJsonError } from './logs-json-error';

export interface FakeLogsStateOptions {
  region?: string;
  accountId?: string;
  /** "Now" in ms: ingestion times and events put without a timestamp. */
  clock?: () => number;
}

export interface LogEventInput {
  message: string;
  /** When the event happened; default: the clock. */
  timestamp?: number;
}

export interface FakeLogEvent {
  /** A 56-digit id, as the service gives (unique per event). */
  eventId: string;
  logGroupName: string;
  logStreamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
}

export interface FakeLogStream {
  name: string;
  creationTime: number;
  events: FakeLogEvent[];
}

export interface FakeLogGroup {
  name: string;
  creationTime: number;
  retentionInDays?: number;
  streams: Map<string, FakeLogStream>;
}

/** How a live tail stream ends when the fake ends it: the 3-hour limit, a service fault, or a plain close. */
export type LiveTailEnding = 'timeout' | 'streaming-error' | 'close';

/** Why StartLiveTail is refused before any stream opens. */
export type LiveTailAvailability = 'available' | 'access-denied' | 'invalid-operation';

export interface LiveTailSubscriber {
  groupNames: readonly string[];
  logStreamNames?: readonly string[];
  logStreamNamePrefixes?: readonly string[];
  matches: MessageMatcher;
  deliver(events: readonly FakeLogEvent[]): void;
  end(ending: LiveTailEnding): void;
}

export interface InjectLogsErrorOptions {
  /** How many requests fail; default every one until `clearInjectedErrors`. */
  times?: number;
  message?: string;
}

/** A StartQuery the fake keeps until GetQueryResults has been asked `pollsUntilComplete` times. */
export interface FakeInsightsQuery {
  queryId: string;
  groupNames: string[];
  startTime: number;
  endTime: number;
  queryString: string;
  limit?: number;
  polls: number;
}

interface InjectedError {
  action: string;
  code: InjectableLogsErrorCode;
  message?: string;
  remaining: number;
}

/**
 * What the fake CloudWatch Logs knows: log groups with their streams and events in one region, the
 * live tail streams open on them, and the errors a test asked for. Events put here reach every
 * matching live tail at once, so tests see them without waiting for a timer.
 */
export class FakeLogsState {
  readonly region: string;
  readonly accountId: string;
  readonly now: () => number;
  liveTailAvailability: LiveTailAvailability = 'available';
  /** Page sizes the service uses (FilterLogEvents and GetLogEvents answer up to 10,000 events); tests shrink them. */
  readonly pageSizes = { describeLogGroups: 50, filterLogEvents: 10_000, getLogEvents: 10_000 };
  /** How many GetQueryResults calls answer `Running` before a query completes. */
  insightsPollsUntilComplete = 1;
  readonly queries = new Map<string, FakeInsightsQuery>();
  private readonly groups = new Map<string, FakeLogGroup>();
  private readonly subscribers = new Set<LiveTailSubscriber>();
  private readonly injected: InjectedError[] = [];
  private sequence = 0;

  constructor(options: FakeLogsStateOptions = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.accountId = options.accountId ?? '123456789012';
    this.now = options.clock ?? (() => Date.now());
  }

  createLogGroup(name: string, options: { creationTime?: number; retentionInDays?: number } = {}): FakeLogGroup {
    let group = this.groups.get(name);
    if (!group) {
      group = { name, creationTime: options.creationTime ?? this.now(), retentionInDays: options.retentionInDays, streams: new Map() };
      this.groups.set(name, group);
    }
    return group;
  }

  /** Appends events to a stream (creating the group and stream as Lambda does on first write) and sends them to live tails. */
  putLogEvents(groupName: string, streamName: string, events: readonly (LogEventInput | string)[]): FakeLogEvent[] {
    const group = this.createLogGroup(groupName);
    let stream = group.streams.get(streamName);
    if (!stream) {
      stream = { name: streamName, creationTime: this.now(), events: [] };
      group.streams.set(streamName, stream);
    }
    const ingestionTime = this.now();
    const added = events.map((input): FakeLogEvent => {
      const { message, timestamp } = typeof input === 'string' ? { message: input, timestamp: undefined } : input;
      const at = timestamp ?? ingestionTime;
      this.sequence += 1;
      const eventId = `${String(at).padStart(16, '0')}${String(this.sequence).padStart(40, '0')}`;
      return { eventId, logGroupName: groupName, logStreamName: streamName, timestamp: at, ingestionTime, message };
    });
    stream.events.push(...added);
    for (const subscriber of [...this.subscribers]) {
      const matching = added.filter((event) => subscriberWants(subscriber, event));
      if (matching.length > 0) subscriber.deliver(matching);
    }
    return added;
  }

  logGroup(name: string): FakeLogGroup | undefined {
    return this.groups.get(name);
  }

  logGroups(): FakeLogGroup[] {
    return [...this.groups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  logGroupArn(name: string): string {
    return `arn:aws:logs:${this.region}:${this.accountId}:log-group:${name}`;
  }

  /** A group's events across its streams, oldest first (ties in the order they were put). */
  events(groupName: string): FakeLogEvent[] {
    const group = this.groups.get(groupName);
    if (!group) return [];
    return [...group.streams.values()]
      .flatMap((stream) => stream.events)
      .sort((a, b) => a.timestamp - b.timestamp || (a.eventId < b.eventId ? -1 : 1));
  }

  /** Registers a live tail; the returned function unregisters it. */
  subscribe(subscriber: LiveTailSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get openLiveTails(): number {
    return this.subscribers.size;
  }

  /** Ends every open live tail stream the way the service would; returns how many were open. */
  endLiveTails(ending: LiveTailEnding = 'timeout'): number {
    const open = [...this.subscribers];
    this.subscribers.clear();
    for (const subscriber of open) subscriber.end(ending);
    return open.length;
  }

  injectError(action: string | '*', code: InjectableLogsErrorCode, options: InjectLogsErrorOptions = {}): void {
    this.injected.push({ action, code, message: options.message, remaining: options.times ?? Infinity });
  }

  clearInjectedErrors(): void {
    this.injected.length = 0;
  }

  /** The error to answer this request with, if one was injected; counts it against its `times`. */
  takeInjectedError(action: string): LogsJsonError | undefined {
    const index = this.injected.findIndex((entry) => entry.action === action || entry.action === '*');
    if (index < 0) return undefined;
    const entry = this.injected[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.injected.splice(index, 1);
    return injectedLogsError(entry.code, action, entry.message);
  }
}

function subscriberWants(subscriber: LiveTailSubscriber, event: FakeLogEvent): boolean {
  if (!subscriber.groupNames.includes(event.logGroupName)) return false;
  if (subscriber.logStreamNames && !subscriber.logStreamNames.includes(event.logStreamName)) return false;
  if (subscriber.logStreamNamePrefixes && !subscriber.logStreamNamePrefixes.some((prefix) => event.logStreamName.startsWith(prefix)))
    return false;
  return subscriber.matches(event.message);
}
