import { describe, expect, it } from 'vitest';
import { parseTimeRange } from './log-time-range';

const NOW = Date.UTC(2026, 4, 14, 12, 0, 0);

describe('parseTimeRange', () => {
  it('reads durations back from now', () => {
    expect(parseTimeRange('30m', NOW)).toEqual({ start: NOW - 30 * 60_000, end: NOW });
    expect(parseTimeRange(' 2h ', NOW)).toEqual({ start: NOW - 7_200_000, end: NOW });
    expect(parseTimeRange('7d', NOW)).toEqual({ start: NOW - 7 * 86_400_000, end: NOW });
  });

  it('reads two dates with a zone, in either separator', () => {
    const range = { start: Date.UTC(2026, 4, 14, 9, 0), end: Date.UTC(2026, 4, 14, 10, 0) };
    expect(parseTimeRange('2026-05-14T09:00Z to 2026-05-14T10:00Z', NOW)).toEqual(range);
    expect(parseTimeRange('2026-05-14 09:00Z .. 2026-05-14 10:00Z', NOW)).toEqual(range);
  });

  it('explains what is wrong otherwise', () => {
    expect(parseTimeRange('yesterday', NOW)).toMatch(/duration like 30m/);
    expect(parseTimeRange('2026-05-14T10:00Z to 2026-05-14T09:00Z', NOW)).toMatch(/start before it ends/);
    expect(parseTimeRange('0m', NOW)).toMatch(/more than zero/);
  });
});
