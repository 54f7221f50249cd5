/**
 * "Refresh on demand, after a deploy, and on a quiet interval while visible, never on a timer when
 * hidden." One timeout, due an interval after the last refresh, exists only while a Lens view is
 * visible and the window has focus. A view shown with stale data refreshes at once; a refresh made
 * by hand (or after a deploy) pushes the next one back. Interval 0 turns the timer off, but the
 * first load still happens when a view is first shown, since activation itself never calls AWS.
 * No `vscode` here: visibility and focus are fed in, the clock is injected.
 */

export interface RefresherClock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: RefresherClock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface VisibleIntervalRefresherOptions {
  intervalSeconds: number;
  visible?: boolean;
  focused?: boolean;
  clock?: RefresherClock;
}

export class VisibleIntervalRefresher {
  private intervalMs: number;
  private visible: boolean;
  private focused: boolean;
  private readonly clock: RefresherClock;
  private timer: unknown;
  private lastRefreshAt: number | undefined;
  private inFlight = false;
  private disposed = false;

  constructor(
    private readonly refresh: () => Promise<void> | void,
    options: VisibleIntervalRefresherOptions,
  ) {
    this.intervalMs = toIntervalMs(options.intervalSeconds);
    this.visible = options.visible ?? false;
    this.focused = options.focused ?? true;
    this.clock = options.clock ?? systemClock;
    this.schedule();
  }

  /** True while a timeout is pending. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.schedule();
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.schedule();
  }

  setIntervalSeconds(seconds: number): void {
    this.intervalMs = toIntervalMs(seconds);
    this.schedule();
  }

  /** A refresh happened elsewhere (on demand, after a deploy): the next timed one waits a full interval. */
  noteRefreshed(): void {
    this.lastRefreshAt = this.clock.now();
    if (!this.inFlight) this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private schedule(): void {
    this.cancel();
    if (this.disposed || this.inFlight || !this.visible || !this.focused) return;
    const neverLoaded = this.lastRefreshAt === undefined;
    if (this.intervalMs === 0 && !neverLoaded) return;
    const dueAt = neverLoaded ? this.clock.now() : this.lastRefreshAt! + this.intervalMs;
    const delay = Math.max(0, dueAt - this.clock.now());
    this.timer = this.clock.setTimeout(() => void this.fire(), delay);
  }

  private cancel(): void {
    if (this.timer === undefined) return;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    this.inFlight = true;
    try {
      await this.refresh();
    } catch {
      // The source reports load problems in its snapshot; a rejected refresh must not stop the timer.
    } finally {
      this.inFlight = false;
      this.lastRefreshAt = this.clock.now();
      this.schedule();
    }
  }
}

/** Below this a "quiet" interval would poll CloudFormation hard enough to get throttled. */
export const MIN_INTERVAL_SECONDS = 10;

function toIntervalMs(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.round(Math.max(seconds, MIN_INTERVAL_SECONDS) * 1000);
}
