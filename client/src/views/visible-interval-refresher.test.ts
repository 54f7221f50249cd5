import { describe, expect, it } from 'vitest';
import { type RefresherClock, VisibleIntervalRefresher } from './visible-interval-refresher';

/** A clock whose time only moves when the test says so. */
class FakeClock implements RefresherClock {
  private time = 0;
  private nextHandle = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, delayMs: number): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, { at: this.time + delayMs, callback });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  get timers(): number {
    return this.pending.size;
  }
  /** Moves time forward, running due callbacks in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
      await settle();
    }
    this.time = end;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function setup(options: { intervalSeconds?: number; visible?: boolean; focused?: boolean } = {}) {
  const clock = new FakeClock();
  const refreshes: number[] = [];
  const refresher = new VisibleIntervalRefresher(
    () => {
      refreshes.push(clock.now());
    },
    { intervalSeconds: options.intervalSeconds ?? 60, visible: options.visible, focused: options.focused, clock },
  );
  return { clock, refresher, refreshes };
}

describe('VisibleIntervalRefresher', () => {
  it('never runs a timer while the views are hidden', async () => {
    const { clock, refresher, refreshes } = setup({ visible: false });
    await clock.advance(10 * 60_000);
    expect(refreshes).toEqual([]);
    expect(refresher.scheduled).toBe(false);
  });

  it('loads at once when first shown, then every interval while visible', async () => {
    const { clock, refresher, refreshes } = setup();
    await clock.advance(5000);
    refresher.setVisible(true);
    await clock.advance(0);
    expect(refreshes).toEqual([5000]);
    await clock.advance(150_000);
    expect(refreshes).toEqual([5000, 65_000, 125_000]);
  });

  it('stops when hidden and, shown again with stale data, refreshes at once', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    refresher.setVisible(false);
    expect(refresher.scheduled).toBe(false);
    await clock.advance(300_000);
    expect(refreshes).toEqual([0]);
    refresher.setVisible(true);
    await clock.advance(0);
    expect(refreshes).toEqual([0, 300_000]);
  });

  it('shown again with fresh data, waits for the rest of the interval', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    refresher.setVisible(false);
    await clock.advance(20_000);
    refresher.setVisible(true);
    await clock.advance(39_999);
    expect(refreshes).toEqual([0]);
    await clock.advance(1);
    expect(refreshes).toEqual([0, 60_000]);
  });

  it('pauses while the window has no focus', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    refresher.setFocused(false);
    await clock.advance(600_000);
    expect(refreshes).toEqual([0]);
    refresher.setFocused(true);
    await clock.advance(0);
    expect(refreshes).toEqual([0, 600_000]);
  });

  it('does not load when shown in an unfocused window until focus returns', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true, focused: false });
    await clock.advance(1000);
    expect(refreshes).toEqual([]);
    refresher.setFocused(true);
    await clock.advance(0);
    expect(refreshes).toEqual([1000]);
  });

  it('waits a full interval after a refresh made on demand or after a deploy', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    await clock.advance(50_000);
    refresher.noteRefreshed();
    await clock.advance(59_999);
    expect(refreshes).toEqual([0]);
    await clock.advance(1);
    expect(refreshes).toEqual([0, 110_000]);
  });

  it('with interval 0 only loads once, when first shown', async () => {
    const { clock, refresher, refreshes } = setup({ intervalSeconds: 0, visible: true });
    await clock.advance(600_000);
    expect(refreshes).toEqual([0]);
    expect(refresher.scheduled).toBe(false);
    refresher.setVisible(false);
    refresher.setVisible(true);
    await clock.advance(600_000);
    expect(refreshes).toEqual([0]);
  });

  it('follows a changed interval at once, and turning it off stops the timer', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    refresher.setIntervalSeconds(30);
    await clock.advance(30_000);
    expect(refreshes).toEqual([0, 30_000]);
    refresher.setIntervalSeconds(0);
    expect(refresher.scheduled).toBe(false);
    await clock.advance(600_000);
    expect(refreshes).toEqual([0, 30_000]);
  });

  it('keeps a quiet minimum interval', async () => {
    const { clock, refreshes } = setup({ intervalSeconds: 1, visible: true });
    await clock.advance(25_000);
    expect(refreshes).toEqual([0, 10_000, 20_000]);
  });

  it('never overlaps a slow refresh and counts the interval from its end', async () => {
    const clock = new FakeClock();
    const started: number[] = [];
    let finish: (() => void) | undefined;
    const refresher = new VisibleIntervalRefresher(
      () => {
        started.push(clock.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      { intervalSeconds: 60, visible: true, clock },
    );
    await clock.advance(0);
    refresher.setVisible(false);
    refresher.setVisible(true);
    refresher.noteRefreshed();
    await clock.advance(200_000);
    expect(started).toEqual([0]);
    expect(refresher.scheduled).toBe(false);
    finish!();
    await settle();
    await clock.advance(60_000);
    expect(started).toEqual([0, 260_000]);
  });

  it('keeps going after a refresh that failed', async () => {
    const clock = new FakeClock();
    let calls = 0;
    new VisibleIntervalRefresher(
      () => {
        calls++;
        return Promise.reject(new Error('network'));
      },
      { intervalSeconds: 60, visible: true, clock },
    );
    await clock.advance(120_000);
    expect(calls).toBe(3);
  });

  it('stops for good when disposed', async () => {
    const { clock, refresher, refreshes } = setup({ visible: true });
    await clock.advance(0);
    refresher.dispose();
    refresher.setVisible(true);
    refresher.setFocused(true);
    expect(clock.timers).toBe(0);
    await clock.advance(600_000);
    expect(refreshes).toEqual([0]);
  });
});
