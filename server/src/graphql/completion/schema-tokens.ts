/**
 * A forgiving GraphQL tokenizer for text being typed: it never throws, an unterminated string
 * ends at the end of its line, and unknown characters become one-character punctuators. Commas,
 * whitespace and comments are skipped (GraphQL ignores them).
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

const NAME_START = /[_A-Za-z]/;
const NAME_PART = /[_0-9A-Za-z]/;

export function tokenizeSchema(text: string): SchemaToken[] {
  const tokens: SchemaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ',' || ch === '\uFEFF') {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (NAME_START.test(ch)) {
      const start = i;
      while (i < text.length && NAME_PART.test(text[i])) i++;
      tokens.push({ kind: 'name', text: text.slice(start, i), start, end: i });
    } else if (ch === '"') {
      tokens.push(text.startsWith('"""', i) ? readBlockString(text, i) : readString(text, i));
      i = tokens[tokens.length - 1].end;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d*(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      const length = Math.max(1, match?.[0].length ?? 1);
      tokens.push({ kind: 'number', text: text.slice(i, i + length), start: i, end: i + length });
      i += length;
    } else {
      const length = text.startsWith('...', i) ? 3 : 1;
      tokens.push({ kind: 'punct', text: text.slice(i, i + length), start: i, end: i + length });
      i += length;
    }
  }
  return tokens;
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
  const close = text.indexOf('"""', start + 3);
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
