import * as nodePath from 'node:path';

/** The parts of `node:path` the check needs: `path.win32` or `path.posix` to apply one platform's rules anywhere. */
export type PathRules = Pick<typeof nodePath, 'relative' | 'resolve' | 'isAbsolute'>;

/**
 * True when `path` is `folder` itself or lies below it. Both are resolved first, so `..` cannot
 * escape and a sibling that merely starts with the folder's name (`app-secrets` beside `app`)
 * does not count. `rules` are this machine's by default; `path.win32` applies Windows' (either
 * separator, drive letters, case-insensitive names) on any machine.
 */
export function isPathWithin(path: string, folder: string, rules: PathRules = nodePath): boolean {
  const inner = rules.relative(rules.resolve(folder), rules.resolve(path));
  return inner === '' || (!inner.startsWith('..') && !rules.isAbsolute(inner));
}
