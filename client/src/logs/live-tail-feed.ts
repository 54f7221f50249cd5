import type { LogEvent } from '../aws/logs-types';
import { FeedEmitter } from './feed-emitter';
import type { FeedSubscription, LogFeed, LogFeedState } from './log-feed';
import { targetsTitle, type LogTarget } from './log-targets';
import type { LogsPortSource } from './logs-port';
import { RecentEventKeys } from './recent-event-keys';
import { TailChannel, type TailTiming } from './tail-channel';

/** StartLiveTail takes at most this many log groups. */
const MAX_GROUPS_PER_TAIL = 10;

export interface LiveTailFeedOptions {
  targets: readonly LogTarget[];
  portFor: LogsPortSource;
  filterPattern?: string;
  title?: string;
  timing?: Partial<TailTiming>;
}

const DEFAULT_TIMING: TailTiming = {
  pollIntervalMs: 2_000,
  reconnectDelaysMs: [500, 1_000, 2_000, 5_000, 10_000, 30_000],
  overlapMs: 5_000,
  now: () => Date.now(),
};

/**
 * A live tail of one or more log groups for the viewer. Groups are split by region and profile and
 * in tens (one StartLiveTail each); each part reconnects on its own and falls back to polling on its
 * own. Repeats — a backfill after a reconnect, overlapping polls — are dropped before delivery.
 */
export class LiveTailFeed implements LogFeed {
  readonly title: string;
  readonly logGroups: readonly string[];
  private readonly emitter = new FeedEmitter();
  private readonly seen = new RecentEventKeys();
  private readonly channels: TailChannel[];
  private controller?: AbortController;
  private stopped = false;

  constructor(options: LiveTailFeedOptions) {
    this.title = options.title ?? targetsTitle(options.targets);
    this.logGroups = options.targets.map((target) => target.logGroup);
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const sink = { deliver: (events: readonly LogEvent[]) => this.deliver(events), changed: () => this.refreshState() };
    this.channels = partition(options.targets).map(
      (targets) =>
        new TailChannel(
          targets,
          options.portFor({ region: targets[0].region ?? '', profile: targets[0].profile }),
          options.filterPattern,
          timing,
          sink,
        ),
    );
  }

  onEvents(listener: (events: readonly LogEvent[]) => void): FeedSubscription {
    return this.emitter.onEvents(listener);
  }

  onState(listener: (state: LogFeedState) => void): FeedSubscription {
    return this.emitter.onState(listener);
  }

  start(): void {
    if (this.controller || this.stopped) return;
    const controller = new AbortController();
    this.controller = controller;
    if (this.channels.length === 0) return this.emitter.setState({ kind: 'stopped', reason: 'No log groups to tail' });
    for (const channel of this.channels) {
      void channel.run(controller.signal).then(() => this.refreshState());
    }
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.controller?.abort();
    this.emitter.setState({ kind: 'stopped' });
  }

  private deliver(events: readonly LogEvent[]): void {
    if (this.stopped) return;
    const fresh = this.seen.admit(events);
    this.emitter.events([...fresh].sort((a, b) => a.timestamp - b.timestamp));
  }

  /** One state for all parts: a problem first, then a reconnect, then live once every part is. */
  private refreshState(): void {
    if (this.stopped) return;
    const states = this.channels.map((channel) => channel.state);
    const problem = states.find((state) => state.kind === 'problem');
    if (problem?.kind === 'problem') {
      const { message, action } = problem.problem;
      return this.emitter.setState({ kind: 'problem', message, action });
    }
    const reconnecting = states.find((state) => state.kind === 'reconnecting');
    if (reconnecting?.kind === 'reconnecting') return this.emitter.setState({ kind: 'reconnecting', reason: reconnecting.reason });
    const live = states.filter((state) => state.kind === 'live');
    if (live.length < states.length) return this.emitter.setState({ kind: 'connecting' });
    const polling = live.some((state) => state.mode === 'polling');
    const sampled = live.some((state) => state.sampled);
    this.emitter.setState({ kind: 'live', mode: polling ? 'polling' : 'live-tail', ...(sampled ? { sampled } : {}) });
  }
}

/** Groups by region and profile, then in tens. */
function partition(targets: readonly LogTarget[]): LogTarget[][] {
  const byTarget = new Map<string, LogTarget[]>();
  for (const target of targets) {
    const key = `${target.profile ?? ''}@${target.region ?? ''}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), target]);
  }
  return [...byTarget.values()].flatMap((group) => {
    const parts: LogTarget[][] = [];
    for (let i = 0; i < group.length; i += MAX_GROUPS_PER_TAIL) parts.push(group.slice(i, i + MAX_GROUPS_PER_TAIL));
    return parts;
  });
}
