import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../aws/logs-types';
import { LogEventBatcher, type LogEventBatch } from './log-event-batcher';

const event = (n: number, message = `line ${n}`): LogEvent => ({
  id: `e${n}`,
  timestamp: n,
  logGroup: '/aws/lambda/fn-dev',
  logStream: 's',
  message,
});
const events = (from: number, count: number) => Array.from({ length: count }, (_, index) => event(from + index));

/** A batcher on a hand-driven clock: `tick()` runs the pending timer. */
function setup(options: { maxEvents?: number; maxChars?: number } = {}) {
  const sent: LogEventBatch[] = [];
  const timers: (() => void)[] = [];
  const batcher = new LogEventBatcher({
    send: (batch) => sent.push(batch),
    maxEvents: () => options.maxEvents ?? 1000,
    maxChars: options.maxChars,
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => timers.splice(0),
  });
  const tick = () => timers.splice(0).forEach((callback) => callback());
  return { batcher, sent, tick, timers };
}

describe('LogEventBatcher', () => {
  it('coalesces every event of an interval into one message, in order', () => {
    const { batcher, sent, tick } = setup();
    batcher.setReady(true);
    batcher.add(events(0, 3));
    batcher.add(events(3, 4));
    expect(sent).toEqual([]);
    tick();
    expect(sent).toHaveLength(1);
    expect(sent[0].events.map((each) => each.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(sent[0].dropped).toBe(0);
    tick();
    expect(sent).toHaveLength(1);
  });

  it('holds events until the panel is ready', () => {
    const { batcher, sent, tick, timers } = setup();
    batcher.add(events(0, 5));
    expect(timers).toHaveLength(0);
    batcher.setReady(true);
    tick();
    expect(sent[0].events).toHaveLength(5);
  });

  it('drops the oldest events beyond the buffer size and says how many', () => {
    const { batcher, sent, tick } = setup({ maxEvents: 100 });
    batcher.setReady(true);
    for (let chunk = 0; chunk < 30; chunk++) batcher.add(events(chunk * 100, 100));
    tick();
    expect(sent[0].events).toHaveLength(100);
    expect(sent[0].events[0].id).toBe('e2900');
    expect(sent[0].events.at(-1)?.id).toBe('e2999');
    expect(sent[0].dropped).toBe(2900);
    batcher.add(events(3000, 1));
    tick();
    expect(sent[1]).toEqual({ events: [event(3000)], dropped: 0 });
  });

  it('caps a batch by size and sends the rest on the next ticks', () => {
    const { batcher, sent, tick } = setup({ maxChars: 2000 });
    batcher.setReady(true);
    batcher.add(Array.from({ length: 10 }, (_, index) => event(index, 'x'.repeat(380))));
    tick();
    expect(sent[0].events).toHaveLength(4);
    tick();
    tick();
    expect(sent.map((batch) => batch.events.length)).toEqual([4, 4, 2]);
    expect(sent.flatMap((batch) => batch.events.map((each) => each.id))).toEqual(events(0, 10).map((each) => each.id));
  });

  it('sends an event larger than the cap on its own', () => {
    const { batcher, sent, tick } = setup({ maxChars: 100 });
    batcher.setReady(true);
    batcher.add([event(0, 'y'.repeat(500)), event(1)]);
    tick();
    tick();
    expect(sent.map((batch) => batch.events.map((each) => each.id))).toEqual([['e0'], ['e1']]);
  });

  it('sends nothing after dispose', () => {
    const { batcher, sent, tick } = setup();
    batcher.setReady(true);
    batcher.add(events(0, 2));
    batcher.dispose();
    tick();
    batcher.add(events(2, 2));
    tick();
    expect(sent).toEqual([]);
    expect(batcher.pendingCount).toBe(0);
  });
});
