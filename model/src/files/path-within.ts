import { isAbsolute, relative, resolve } from 'node:path';

/**
 * True when `path` is `folder` itself or lies below it. Both are resolved first, so `..` cannot
 * escape and a sibling that merely starts with the folder's name (`app-secrets` beside `app`)
 * does not count.
 */
export function isPathWithin(path: string, folder: string): boolean {
  const inner = relative(resolve(folder), resolve(path));
  return inner === '' || (!inner.startsWith('..') && !isAbsolute(inner));
}
