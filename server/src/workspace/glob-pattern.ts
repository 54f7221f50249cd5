import { ANY_CHAR, GlobBuilder, NOT_SLASH, type GlobMatcher } from '../glob/glob-automaton';

/**
 * The glob patterns of the `amplifyLens.schemaFiles` setting: `**` spans folders (`**\/` also
 * matches no folder at all), `*` and `?` stay within one, `{a,b}` alternates (and may nest). Paths
 * use forward slashes; every other character stands for itself.
 *
 * Patterns come from settings a workspace may carry, so they are untrusted: one that does not
 * parse is reported with what to fix (never thrown), and matching is linear in the path for any
 * pattern (see glob-automaton.ts).
 */
export type GlobParse = { ok: true; matcher: GlobMatcher } | { ok: false; problem: string };

/** Braces inside braces; the parser recurses per level. */
const MAX_BRACE_DEPTH = 32;

export function parseGlob(pattern: string): GlobParse {
  const problem = syntaxProblem(pattern);
  if (problem) return { ok: false, problem };
  const builder = new GlobBuilder();
  sequence(pattern, 0, builder, false);
  return { ok: true, matcher: builder.matcher() };
}

/** What is wrong with each pattern that does not parse, as messages for the user. */
export function globProblems(globs: readonly string[]): string[] {
  return globs.flatMap((glob) => {
    const parsed = parseGlob(glob);
    return parsed.ok ? [] : [`The amplifyLens.schemaFiles pattern "${glob}" is not valid: ${parsed.problem} Lens ignores it until it is fixed.`];
  });
}

const compiled = new Map<string, GlobParse>();

/** Whether the path matches one of the patterns; patterns that do not parse match nothing. */
export function matchesAnyGlob(relativePath: string, globs: readonly string[]): boolean {
  const normalized = relativePath.split('\\').join('/');
  return globs.some((glob) => {
    let parsed = compiled.get(glob);
    if (!parsed) {
      if (compiled.size > 256) compiled.clear();
      compiled.set(glob, (parsed = parseGlob(glob)));
    }
    return parsed.ok && parsed.matcher.test(normalized);
  });
}

function syntaxProblem(pattern: string): string | undefined {
  const open: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '{') {
      open.push(i);
      if (open.length > MAX_BRACE_DEPTH)
        return `braces nest more than ${MAX_BRACE_DEPTH} levels deep at character ${i + 1}. Use fewer levels of "{…}".`;
    } else if (pattern[i] === '}') {
      if (open.pop() === undefined) return `the "}" at character ${i + 1} closes no "{". Remove it, or add the "{" it should close.`;
    }
  }
  if (open.length > 0) {
    const at = open[open.length - 1];
    return `the "{" at character ${at + 1} is never closed. Close it with "}", as in "schemas/{a,b}/*.graphql".`;
  }
  return undefined;
}

/**
 * Builds the pieces from `index` up to the end, or (inside braces) up to the `,` or `}` that ends
 * the alternative; returns the index where it stopped. The pattern is known to parse.
 */
function sequence(pattern: string, index: number, builder: GlobBuilder, inBraces: boolean): number {
  let i = index;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (inBraces && (ch === ',' || ch === '}')) break;
    if (ch === '*' && pattern[i + 1] === '*') {
      if (pattern[i + 2] === '/') {
        builder.anyFolders();
        i += 3;
      } else {
        builder.repeat(ANY_CHAR);
        i += 2;
      }
    } else if (ch === '*') {
      builder.repeat(NOT_SLASH);
      i += 1;
    } else if (ch === '{') {
      const alternatives = alternativesAt(pattern, i);
      builder.branches(alternatives.map((start) => (branch: GlobBuilder) => void sequence(pattern, start, branch, true)));
      i = closingBrace(pattern, i) + 1;
    } else {
      if (ch === '?') builder.one(NOT_SLASH);
      else builder.literal(ch);
      i += 1;
    }
  }
  return i;
}

/** Where each alternative of the `{…}` opened at `open` starts. */
function alternativesAt(pattern: string, open: number): number[] {
  const starts = [open + 1];
  let depth = 0;
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}') {
      if (depth-- === 0) break;
    } else if (pattern[i] === ',' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && depth-- === 0) return i;
  }
  return pattern.length;
}
