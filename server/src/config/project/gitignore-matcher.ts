import { ANY_CHAR, GlobBuilder, NOT_SLASH, type CharTest, type GlobMatcher } from '../../glob/glob-automaton';

/**
 * A small `.gitignore` matcher, enough to answer "would git ignore this path" the way git does:
 * comments and blank lines, `\` escapes, trailing-space trimming, `!` negation, directory-only
 * patterns (`name/`), anchoring (a `/` at the start or in the middle ties a pattern to the
 * folder of its `.gitignore`), `*`, `?`, `[…]` classes and the `**` forms. As in git, a path
 * inside an ignored folder stays ignored whatever a later `!` pattern says about the path.
 * Paths are relative to one top folder, use `/`, and name folders without a trailing slash.
 */
export interface IgnoreRule {
  /** The folder of the `.gitignore` holding the pattern, relative to the top ('' for the top). */
  base: string;
  pattern: string;
  negated: boolean;
  directoryOnly: boolean;
  /** Anchored patterns match the path below `base`; the others match a name at any depth. */
  anchored: boolean;
  /** Matches in time linear in the path: a `.gitignore` comes with the repository (see glob-automaton.ts). */
  regex: GlobMatcher;
}

/** The rules of one `.gitignore` text whose file sits in `base`, in file order. */
export function parseGitignore(text: string, base = ''): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const rule = parseLine(rawLine, base);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseLine(rawLine: string, base: string): IgnoreRule | undefined {
  let line = trimTrailingSpaces(rawLine);
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    directoryOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  const glob = line.startsWith('/') ? line.slice(1) : line;
  return { base, pattern: rawLine.trim(), negated, directoryOnly, anchored, regex: compileGlob(glob) };
}

/** Trailing spaces are dropped unless the last one is escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end < line.length && end > 0 && line[end - 1] === '\\') end++;
  return line.slice(0, end);
}

function compileGlob(glob: string): GlobMatcher {
  const builder = new GlobBuilder();
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) {
      builder.literal(glob[++i]);
    } else if (ch === '*' && glob[i + 1] === '*') {
      let end = i;
      while (glob[end] === '*') end++;
      const segmentStart = i === 0 || glob[i - 1] === '/';
      const segmentEnd = end === glob.length || glob[end] === '/';
      if (segmentStart && segmentEnd) {
        if (end === glob.length)
          builder.repeat(ANY_CHAR); // `a/**` (everything inside) or a bare `**`
        else {
          builder.anyFolders(); // `**/` spans zero or more folders
          end++;
        }
      } else builder.repeat(NOT_SLASH); // other runs of stars are plain stars
      i = end - 1;
    } else if (ch === '*') builder.repeat(NOT_SLASH);
    else if (ch === '?') builder.one(NOT_SLASH);
    else if (ch === '[') {
      const close = classEnd(glob, i);
      if (close === -1) builder.literal('[');
      else {
        builder.one(classTest(glob.slice(i + 1, close)));
        i = close;
      }
    } else builder.literal(ch);
  }
  return builder.matcher();
}

/** A `[…]` class body as git reads it: `!` or `^` negates (never matching `/`), `a-z` ranges, the rest literal. */
function classTest(body: string): CharTest {
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = negated ? body.slice(1) : body;
  const singles = new Set<string>();
  const ranges: [string, string][] = [];
  for (let i = 0; i < members.length; i++) {
    if (members[i + 1] === '-' && i + 2 < members.length) {
      ranges.push([members[i], members[i + 2]]);
      i += 2;
    } else singles.add(members[i]);
  }
  const inClass = (char: string) => singles.has(char) || ranges.some(([low, high]) => char >= low && char <= high);
  return negated ? (char) => char !== '/' && !inClass(char) : inClass;
}

/** The index of the `]` closing the class opened at `open`, or -1 (a `]` right after `[` or `[!` is literal). */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < glob.length; i++) if (glob[i] === ']') return i;
  return -1;
}

export class GitignoreMatcher {
  /** `rules` from lowest to highest precedence: `.git/info/exclude`, then `.gitignore` files from the top down. */
  constructor(private readonly rules: readonly IgnoreRule[]) {}

  isIgnored(path: string, isDirectory: boolean): boolean {
    const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
    for (let depth = 1; depth < segments.length; depth++) {
      if (this.decide(segments.slice(0, depth).join('/'), true)) return true;
    }
    return this.decide(segments.join('/'), isDirectory);
  }

  /** The rule deciding `path` itself (the last match), for messages; undefined when none matches. */
  matchingRule(path: string, isDirectory: boolean): IgnoreRule | undefined {
    let decided: IgnoreRule | undefined;
    for (const rule of this.rules) if (matches(rule, path, isDirectory)) decided = rule;
    return decided;
  }

  private decide(path: string, isDirectory: boolean): boolean {
    const rule = this.matchingRule(path, isDirectory);
    return rule !== undefined && !rule.negated;
  }
}

function matches(rule: IgnoreRule, path: string, isDirectory: boolean): boolean {
  if (rule.directoryOnly && !isDirectory) return false;
  let relative = path;
  if (rule.base !== '') {
    if (!path.startsWith(`${rule.base}/`)) return false;
    relative = path.slice(rule.base.length + 1);
  }
  return rule.regex.test(rule.anchored ? relative : relative.slice(relative.lastIndexOf('/') + 1));
}
