/**
 * At most one send per interval: a deploy changes many times a second while the panel needs only
 * the latest state. The first change sends at once, the rest of a burst folds into one trailing send.
 */
export class CoalescingSender {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private disposed = false;

  constructor(
    private readonly send: () => void,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Something changed: send now, or once the interval since the last send is over. */
  request(): void {
    if (this.disposed || this.timer !== undefined) return;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    if (this.disposed) return;
    this.lastSentAt = this.now();
    this.send();
  }
}
