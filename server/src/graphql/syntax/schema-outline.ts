/**
 * A lexical outline of a schema file: its definitions, their fields and header directives, found
 * from tokens alone. Unlike the parsed AST it survives the half-typed text completion runs on:
 * a definition starts at a definition keyword in column 0 (as parse-schema-file cuts chunks), so
 * an unclosed bracket in one type does not swallow the types after it.
 *
 * The file is outlined piece by piece (outline-pieces.ts) and a piece whose text is unchanged
 * since the previous outline of the file is reused, so an edit re-tokenizes one definition.
 */
import { cutIntoOutlinePieces, type OutlinePiece } from './outline-pieces';
import type { PieceDefinition } from './outline-types';
import type { SchemaToken } from './schema-tokens';

export type { DefinitionKeyword, OutlineField, PieceDefinition } from './outline-types';

/**
 * A definition placed in its file. `start` and `end` are file offsets; `tokens` are the tokens of
 * the piece the definition was outlined from, whose offsets count from `offset` (the piece's
 * offset in the file): add `offset` to a token's offsets for file offsets.
 */
export interface OutlineDefinition extends PieceDefinition {
  tokens: readonly SchemaToken[];
  offset: number;
}

export interface SchemaOutline {
  text: string;
  pieces: readonly PlacedPiece[];
  definitions: OutlineDefinition[];
}

export interface PlacedPiece {
  piece: OutlinePiece;
  offset: number;
}

/**
 * Outlines `text`; pieces of `previous` (an earlier outline of the same file) whose text is
 * unchanged are reused instead of being tokenized again.
 */
export function outlineSchema(text: string, previous?: SchemaOutline): SchemaOutline {
  const pieces = cutIntoOutlinePieces(text, previous?.pieces.map((placed) => placed.piece) ?? []);
  const definitions: OutlineDefinition[] = [];
  for (const { piece, offset } of pieces) {
    for (const definition of piece.definitions) {
      definitions.push({ ...definition, start: definition.start + offset, end: definition.end + offset, tokens: piece.tokens, offset });
    }
  }
  return { text, pieces, definitions };
}

/** The definition a text offset belongs to: from its keyword up to the next definition's keyword. */
export function definitionAt(outline: SchemaOutline, offset: number): OutlineDefinition | undefined {
  // Definitions are in file order: the last one starting at or before the offset.
  const { definitions } = outline;
  let low = 0;
  let high = definitions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (definitions[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? definitions[low - 1] : undefined;
}
