/**
 * The log viewer's settings as the panel needs them, whatever the user typed in settings.json.
 * The default buffer of 10,000 events matches the AWS Toolkit's `aws.cwl.limit` that users know,
 * holds minutes of a busy function, and costs the panel a few megabytes.
 */
import type { LogTimeZone, LogViewerSettings } from 'amplify-lens-model/panels';

export const LOG_BUFFER_DEFAULT = 10_000;
export const LOG_BUFFER_MIN = 1_000;
export const LOG_BUFFER_MAX = 200_000;

export function normalizeLogViewerSettings(bufferSize: unknown, timeZone: unknown): LogViewerSettings {
  const size = typeof bufferSize === 'number' && Number.isFinite(bufferSize) ? Math.round(bufferSize) : LOG_BUFFER_DEFAULT;
  const zone: LogTimeZone = timeZone === 'utc' ? 'utc' : 'local';
  return { bufferSize: Math.min(LOG_BUFFER_MAX, Math.max(LOG_BUFFER_MIN, size)), timeZone: zone };
}
