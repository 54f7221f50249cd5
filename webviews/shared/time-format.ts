/** Durations and clock times as the panels print them. */

/** `42s`, `3m 05s`, `1h 02m`: short enough for a column, exact enough to compare rows. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** `+1m 05s` from the deploy's start. */
export function formatOffset(milliseconds: number): string {
  return `+${formatDuration(milliseconds)}`;
}

/** An axis label: `+1m` rather than `+1m 00s` on round values. */
export function formatTick(milliseconds: number): string {
  return formatOffset(milliseconds).replace(/ 00[sm]$/, '');
}

/** `2024-05-01 14:03:07 UTC`: unambiguous whatever the reader's locale. */
export function formatUtc(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
