import { describe, expect, it } from 'vitest';
import type { RefresherClock } from '../views/visible-interval-refresher';
import { JobPoller } from './job-poller';

function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const clock: RefresherClock = {
    now: () => now,
    setTimeout: (callback, delay) => (timers.set(next, { at: now + delay, callback }), next++),
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.callback();
    }
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, advance, pending: () => timers.size };
}

describe('JobPoller', () => {
  it('polls every running job while visible, only watched ones while hidden, nothing when idle', async () => {
    const { clock, advance, pending } = manualClock();
    const polls: boolean[] = [];
    let running = 2;
    let watched = 1;
    const poller = new JobPoller(
      async (visible) => {
        polls.push(visible);
        running -= 1;
        watched = Math.min(watched, running);
      },
      (visible) => (visible ? running : watched) > 0,
      { intervalMs: 4_000, clock },
    );
    poller.nudge();
    expect(pending()).toBe(1);
    await advance(4_000);
    expect(polls).toEqual([false]);
    expect(pending()).toBe(1);
    poller.setVisible(true);
    await advance(4_000);
    expect(polls).toEqual([false, true]);
    expect([running, pending()]).toEqual([0, 0]);
    poller.dispose();
  });

  it('does not poll when hidden and nothing is watched', () => {
    const { clock, pending } = manualClock();
    const poller = new JobPoller(
      async () => undefined,
      (visible) => visible,
      { intervalMs: 4_000, clock },
    );
    poller.nudge();
    expect(pending()).toBe(0);
    poller.setVisible(true);
    expect(pending()).toBe(1);
    poller.dispose();
    expect(poller.scheduled).toBe(false);
  });
});
