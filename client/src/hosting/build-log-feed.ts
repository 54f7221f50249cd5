/**
 * A Hosting job's step logs as a feed for the log viewer: each step's log read through its
 * presigned URL by the gateway (never by the panel), one step after the other. A finished step is
 * read whole; a running one is read as it grows (`Range` from where the last read ended), with
 * GetJob asked between reads for the step's status and a fresh URL. An expired URL is answered by
 * asking GetJob for a new one and reading on from the same byte. Ends `complete` when the last
 * wanted step has ended; `stop()` cancels the read in flight.
 */
import type { LogEvent } from 'amplify-lens-model/panels';
import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { isStepLogUrlExpired, StepLogDownloadError } from '../aws/hosting-errors';
import { isJobFinished, type HostingJob, type HostingStep, type StepLogChunk } from '../aws/hosting-types';
import { FeedEmitter, pause } from '../logs/feed-emitter';
import type { FeedSubscription, LogFeed, LogFeedState } from '../logs/log-feed';
import { BuildLogLineReader, LineSplitter } from './build-log-lines';

export interface BuildLogReader {
  /** GetJob: the job's steps with fresh log URLs. */
  getJob(signal?: AbortSignal): Promise<HostingJob>;
  readStepLog(logUrl: string, fromByte: number, signal?: AbortSignal): Promise<StepLogChunk>;
}

export interface BuildLogFeedOptions {
  title: string;
  branchName: string;
  jobId: string;
  /** One step, or every step of the job in order. */
  step?: string;
  reader: BuildLogReader;
  /**
   * The job as the view last read it: its log URLs are used until they expire, which saves a
   * GetJob when a log opens. Without it the feed starts with GetJob.
   */
  knownJob?: HostingJob;
  region?: string;
  profile?: string;
  /** Between reads of a running step. Default 2 s. */
  pollMs?: number;
}

/** Asking for a fresh URL more often than this in a row means it is not the URL that is wrong. */
const MAX_URL_RENEWALS = 3;

export class BuildLogFeed implements LogFeed {
  readonly title: string;
  readonly logGroups: readonly string[];
  private readonly emitter = new FeedEmitter();
  private controller?: AbortController;
  private count = 0;
  /** How many times an expired URL was replaced (tests and the header read it). */
  urlRenewals = 0;

  constructor(private readonly options: BuildLogFeedOptions) {
    this.title = options.title;
    this.logGroups = [`${options.branchName} #${options.jobId}${options.step ? ` ${options.step}` : ''}`];
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
    this.run(controller.signal).then(
      () => {
        if (!controller.signal.aborted) this.emitter.setState({ kind: 'complete', count: this.count });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        if (error instanceof StepLogDownloadError) {
          this.emitter.setState({ kind: 'problem', message: error.message });
          return;
        }
        const { message, action } = classifyAwsError(error, {
          region: this.options.region,
          profile: this.options.profile,
          service: 'Amplify Hosting',
        });
        this.emitter.setState({ kind: 'problem', message, action });
      },
    );
  }

  stop(): void {
    if (this.emitter.state.kind === 'stopped') return;
    this.controller?.abort();
    this.emitter.setState({ kind: 'stopped' });
  }

  private async run(signal: AbortSignal): Promise<void> {
    const pollMs = this.options.pollMs ?? 2_000;
    let job =
      this.options.knownJob && this.wantedSteps(this.options.knownJob).some((step) => step.logUrl)
        ? this.options.knownJob
        : await this.options.reader.getJob(signal);
    let done = 0;
    while (!signal.aborted) {
      const steps = this.wantedSteps(job);
      if (done < steps.length) {
        job = await this.readStep(steps[done]!.name, job, signal, pollMs);
        done += 1;
        continue;
      }
      // The wanted step has not started yet, or the job may still add steps.
      if (isJobFinished(job.summary.status) || (this.options.step && done > 0)) return;
      this.emitter.setState({ kind: 'live', mode: 'polling' });
      await pause(pollMs, signal);
      if (!signal.aborted) job = await this.options.reader.getJob(signal);
    }
  }

  private wantedSteps(job: HostingJob): HostingStep[] {
    return this.options.step ? job.steps.filter((step) => step.name === this.options.step) : job.steps;
  }

  /** Reads one step's log to its end (following it while it runs); answers the newest GetJob. */
  private async readStep(name: string, job: HostingJob, signal: AbortSignal, pollMs: number): Promise<HostingJob> {
    const stepOf = (current: HostingJob) => current.steps.find((step) => step.name === name);
    let step = stepOf(job);
    const lines = new BuildLogLineReader(
      { logGroup: this.logGroups[0]!, step: name, idPrefix: `${this.options.branchName}#${this.options.jobId}/${name}` },
      step?.startTime?.getTime() ?? 0,
    );
    const splitter = new LineSplitter();
    let offset = 0;
    let renewals = 0;
    for (;;) {
      if (signal.aborted) return job;
      const finished = step ? isJobFinished(step.status) : true;
      if (step?.logUrl) {
        let chunk: StepLogChunk;
        try {
          chunk = await this.options.reader.readStepLog(step.logUrl, offset, signal);
          renewals = 0;
        } catch (error) {
          if (!isStepLogUrlExpired(error) || renewals >= MAX_URL_RENEWALS) throw error;
          // Presigned URLs expire: GetJob signs a new one for the same log; read on from the same byte.
          renewals += 1;
          this.urlRenewals += 1;
          job = await this.options.reader.getJob(signal);
          step = stepOf(job);
          continue;
        }
        offset = chunk.nextByte;
        this.deliver(lines.read(splitter.push(chunk.text)));
        if (chunk.truncated) continue;
      }
      if (finished) {
        this.deliver(lines.read(splitter.flush()));
        return job;
      }
      this.emitter.setState({ kind: 'live', mode: 'polling' });
      await pause(pollMs, signal);
      if (signal.aborted) return job;
      job = await this.options.reader.getJob(signal);
      step = stepOf(job);
    }
  }

  private deliver(events: LogEvent[]): void {
    if (events.length === 0) return;
    this.count += events.length;
    this.emitter.events(events);
  }
}
