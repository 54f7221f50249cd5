import { ANY_CHAR, GlobBuilder, NOT_SLASH, type GlobMatcher } from '../../glob/glob-automaton';

/**
 * Whether a customHttp.yml `pattern` can apply to any file of the built site. Amplify Hosting
 * documents the patterns only by example (`**\/*`, `*.json`, `/path/*`, `/path/*.json`), so the
 * matching is deliberately generous — a pattern is only called dead when no reading of it matches:
 * the leading `/` is optional, `*` stays within a path segment, `**` spans folders, a pattern
 * without `/` may also match a file name at any depth, and a page is also reachable by its folder
 * (`/docs` for `docs/index.html`) or without `.html`.
 */
export function sitePatternMatchesAny(pattern: string, files: readonly string[]): boolean {
  const trimmed = pattern.trim().replace(/^\/+/, '');
  // Syntax the documentation never shows (classes, alternatives, negation, regexes): assume it matches.
  if (trimmed === '' || /[[\]{}()!<>|\\+]/.test(trimmed)) return true;
  const matcher = compileSitePattern(trimmed);
  const nameOnly = !trimmed.includes('/');
  return files.some((file) =>
    candidatePaths(normalizeSitePath(file)).some((path) => matcher.test(path) || (nameOnly && matcher.test(baseName(path)))),
  );
}

export function normalizeSitePath(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/** The URL paths a file answers to: itself, its folders, and its clean URL. */
function candidatePaths(file: string): string[] {
  const paths = [file];
  const segments = file.split('/');
  for (let i = segments.length - 1; i > 0; i--) paths.push(segments.slice(0, i).join('/'));
  if (file.endsWith('.html')) paths.push(file.slice(0, -'.html'.length));
  return paths;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Matched in time linear in the path: the pattern comes with the repository (see glob-automaton.ts). */
function compileSitePattern(glob: string): GlobMatcher {
  const builder = new GlobBuilder();
  let endsWithSlash = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    endsWithSlash = false;
    if (char === '*' && glob[i + 1] === '*') {
      const slashFollows = glob[i + 2] === '/';
      if (slashFollows) builder.anyFolders();
      else builder.repeat(ANY_CHAR);
      i += slashFollows ? 2 : 1;
    } else if (char === '*') {
      builder.repeat(NOT_SLASH);
    } else if (char === '?') {
      builder.one(NOT_SLASH);
    } else {
      builder.literal(char);
      endsWithSlash = char === '/';
    }
  }
  // A trailing `/` names a folder: anything inside it matches.
  if (endsWithSlash) builder.repeat(ANY_CHAR);
  return builder.matcher();
}
