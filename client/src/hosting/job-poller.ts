/**
 * Polls running jobs: while the Hosting view shows, every running job of the branches on screen;
 * while it is hidden, only the watched ones (started here, or the current branch's push) — and
 * nothing at all when nothing runs. One timeout at a time, due an interval after the last poll
 * ended. No `vscode` here: visibility is fed in, the clock injected.
 */
import { systemClock, type RefresherClock } from '../views/visible-interval-refresher';

export interface JobPollerOptions {
  intervalMs: number;
  visible?: boolean;
  clock?: RefresherClock;
}

export class JobPoller {
  private visible: boolean;
  private readonly clock: RefresherClock;
  private timer: unknown;
  private inFlight = false;
  private disposed = false;

  constructor(
    private readonly poll: (visible: boolean) => Promise<unknown>,
    private readonly hasWork: (visible: boolean) => boolean,
    private readonly options: JobPollerOptions,
  ) {
    this.visible = options.visible ?? false;
    this.clock = options.clock ?? systemClock;
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.nudge();
  }

  /** Something changed (a refresh, a job started): poll in an interval if there is work. */
  nudge(): void {
    if (this.disposed || this.inFlight || this.timer !== undefined || !this.hasWork(this.visible)) return;
    this.timer = this.clock.setTimeout(() => void this.fire(), this.options.intervalMs);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    this.inFlight = true;
    try {
      await this.poll(this.visible);
    } catch {
      // A failed poll shows on the branch; the next one tries again.
    } finally {
      this.inFlight = false;
      this.nudge();
    }
  }
}
