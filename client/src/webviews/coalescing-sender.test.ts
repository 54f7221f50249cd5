import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoalescingSender } from './coalescing-sender';

describe('CoalescingSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first change at once and folds a burst into one trailing send', () => {
    const send = vi.fn();
    const sender = new CoalescingSender(send, 100);
    sender.request();
    expect(send).toHaveBeenCalledTimes(1);
    for (let index = 0; index < 50; index++) sender.request();
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing after dispose', () => {
    const send = vi.fn();
    const sender = new CoalescingSender(send, 100);
    sender.request();
    sender.request();
    sender.dispose();
    vi.advanceTimersByTime(500);
    sender.request();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
