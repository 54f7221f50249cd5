/**
 * The one GraphQL tokenizer of the schema features: completion, hover and the outline read its
 * tokens, and the formatter its tokens and comments. Forgiving, for text being typed: it never
 * throws, an unterminated string ends at the end of its line, and unknown characters become
 * one-character punctuators. Commas, whitespace and comments are skipped (GraphQL ignores them);
 * a caller that keeps comments passes an array for them.
 */
export type TokenKind = 'name' | 'punct' | 'string' | 'number';

export interface SchemaToken {
  kind: TokenKind;
  /** The token's source text (quotes included for strings). */
  text: string;
  start: number;
  end: number;
  /** For strings: the offsets of the content between the quotes. */
  contentStart?: number;
  contentEnd?: number;
  /** A string whose closing quote is missing (the user is still typing it). */
  unterminated?: boolean;
}

/** A `#` comment: from the `#` to the end of its line. */
export interface SchemaCommentSpan {
  start: number;
  end: number;
}

export function tokenizeSchema(text: string, comments?: SchemaCommentSpan[]): SchemaToken[] {
  const tokens: SchemaToken[] = [];
  const length = text.length;
  let i = 0;
  // Character codes rather than per-character regular expressions: this runs on every keystroke's text.
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 44 /* , */ || code === 0xfeff) {
      i++;
    } else if (code === 35 /* # */) {
      const start = i;
      while (i < length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      comments?.push({ start, end: i });
    } else if (isNameStart(code)) {
      const start = i;
      while (i < length && isNamePart(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'name', text: text.slice(start, i), start, end: i });
    } else if (code === 34 /* " */) {
      tokens.push(text.startsWith('"""', i) ? readBlockString(text, i) : readString(text, i));
      i = tokens[tokens.length - 1].end;
    } else if (code === 45 /* - */ || (code >= 48 && code <= 57)) {
      const match = /^-?\d*(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      const size = Math.max(1, match?.[0].length ?? 1);
      tokens.push({ kind: 'number', text: text.slice(i, i + size), start: i, end: i + size });
      i += size;
    } else {
      const size = text.startsWith('...', i) ? 3 : 1;
      tokens.push({ kind: 'punct', text: text.slice(i, i + size), start: i, end: i + size });
      i += size;
    }
  }
  return tokens;
}

/** `[_A-Za-z]` */
function isNameStart(code: number): boolean {
  return code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `[_0-9A-Za-z]` */
function isNamePart(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

function readString(text: string, start: number): SchemaToken {
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n' && text[i] !== '\r') {
    i += text[i] === '\\' ? 2 : 1;
  }
  i = Math.min(i, text.length);
  const closed = text[i] === '"';
  const end = closed ? i + 1 : i;
  return {
    kind: 'string',
    text: text.slice(start, end),
    start,
    end,
    contentStart: start + 1,
    contentEnd: i,
    unterminated: !closed,
  };
}

function readBlockString(text: string, start: number): SchemaToken {
  // `\"""` inside a block string is an escaped quote, not its end (GraphQL spec, BlockStringCharacter).
  let close = text.indexOf('"""', start + 3);
  while (close !== -1 && text.charCodeAt(close - 1) === 92 /* \\ */) close = text.indexOf('"""', close + 3);
  const contentEnd = close === -1 ? text.length : close;
  const end = close === -1 ? text.length : close + 3;
  return {
    kind: 'string',
    text: text.slice(start, end),
    start,
    end,
    contentStart: start + 3,
    contentEnd,
    unterminated: close === -1,
  };
}

/** The string's content (escapes are kept as written; field names never contain any). */
export function stringContent(token: SchemaToken): string {
  return token.kind === 'string' ? token.text.slice(token.contentStart! - token.start, token.contentEnd! - token.start) : token.text;
}
