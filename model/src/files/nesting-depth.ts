/**
 * How deeply brackets nest in a text, found in one pass without parsing it. The parsers Lens runs
 * (graphql-js, jsonc-parser, the JSON language service, `yaml`) and the analyses over their trees
 * recurse once per level, so a few thousand `[` — 16 KB of text — overflow the stack. This scan
 * runs first and stops at the level where a limit is passed.
 *
 * The syntaxes differ only in what hides a bracket: strings (with `\` escapes; GraphQL's block
 * strings `"""…"""`) and comments (`#` to the end of the line in GraphQL, `//` and `/* *\/` in JSON
 * with comments). YAML's quoting depends on context a scan cannot see, so there only comments (a
 * `#` after a space) hide brackets: the count may come out higher than the parser's, never lower.
 * A YAML block structure nests by indentation instead; that nesting is bounded by the file size
 * limit, and the YAML service also catches a stack overflow itself.
 */
export type BracketSyntax = 'graphql' | 'json' | 'yaml';

/**
 * Brackets inside brackets that Lens reads. The analyses recurse per level; they stay well clear
 * of the stack's end at this depth, and Amplify's own schemas and configuration files nest fewer
 * than ten levels.
 */
export const NESTING_DEPTH_LIMIT = 256;

const OPENERS = new Set(['[', '{', '(']);
const CLOSERS = new Set([']', '}', ')']);

/** The offset of the bracket that opens level `limit + 1`, or -1 when the text stays within `limit`. */
export function findExcessiveNesting(text: string, syntax: BracketSyntax, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.has(ch)) {
      if (++depth > limit) return i;
    } else if (CLOSERS.has(ch)) {
      if (depth > 0) depth--;
    } else if (ch === '"' && syntax !== 'yaml') {
      i = syntax === 'graphql' && text.startsWith('"""', i) ? blockStringEnd(text, i) : stringEnd(text, i);
    } else if (ch === '#' && (syntax === 'graphql' || (syntax === 'yaml' && (i === 0 || /\s/.test(text[i - 1]))))) {
      i = lineEnd(text, i);
    } else if (ch === '/' && syntax === 'json') {
      if (text[i + 1] === '/') i = lineEnd(text, i);
      else if (text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        i = close === -1 ? text.length : close + 1;
      }
    }
  }
  return -1;
}

/** The closing quote of a one-line string; an unclosed one stops before the line break, as the lexers stop. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return i - 1;
    if (ch === '\\') i++;
    else if (ch === '"') return i;
  }
  return text.length;
}

function blockStringEnd(text: string, open: number): number {
  for (let i = open + 3; i < text.length; i++) {
    if (text[i] === '\\' && text.startsWith('\\"""', i)) i += 3;
    else if (text.startsWith('"""', i)) return i + 2;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}
