/** A search's time range, ms since the epoch, both ends inclusive. */
export interface TimeRange {
  start: number;
  end: number;
}

export interface TimeRangePreset {
  label: string;
  durationMs: number;
}

export const TIME_RANGE_PRESETS: readonly TimeRangePreset[] = [
  { label: 'Last 15 minutes', durationMs: 15 * 60_000 },
  { label: 'Last hour', durationMs: 3_600_000 },
  { label: 'Last 24 hours', durationMs: 86_400_000 },
];

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * A custom range as typed: a duration back from now (`30m`, `2h`, `7d`, `1w`), or two dates
 * separated by ` - ` / ` to ` / `..` (ISO, `2026-05-14 09:00`; read as local time when they name no zone).
 * Returns an error message for anything else.
 */
export function parseTimeRange(text: string, now: number): TimeRange | string {
  const input = text.trim();
  const duration = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(input);
  if (duration) {
    const ms = Number(duration[1]) * UNIT_MS[duration[2].toLowerCase()];
    return ms > 0 ? { start: now - ms, end: now } : 'The duration must be more than zero';
  }
  const parts = input.split(/\s+(?:-|–|to)\s+|\s*\.\.\s*/);
  if (parts.length !== 2) return 'Type a duration like 30m, 2h or 7d, or two dates like 2026-05-14 09:00 to 2026-05-14 10:00';
  const [start, end] = parts.map((part) => Date.parse(part.trim().replace(' ', 'T')));
  if (Number.isNaN(start) || Number.isNaN(end)) return 'One of the dates is not a date (try 2026-05-14 09:00)';
  if (start >= end) return 'The range must start before it ends';
  return { start, end };
}
