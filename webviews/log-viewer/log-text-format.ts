/** Timestamps in local time or UTC, and lines as text or JSON Lines for copy and export. */
import type { LogTimeZone } from 'amplify-lens-model/panels';
import type { ParsedLine } from './log-line-types';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `14:03:07.123` in the chosen zone. */
export function formatTime(timestamp: number, zone: LogTimeZone): string {
  const date = new Date(timestamp);
  if (zone === 'utc')
    return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** `2024-05-01 14:03:07.123 UTC` or the same in local time with its offset: the tooltip and the export. */
export function formatDateTime(timestamp: number, zone: LogTimeZone): string {
  const date = new Date(timestamp);
  if (zone === 'utc')
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${formatTime(timestamp, zone)} UTC`;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zoneText = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${formatTime(timestamp, zone)} ${zoneText}`;
}

/** One line per event: time, then the message as CloudWatch has it (continuation lines kept). */
export function linesAsText(lines: readonly ParsedLine[], zone: LogTimeZone): string {
  return lines.map((line) => `${formatDateTime(line.event.timestamp, zone)}  ${line.event.message.trimEnd()}`).join('\n');
}

/** One JSON object per event, the event's own fields: what `aws logs filter-log-events` users expect. */
export function linesAsJsonLines(lines: readonly ParsedLine[]): string {
  return lines
    .map(({ event }) =>
      JSON.stringify({
        timestamp: new Date(event.timestamp).toISOString(),
        logGroup: event.logGroup,
        logStream: event.logStream,
        id: event.id,
        message: event.message,
      }),
    )
    .join('\n');
}
