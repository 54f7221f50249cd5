/**
 * The tokens of a TypeScript text, with their offsets: enough to read a Gen 2 data schema's
 * builder chain (`a.model({ … }).authorization(…)`) for positions. The TypeScript compiler cannot
 * ship with the server (the bundle has no runtime dependencies), and the SDL itself comes from
 * running the project's own `@aws-amplify/data-schema`, so this reader only has to find places.
 */
export type TokenKind = 'identifier' | 'string' | 'template' | 'number' | 'punctuation' | 'regex';

export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation text, string's cooked value (simple escapes), template's raw text. */
  value: string;
  start: number;
  end: number;
  /** Whether a line break separates this token from the previous one (automatic semicolons). */
  newlineBefore: boolean;
  /** Templates: whether the literal has `${…}` substitutions (its value is then not static). */
  substitutions?: boolean;
}

const PUNCTUATION = ['...', '?.', '=>', '===', '!==', '==', '!=', '<=', '>=', '&&', '||', '??', '++', '--', '**'];
const EXPRESSION_END = new Set([')', ']', '}']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      newline = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
      i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      if (text.slice(i, stop).includes('\n')) newline = true;
      i = stop;
      continue;
    }
    const start = i;
    let token: Token;
    if (ch === '"' || ch === "'") {
      i = stringEnd(text, i, ch);
      token = { kind: 'string', value: cook(text.slice(start + 1, i - 1)), start, end: i, newlineBefore: newline };
    } else if (ch === '`') {
      const [stop, substitutions] = templateEnd(text, i);
      i = stop;
      token = { kind: 'template', value: text.slice(start + 1, i - 1), start, end: i, newlineBefore: newline, substitutions };
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      i++;
      while (i < text.length && /[0-9a-zA-Z_.]/.test(text[i])) i++;
      token = { kind: 'number', value: text.slice(start, i), start, end: i, newlineBefore: newline };
    } else if (/[A-Za-z_$\u0080-\uFFFF]/.test(ch) || ch === '#') {
      i++;
      while (i < text.length && /[\w$\u0080-\uFFFF]/.test(text[i])) i++;
      token = { kind: 'identifier', value: text.slice(start, i), start, end: i, newlineBefore: newline };
    } else if (ch === '/' && startsRegex(tokens[tokens.length - 1])) {
      i = regexEnd(text, i);
      token = { kind: 'regex', value: text.slice(start, i), start, end: i, newlineBefore: newline };
    } else {
      const multi = PUNCTUATION.find((p) => text.startsWith(p, i));
      i += multi ? multi.length : 1;
      token = { kind: 'punctuation', value: text.slice(start, i), start, end: i, newlineBefore: newline };
    }
    tokens.push(token);
    newline = false;
  }
  return tokens;
}

/** A `/` starts a regular expression unless it follows something that ends an expression. */
function startsRegex(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'punctuation') return !EXPRESSION_END.has(previous.value);
  if (previous.kind === 'identifier')
    return ['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await'].includes(previous.value);
  return false;
}

function stringEnd(text: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === quote) return i + 1;
    else if (ch === '\n')
      return i; // unterminated: stop at the line's end
    else i++;
  }
  return text.length;
}

/** The offset after a template literal starting at `open`, and whether it has substitutions. */
function templateEnd(text: string, open: number): [number, boolean] {
  let i = open + 1;
  let substitutions = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '`') return [i + 1, substitutions];
    else if (ch === '$' && text[i + 1] === '{') {
      substitutions = true;
      i = substitutionEnd(text, i + 2);
    } else i++;
  }
  return [text.length, substitutions];
}

/** The offset after the `}` closing a `${` whose body starts at `from` (strings and templates nest). */
function substitutionEnd(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = stringEnd(text, i, ch);
    else if (ch === '`') i = templateEnd(text, i)[0];
    else if (ch === '/' && text[i + 1] === '/') i = Math.max(i + 2, text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i));
    else if (ch === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) === -1 ? text.length : text.indexOf('*/', i + 2) + 2;
    else {
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}

function regexEnd(text: string, open: number): number {
  let i = open + 1;
  let inClass = false;
  while (i < text.length && text[i] !== '\n') {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '[') ((inClass = true), i++);
    else if (ch === ']') ((inClass = false), i++);
    else if (ch === '/' && !inClass) {
      i++;
      while (i < text.length && /[a-z]/i.test(text[i])) i++;
      return i;
    } else i++;
  }
  return i;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** A string literal's value for the escapes schemas use; anything else keeps its character. */
function cook(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g, (_, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape === '\n' || escape === '\r\n') return '';
    return ESCAPES[escape] ?? escape;
  });
}
