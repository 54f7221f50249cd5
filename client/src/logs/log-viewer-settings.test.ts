import { describe, expect, it } from 'vitest';
import { LOG_BUFFER_DEFAULT, LOG_BUFFER_MAX, LOG_BUFFER_MIN, normalizeLogViewerSettings } from './log-viewer-settings';

describe('normalizeLogViewerSettings', () => {
  it('keeps valid values', () => {
    expect(normalizeLogViewerSettings(25_000, 'utc')).toEqual({ bufferSize: 25_000, timeZone: 'utc' });
  });

  it('falls back to the defaults and clamps the buffer size', () => {
    expect(normalizeLogViewerSettings(undefined, undefined)).toEqual({ bufferSize: LOG_BUFFER_DEFAULT, timeZone: 'local' });
    expect(normalizeLogViewerSettings('big', 'Mars')).toEqual({ bufferSize: LOG_BUFFER_DEFAULT, timeZone: 'local' });
    expect(normalizeLogViewerSettings(5, 'local').bufferSize).toBe(LOG_BUFFER_MIN);
    expect(normalizeLogViewerSettings(1e9, 'local').bufferSize).toBe(LOG_BUFFER_MAX);
    expect(normalizeLogViewerSettings(12_345.6, 'local').bufferSize).toBe(12_346);
  });
});
