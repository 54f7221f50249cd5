import type { FakeStackEvent } from '../cloudformation-model';
import type { FakeCloudFormationState } from '../fake-cloudformation-state';
import type { DeployStep } from './deploy-scenario-plan';

/**
 * A scenario played over time: one step every `stepMs`, the events it wrote kept in order so a fake
 * CLI can print them as the real one prints what it reads from DescribeStackEvents.
 */
export class DeployScenarioRun {
  readonly events: FakeStackEvent[] = [];
  done = false;
  error?: string;
  private timer?: NodeJS.Timeout;
  private next = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly rootStackName: string,
    private readonly state: FakeCloudFormationState,
    private readonly steps: DeployStep[],
    private readonly stepMs: number,
  ) {}

  start(): this {
    this.schedule();
    return this;
  }

  /** Settles when every step ran (or the run stopped). */
  finished(): Promise<void> {
    return this.done ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.finish();
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.tick(), this.stepMs);
  }

  private tick(): void {
    const step = this.steps[this.next++];
    if (!step) return this.finish();
    try {
      this.events.push(...step(this.state));
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return this.finish();
    }
    if (this.next >= this.steps.length) return this.finish();
    this.schedule();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
