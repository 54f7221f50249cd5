import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { logGroupNameOf } from '../aws/cloudwatch-logs-mappers';
import type { LogEvent, LogsInsightsResults } from '../aws/logs-types';
import { FeedEmitter, pause } from './feed-emitter';
import type { FeedSubscription, LogFeed, LogFeedState } from './log-feed';
import type { LogTarget } from './log-targets';
import type { LogsPort, LogsPortSource } from './logs-port';

export interface SearchFeedOptions {
  targets: readonly LogTarget[];
  portFor: LogsPortSource;
  /** ms since the epoch, both inclusive. */
  startTime: number;
  endTime: number;
  /** FilterLogEvents' filter pattern; ignored when `insightsQuery` is given. */
  filterPattern?: string;
  /** A Logs Insights query instead of FilterLogEvents. */
  insightsQuery?: string;
  /** Stop after this many events. Default 10,000. */
  maxEvents?: number;
  /** Between GetQueryResults calls. Default 1 s. */
  insightsPollMs?: number;
  title?: string;
}

const FINISHED = new Set(['Complete', 'Failed', 'Cancelled', 'Timeout']);

/**
 * A search for the viewer: FilterLogEvents over each group, a page per batch, or a Logs Insights
 * query per region and profile, its rows as events once it completes. Ends in `complete` with the
 * count, or a problem; `stop()` cancels the requests under way.
 */
export class SearchFeed implements LogFeed {
  readonly title: string;
  readonly logGroups: readonly string[];
  private readonly emitter = new FeedEmitter();
  private controller?: AbortController;
  private count = 0;

  constructor(private readonly options: SearchFeedOptions) {
    this.logGroups = options.targets.map((target) => target.logGroup);
    const what = options.insightsQuery ? 'Insights query' : options.filterPattern ? patternTitle(options.filterPattern) : 'all events';
    const where = options.targets.length === 1 ? options.targets[0].resourceName : `${options.targets.length} groups`;
    this.title = options.title ?? `Search: ${what} in ${where}`;
  }

  onEvents(listener: (events: readonly LogEvent[]) => void): FeedSubscription {
    return this.emitter.onEvents(listener);
  }

  onState(listener: (state: LogFeedState) => void): FeedSubscription {
    return this.emitter.onState(listener);
  }

  start(): void {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    const run = this.options.insightsQuery ? this.runInsights(this.options.insightsQuery, controller.signal) : this.runFilter(controller.signal);
    run.then(
      () => {
        if (!controller.signal.aborted) this.emitter.setState({ kind: 'complete', count: this.count });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const target = this.options.targets[0];
        const { message, action } = classifyAwsError(error, { region: target?.region, profile: target?.profile, service: 'CloudWatch Logs' });
        this.emitter.setState({ kind: 'problem', message, action });
      },
    );
  }

  stop(): void {
    if (this.emitter.state.kind === 'stopped') return;
    this.controller?.abort();
    this.emitter.setState({ kind: 'stopped' });
  }

  private async runFilter(signal: AbortSignal): Promise<void> {
    const max = this.options.maxEvents ?? 10_000;
    for (const target of this.options.targets) {
      const pages = this.portOf(target).filterLogEvents(
        {
          logGroup: target.logGroup,
          startTime: this.options.startTime,
          endTime: this.options.endTime,
          filterPattern: this.options.filterPattern,
        },
        signal,
      );
      for await (const page of pages) {
        if (signal.aborted) return;
        this.deliver(page.slice(0, max - this.count));
        if (this.count >= max) return;
      }
    }
  }

  private async runInsights(queryString: string, signal: AbortSignal): Promise<void> {
    for (const targets of byPort(this.options.targets)) {
      const port = this.portOf(targets[0]);
      const queryId = await port.startQuery(
        {
          logGroups: targets.map((target) => target.logGroup),
          startTime: this.options.startTime,
          endTime: this.options.endTime,
          queryString,
          limit: this.options.maxEvents,
        },
        signal,
      );
      let results: LogsInsightsResults = await port.getQueryResults(queryId, signal);
      while (!FINISHED.has(results.status) && !signal.aborted) {
        await pause(this.options.insightsPollMs ?? 1_000, signal);
        if (!signal.aborted) results = await port.getQueryResults(queryId, signal);
      }
      if (signal.aborted) return;
      if (results.status !== 'Complete')
        throw Object.assign(new Error(`The Logs Insights query ended ${results.status.toLowerCase()}`), { name: `Query${results.status}` });
      const events = results.rows.map((row, index) => rowToEvent(row, targets[0].logGroup, `${queryId}/${index}`));
      this.deliver(events.sort((a, b) => a.timestamp - b.timestamp));
    }
  }

  private deliver(events: LogEvent[]): void {
    this.count += events.length;
    this.emitter.events(events);
  }

  private portOf(target: LogTarget): LogsPort {
    return this.options.portFor({ region: target.region ?? '', profile: target.profile });
  }
}

/** An Insights row as an event: `@timestamp` is UTC without a zone (`2026-05-14 09:31:00.000`), `@log` is `<account>:<group>`. */
export function rowToEvent(row: Record<string, string>, fallbackGroup: string, fallbackId: string): LogEvent {
  const time = row['@timestamp'] ? Date.parse(`${row['@timestamp'].replace(' ', 'T')}Z`) : Number.NaN;
  const message =
    row['@message'] ??
    Object.entries(row)
      .filter(([field]) => field !== '@ptr')
      .map(([field, value]) => `${field}=${value}`)
      .join('  ');
  return {
    id: row['@ptr'] ?? fallbackId,
    timestamp: Number.isNaN(time) ? 0 : time,
    logGroup: row['@log'] ? logGroupNameOf(row['@log'].slice(row['@log'].indexOf(':') + 1)) : fallbackGroup,
    logStream: row['@logStream'] ?? '',
    message,
  };
}

function byPort(targets: readonly LogTarget[]): LogTarget[][] {
  const groups = new Map<string, LogTarget[]>();
  for (const target of targets) {
    const key = `${target.profile ?? ''}@${target.region ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  return [...groups.values()];
}

/**
 * A filter pattern as the title shows it: in quotes, unless it has quotes of its own (`"ERROR"`,
 * a phrase; `{ $.level = "error" }`, a JSON pattern), which would double them.
 */
export function patternTitle(pattern: string): string {
  const text = pattern.trim();
  return text.includes('"') ? text : `"${text}"`;
}
