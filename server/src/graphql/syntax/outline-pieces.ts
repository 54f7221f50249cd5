import { definitionLineStarts } from './definition-starts';
import { outlineDefinitions } from './outline-definitions';
import type { PieceDefinition } from './outline-types';
import { tokenizeSchema, type SchemaToken } from './schema-tokens';

/**
 * A file's text cut into pieces that are tokenized and outlined on their own, so an edit
 * re-tokenizes only the piece it touches. Offsets inside a piece count from the piece's start.
 */
export interface OutlinePiece {
  text: string;
  tokens: SchemaToken[];
  definitions: PieceDefinition[];
  /** The last token runs to the end of the text: a string that, in the whole file, goes on. */
  runsOn: boolean;
}

/** A description may hold a few column-0 keyword lines (a code sample); more joins than this are a broken file. */
const MAX_JOINS = 3;

/**
 * Cuts `text` before each line that starts a definition (definition-starts.ts, the rule the
 * parser's chunks follow too) and outlines each piece, reusing pieces of `previous` whose text is
 * unchanged.
 *
 * Tokens never span a line break, except strings: a block string, or a string whose line ends in
 * a backslash. A piece whose last token runs to its end is such a string, so the cut after it was
 * wrong (the keyword line is inside the string) and the piece is joined with the next one. With
 * that, each piece starts where the whole-file tokenizer starts a token, and the pieces' tokens
 * are exactly the whole file's.
 */
export function cutIntoOutlinePieces(text: string, previous: readonly OutlinePiece[]): Array<{ piece: OutlinePiece; offset: number }> {
  const reusable = new Map<string, OutlinePiece>();
  for (const piece of previous) reusable.set(piece.text, piece);
  const outline = (pieceText: string) => {
    let piece = reusable.get(pieceText);
    if (!piece) {
      piece = outlinePiece(pieceText);
      reusable.set(pieceText, piece);
    }
    return piece;
  };

  const pieces: Array<{ piece: OutlinePiece; offset: number }> = [];
  let start = 0;
  let joins = 0;
  for (const end of definitionLineStarts(text)) {
    if (end === start) continue;
    const piece = outline(text.slice(start, end));
    if (piece.runsOn) {
      // Strings that keep running on (an unbalanced `"""` while typing) would join piece after piece,
      // each time tokenizing the joined text again: past a few joins, the rest is one piece.
      if (++joins > MAX_JOINS) break;
      continue;
    }
    pieces.push({ piece, offset: start });
    start = end;
    joins = 0;
  }
  pieces.push({ piece: outline(text.slice(start)), offset: start });
  return pieces;
}

export function outlinePiece(text: string): OutlinePiece {
  const tokens = tokenizeSchema(text);
  const last = tokens[tokens.length - 1];
  return {
    text,
    tokens,
    definitions: outlineDefinitions(text, tokens),
    runsOn: last !== undefined && last.end === text.length && last.kind === 'string',
  };
}
