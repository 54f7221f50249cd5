import type { FakeLogEvent } from './fake-logs-state';
import { LogsJsonError } from './logs-json-error';

/** One row of GetQueryResults: fields in the order the query names them, then `@ptr`. */
export type InsightsRow = { field: string; value: string }[];

/**
 * A CloudWatch Logs Insights subset, enough for Lens's queries: `fields a, b`, `filter @message like
 * /regex/` or `like "text"` (also `not like`), `sort @timestamp asc|desc` and `limit n`, joined by
 * `|`. Other commands (stats, parse, dedup, …) are refused with MalformedQueryException. Fields are
 * `@timestamp`, `@message`, `@logStream`, `@log` and `@ingestionTime`; timestamps print as the service
 * prints them (`2026-05-14 09:31:00.000`).
 */
export function runInsightsQuery(events: readonly FakeLogEvent[], queryString: string, accountId: string, limit = 1000): InsightsRow[] {
  let fields = ['@timestamp', '@message'];
  let rows = [...events];
  let descending = true;
  let max = limit;
  for (const command of queryString
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [verb] = command.split(/\s+/, 1);
    const rest = command.slice(verb.length).trim();
    if (verb === 'fields') fields = rest.split(',').map((field) => field.trim());
    else if (verb === 'filter') rows = rows.filter(compileFilter(rest));
    else if (verb === 'sort') descending = parseSort(rest);
    else if (verb === 'limit') max = Math.min(max, parseLimit(rest));
    else throw malformed(`The fake does not support the ${verb} command`);
  }
  rows.sort((a, b) => (descending ? b.timestamp - a.timestamp : a.timestamp - b.timestamp));
  return rows
    .slice(0, max)
    .map((event) => [
      ...fields.map((field) => ({ field, value: fieldValue(event, field, accountId) })),
      { field: '@ptr', value: Buffer.from(event.eventId).toString('base64') },
    ]);
}

function compileFilter(expression: string): (event: FakeLogEvent) => boolean {
  const match = /^(@\w+)\s+(not\s+)?like\s+(?:\/(.*)\/|"(.*)")$/.exec(expression);
  if (!match || match[1] !== '@message') throw malformed(`Unsupported filter: ${expression}`);
  const negate = Boolean(match[2]);
  const regex = match[3] !== undefined ? new RegExp(match[3]) : undefined;
  const text = match[4];
  return (event) => {
    const hit = regex ? regex.test(event.message) : event.message.includes(text ?? '');
    return negate ? !hit : hit;
  };
}

function parseSort(expression: string): boolean {
  const match = /^@timestamp(?:\s+(asc|desc))?$/.exec(expression);
  if (!match) throw malformed(`Unsupported sort: ${expression}`);
  return match[1] !== 'asc';
}

function parseLimit(expression: string): number {
  const value = Number(expression);
  if (!Number.isInteger(value) || value < 1 || value > 10_000) throw malformed(`Invalid limit: ${expression}`);
  return value;
}

function fieldValue(event: FakeLogEvent, field: string, accountId: string): string {
  switch (field) {
    case '@timestamp':
      return insightsTime(event.timestamp);
    case '@ingestionTime':
      return insightsTime(event.ingestionTime);
    case '@message':
      return event.message;
    case '@logStream':
      return event.logStreamName;
    case '@log':
      return `${accountId}:${event.logGroupName}`;
    default:
      throw malformed(`The fake does not know the field ${field}`);
  }
}

function insightsTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function malformed(message: string): LogsJsonError {
  return new LogsJsonError('MalformedQueryException', message);
}
