import { describe, expect, it } from 'vitest';
import { escapeMarkdown, humanizeStackStatus, inlineCode, relativeTime, utcTimestamp } from './display-format';

describe('display format', () => {
  it('escapes Markdown so outside text cannot become links or formatting', () => {
    expect(escapeMarkdown('[click](command:x) *bold* _it_ <b>')).toBe('\\[click\\]\\(command:x\\) \\*bold\\* \\_it\\_ \\<b\\>');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });

  it('fences code spans longer than the backticks inside', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`edge')).toBe('`` `edge ``');
  });

  it.each([
    [10, 'just now'],
    [50, '50 seconds ago'],
    [60, '1 minute ago'],
    [3 * 3600, '3 hours ago'],
    [86_400, '1 day ago'],
    [45 * 86_400, '1 month ago'],
    [800 * 86_400, '2 years ago'],
    [-600, 'just now'],
  ])('%i seconds reads %s', (seconds, text) => {
    const now = new Date('2024-05-01T12:00:00Z');
    expect(relativeTime(new Date(now.getTime() - seconds * 1000), now)).toBe(text);
  });

  it('writes absolute times in UTC and statuses in words', () => {
    expect(utcTimestamp(new Date('2024-05-01T09:03:59Z'))).toBe('2024-05-01 09:03 UTC');
    expect(humanizeStackStatus('UPDATE_ROLLBACK_COMPLETE')).toBe('update rollback complete');
  });
});
