import { validationError } from './aws-query-error';

/**
 * NextToken pagination as the service does it: opaque tokens, fixed page sizes, and tokens that only
 * work for the listing that issued them. A token remembers the key of the first item of the next page
 * (as well as its offset), so events prepended between two calls do not shift or repeat a page.
 */
export interface PageRequest<T> {
  /** The listing the token belongs to, e.g. `DescribeStackEvents:<stack id>`. */
  scope: string;
  nextToken: string | undefined;
  pageSize: number;
  keyOf: (item: T) => string;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

interface TokenBody {
  scope: string;
  offset: number;
  key: string;
}

export function paginate<T>(all: readonly T[], request: PageRequest<T>): Page<T> {
  const start = request.nextToken === undefined ? 0 : resumeIndex(all, request);
  const end = start + request.pageSize;
  const items = all.slice(start, end);
  if (end >= all.length) return { items };
  return { items, nextToken: encodeToken({ scope: request.scope, offset: end, key: request.keyOf(all[end]) }) };
}

function resumeIndex<T>(all: readonly T[], request: PageRequest<T>): number {
  const token = decodeToken(request.nextToken ?? '');
  if (!token || token.scope !== request.scope) throw validationError('Invalid NextToken');
  const byKey = all.findIndex((item) => request.keyOf(item) === token.key);
  return byKey >= 0 ? byKey : Math.min(token.offset, all.length);
}

function encodeToken(body: TokenBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64');
}

function decodeToken(token: string): TokenBody | undefined {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Partial<TokenBody>;
    if (typeof body.scope !== 'string' || typeof body.offset !== 'number' || typeof body.key !== 'string') {
      return undefined;
    }
    return body as TokenBody;
  } catch {
    return undefined;
  }
}
