import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { isLiveTailEndedError, isLiveTailUnavailableError, isLogGroupNotFoundError } from '../aws/cloudwatch-logs-errors';
import type { LogEvent } from '../aws/logs-types';
import type { EnvironmentLoadProblem } from '../environments/environment-types';
import { pause } from './feed-emitter';
import type { LogTarget } from './log-targets';
import type { LogsPort } from './logs-port';

export interface TailTiming {
  /** Between FilterLogEvents rounds when polling. */
  pollIntervalMs: number;
  /** Waits before reconnecting, by attempt; the last repeats. */
  reconnectDelaysMs: readonly number[];
  /** How far back a poll or a reconnect's backfill reaches before the newest event seen (Lambda stamps lines before they are ingested). */
  overlapMs: number;
  now: () => number;
}

export type ChannelState =
  | { kind: 'connecting' }
  | { kind: 'live'; mode: 'live-tail' | 'polling'; sampled: boolean }
  | { kind: 'reconnecting'; reason: string }
  | { kind: 'problem'; problem: EnvironmentLoadProblem };

export interface ChannelSink {
  /** New events of the channel's groups (the feed drops repeats). */
  deliver(events: readonly LogEvent[]): void;
  changed(): void;
}

/**
 * One tail over up to 10 groups of one region and profile (StartLiveTail's limit): a live tail that
 * reconnects with backoff when the stream ends or fails, filling the gap with FilterLogEvents from
 * the newest event seen; and FilterLogEvents polling instead when Live Tail is refused or a group
 * has no ARN. Credentials problems stop it with a problem a person can act on.
 */
export class TailChannel {
  state: ChannelState = { kind: 'connecting' };
  private newest?: number;

  constructor(
    private readonly targets: readonly LogTarget[],
    private readonly port: LogsPort,
    private readonly filterPattern: string | undefined,
    private readonly timing: TailTiming,
    private readonly sink: ChannelSink,
  ) {}

  async run(signal: AbortSignal): Promise<void> {
    const arns = this.targets.map((target) => target.arn);
    if (arns.some((arn) => arn === undefined)) return this.poll(signal);
    const startedAt = this.timing.now();
    let attempt = 0;
    let connectedBefore = false;
    while (!signal.aborted) {
      let reason = 'The live tail stream ended';
      try {
        for await (const batch of this.port.startLiveTail({ logGroupArns: arns as string[], filterPattern: this.filterPattern }, signal)) {
          if (batch.kind === 'started') {
            attempt = 0;
            // Events that came while disconnected were never streamed: read them back.
            if (connectedBefore) await this.fetchSince((this.newest ?? startedAt) - this.timing.overlapMs, signal);
            connectedBefore = true;
            this.set({ kind: 'live', mode: 'live-tail', sampled: false });
          } else {
            this.receive(batch.events);
            if (batch.sampled) this.set({ kind: 'live', mode: 'live-tail', sampled: true });
          }
        }
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        if (isLiveTailUnavailableError(error)) return this.poll(signal);
        if (isLiveTailEndedError(error)) reason = 'Live Tail ended the stream (it lasts at most 3 hours)';
        else if (isLogGroupNotFoundError(error)) reason = this.notFoundReason();
        else {
          const problem = this.problemOf(error);
          if (problem) return this.set({ kind: 'problem', problem });
          reason = classifyAwsError(error, this.context()).message;
        }
      }
      if (signal.aborted) return;
      this.set({ kind: 'reconnecting', reason });
      await pause(this.delay(attempt++), signal);
    }
  }

  /** FilterLogEvents rounds from a little before now, then from the newest event seen. */
  private async poll(signal: AbortSignal): Promise<void> {
    let since = this.timing.now() - this.timing.overlapMs;
    let failures = 0;
    while (!signal.aborted) {
      try {
        await this.fetchSince(since, signal);
        failures = 0;
        this.set({ kind: 'live', mode: 'polling', sampled: false });
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        const problem = isLogGroupNotFoundError(error) ? undefined : this.problemOf(error);
        if (problem) return this.set({ kind: 'problem', problem });
        this.set({
          kind: 'reconnecting',
          reason: isLogGroupNotFoundError(error) ? this.notFoundReason() : classifyAwsError(error, this.context()).message,
        });
        await pause(this.delay(failures++), signal);
        continue;
      }
      if (this.newest !== undefined) since = Math.max(since, this.newest - this.timing.overlapMs);
      await pause(this.timing.pollIntervalMs, signal);
    }
  }

  /** Reads every group from `startTime`; a group that does not exist yet is skipped unless none does. */
  private async fetchSince(startTime: number, signal: AbortSignal): Promise<void> {
    let missing: unknown;
    let found = 0;
    for (const target of this.targets) {
      try {
        for await (const page of this.port.filterLogEvents(
          { logGroup: target.logGroup, startTime, filterPattern: this.filterPattern },
          signal,
        )) {
          this.receive(page);
        }
        found += 1;
      } catch (error) {
        if (!isLogGroupNotFoundError(error)) throw error;
        missing = error;
      }
    }
    if (found === 0 && missing) throw missing;
  }

  private receive(events: readonly LogEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) this.newest = Math.max(this.newest ?? event.timestamp, event.timestamp);
    this.sink.deliver(events);
  }

  /** Errors no retry can fix: they end the channel with what to do. */
  private problemOf(error: unknown): EnvironmentLoadProblem | undefined {
    const problem = classifyAwsError(error, this.context());
    return ['no-credentials', 'sso-expired', 'access-denied'].includes(problem.kind) ? problem : undefined;
  }

  private notFoundReason(): string {
    const names = this.targets.map((target) => target.logGroup).join(', ');
    return `Waiting for ${names}: CloudWatch creates a function's log group when it first runs`;
  }

  private context() {
    const target = this.targets[0];
    return { region: target?.region, profile: target?.profile, service: 'CloudWatch Logs' as const };
  }

  private delay(attempt: number): number {
    const delays = this.timing.reconnectDelaysMs;
    return delays[Math.min(attempt, delays.length - 1)] ?? 1000;
  }

  private set(state: ChannelState): void {
    this.state = state;
    this.sink.changed();
  }
}
