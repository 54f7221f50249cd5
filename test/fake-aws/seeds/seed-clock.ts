/**
 * Time for seeded histories: starts at a fixed instant and moves forward a few seconds per reading,
 * so seeded events have distinct, plausible timestamps that are the same on every run.
 */
export class SeedClock {
  private current: number;

  constructor(
    start: Date = new Date(Date.UTC(2024, 4, 14, 9, 30, 0)),
    private readonly stepMs = 1_700,
  ) {
    this.current = start.getTime();
  }

  /** The time the next reading will return, without moving the clock. */
  peek(): Date {
    return new Date(this.current);
  }

  next(): Date {
    const reading = new Date(this.current);
    this.current += this.stepMs;
    return reading;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
