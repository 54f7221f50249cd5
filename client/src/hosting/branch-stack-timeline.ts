/**
 * The backend part of a Gen 2 build as a deploy timeline: `ampx pipeline-deploy` inside the build
 * updates the branch stack, and Lens follows that stack's CloudFormation events the way it follows
 * a deploy it runs itself (the same model and follower), from the build's start until the stack is
 * at rest. A build that changed nothing shows the stack's latest operation instead. Nothing here
 * can be cancelled: the build runs in Amplify Hosting, where Stop Job stops it.
 */
import type { DeployTimelineSnapshot } from 'amplify-lens-model/panels';
import type { StackEvent, Stack } from '../aws/aws-types';
import type { StackEventsQuery } from '../aws/cloudformation-gateway';
import { DeployTimelineModel } from '../deploy/deploy-timeline-model';
import type { DeployTimelineSource } from '../deploy/deploy-timeline-source';
import { StackEventsFollower } from '../deploy/stack-events-follower';
import { latestDeployStart } from '../environments/deploy-events';

export interface BranchStackReader {
  describeStack(nameOrId: string, signal?: AbortSignal): Promise<Stack | undefined>;
  describeStackEvents(nameOrId: string, query?: StackEventsQuery, signal?: AbortSignal): Promise<StackEvent[]>;
}

export interface BranchStackTimelineOptions {
  reader: BranchStackReader;
  appId: string;
  branchName: string;
  stackName: string;
  stackArn: string;
  jobId: string;
  /** When the build started; its backend deploy comes after. */
  buildStartedAt: Date;
  /** The build still runs: its backend deploy may not have begun yet, so the timeline waits for it. */
  buildActive: boolean;
  activeIntervalMs?: number;
  quietIntervalMs?: number;
}

/** A local clock behind AWS's by this much still sees the build's first events. */
const CLOCK_SKEW_MS = 5_000;
/** Following stops after this long whatever happens: a stuck stack is not polled forever. */
const MAX_FOLLOW_MS = 2 * 3_600_000;

export class BranchStackTimeline implements DeployTimelineSource {
  readonly deployId: string;
  private model: DeployTimelineModel;
  private follower?: StackEventsFollower;
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();
  private giveUp?: NodeJS.Timeout;

  constructor(private readonly options: BranchStackTimelineOptions) {
    this.deployId = `hosting:${options.appId}:${options.branchName}:${options.jobId}`;
    this.model = this.modelFrom(options.buildStartedAt.getTime() - CLOCK_SKEW_MS);
  }

  snapshot(): DeployTimelineSnapshot {
    return this.model.snapshot();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  isRunning(): boolean {
    return false;
  }

  cancel(): void {
    // The build's backend deploy belongs to Amplify Hosting: Stop Job on the job row stops it.
  }

  /** Reads what happened so far, then follows the stack until it is at rest. */
  async start(): Promise<void> {
    const since = this.options.buildStartedAt.getTime() - CLOCK_SKEW_MS;
    await this.follow(since, this.options.buildActive);
    if (this.model.cloudPhase() === 'starting' && !this.options.buildActive) {
      // Nothing in the stack since the build began (no backend change, or not yet): show the latest operation.
      const stack = await this.options.reader.describeStack(this.options.stackArn, this.controller.signal).catch(() => undefined);
      if (stack && latestDeployStart(stack).getTime() < since) {
        this.model = this.modelFrom(latestDeployStart(stack).getTime() - CLOCK_SKEW_MS);
        await this.follow(latestDeployStart(stack).getTime() - CLOCK_SKEW_MS, false);
      }
    }
    this.giveUp = setTimeout(() => this.dispose(), MAX_FOLLOW_MS);
    this.giveUp.unref?.();
  }

  dispose(): void {
    clearTimeout(this.giveUp);
    this.follower?.stop();
    this.controller.abort();
  }

  private modelFrom(startedAt: number): DeployTimelineModel {
    const { branchName, appId, stackName, stackArn, jobId } = this.options;
    const model = new DeployTimelineModel({
      deployId: this.deployId,
      envName: `${branchName} (Amplify build #${jobId})`,
      command: `npx ampx pipeline-deploy --branch ${branchName} --app-id ${appId}`,
      startedAt,
    });
    model.setRoot(stackName, stackArn);
    return model;
  }

  private async follow(since: number, waitForStart: boolean): Promise<void> {
    this.follower?.stop();
    const model = this.model;
    const follower = new StackEventsFollower(
      {
        reader: this.options.reader,
        stacks: () => model.activeStackIds(),
        onEvents: (events) => {
          if (!model.ingest(events)) return;
          const phase = model.cloudPhase();
          if (phase !== 'in-progress' && phase !== 'starting') {
            model.finish(phase, Math.max(...events.map((event) => event.timestamp.getTime())));
            follower.stop();
          }
          this.changed();
        },
        since: new Date(since),
        activeIntervalMs: this.options.activeIntervalMs,
        quietIntervalMs: this.options.quietIntervalMs,
      },
      this.controller.signal,
    );
    this.follower = follower;
    await follower.poll().catch(() => undefined);
    this.changed();
    if (!follower.stopped && (waitForStart || model.cloudPhase() !== 'starting')) follower.start();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
