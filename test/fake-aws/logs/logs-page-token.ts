import { invalidParameter } from './logs-json-error';

/**
 * nextToken pagination: opaque tokens bound to the listing that issued them, holding the offset of
 * the next page. A token given to another listing is refused as the service refuses it.
 */
export interface LogsPage<T> {
  items: T[];
  nextToken?: string;
}

export function paginateLogs<T>(all: readonly T[], scope: string, nextToken: string | undefined, pageSize: number): LogsPage<T> {
  const start = nextToken === undefined ? 0 : decode(nextToken, scope);
  const end = start + pageSize;
  const items = all.slice(start, end);
  return end >= all.length ? { items } : { items, nextToken: encode(scope, end) };
}

function encode(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify({ scope, offset }), 'utf8').toString('base64url');
}

function decode(token: string, scope: string): number {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { scope?: unknown; offset?: unknown };
    if (body.scope === scope && typeof body.offset === 'number') return body.offset;
  } catch {
    // Falls through to the service's answer for a token it did not issue.
  }
  throw invalidParameter('The specified nextToken is invalid.');
}
