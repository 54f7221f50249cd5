/**
 * Small text helpers shared by the views: Markdown escaping for tooltips (stack names, reasons and
 * profile names come from outside and must not turn into links or formatting), readable times and
 * CloudFormation statuses.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/** Escapes text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

/** A code span that survives backticks inside the text (CommonMark: a longer fence around it). */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Joins tooltip lines with Markdown hard breaks, dropping the empty ones. */
export function markdownLines(lines: readonly (string | undefined | false)[]): string {
  return lines.filter((line): line is string => typeof line === 'string' && line.length > 0).join('  \n');
}

const UNITS: readonly [limitSeconds: number, seconds: number, name: string][] = [
  [60, 1, 'second'],
  [3600, 60, 'minute'],
  [86_400, 3600, 'hour'],
  [30 * 86_400, 86_400, 'day'],
  [365 * 86_400, 30 * 86_400, 'month'],
  [Number.POSITIVE_INFINITY, 365 * 86_400, 'year'],
];

/** "just now", "5 minutes ago", "2 days ago"; future times (clock skew) read as "just now". */
export function relativeTime(then: Date, now: Date): string {
  const elapsed = Math.floor((now.getTime() - then.getTime()) / 1000);
  if (elapsed < 45) return 'just now';
  for (const [limit, unit, name] of UNITS) {
    if (elapsed < limit) {
      const count = Math.max(1, Math.floor(elapsed / unit));
      return `${count} ${name}${count === 1 ? '' : 's'} ago`;
    }
  }
  return 'long ago';
}

/** `2024-05-01 14:03 UTC`: unambiguous whatever the reader's locale. */
export function utcTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `UPDATE_ROLLBACK_COMPLETE` → `update rollback complete`. */
export function humanizeStackStatus(status: string): string {
  return status.toLowerCase().replace(/_/g, ' ');
}
