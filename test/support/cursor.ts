/**
 * Where a position test points, written one way in every test: a `‸` in the text marks the cursor
 * (a character no GraphQL, JSON, YAML or TypeScript source of Lens's uses, unlike `|`, which starts
 * a YAML block scalar), or a needle names the place: the `occurrence`-th (1-based) appearance of a
 * snippet, `delta` characters on. Positions are LSP's: 0-based line and UTF-16 character.
 */
export const CURSOR = '‸';

export interface TextPosition {
  line: number;
  character: number;
}

/** The LSP position of `offset` in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, character: offset - lineStart };
}

/** The text without its one `‸`, and where the `‸` was. */
export function withCursor(textWithCursor: string): { text: string; offset: number; position: TextPosition } {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset === -1) throw new Error(`the test text has no ${CURSOR} cursor mark`);
  if (textWithCursor.indexOf(CURSOR, offset + 1) !== -1) throw new Error(`the test text has more than one ${CURSOR} cursor mark`);
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length);
  return { text, offset, position: positionAt(text, offset) };
}

/** The offset `delta` characters into the `occurrence`-th (1-based) appearance of `needle`. */
export function offsetOf(text: string, needle: string, delta = 0, occurrence = 1): number {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`'${needle}' appears fewer than ${occurrence} times in the test text`);
  }
  return index + delta;
}

/** The LSP position `delta` characters into the `occurrence`-th (1-based) appearance of `needle`. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 1): TextPosition {
  return positionAt(text, offsetOf(text, needle, delta, occurrence));
}
