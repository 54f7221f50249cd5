/**
 * The shapes of a lexical outline (see schema-outline.ts), apart from the code that builds them, so
 * the outline, its pieces and the definitions read from a piece's tokens all depend on this file
 * and none on another in a circle.
 */
export type DefinitionKeyword = 'type' | 'interface' | 'input' | 'enum' | 'scalar' | 'union' | 'directive' | 'schema';

export interface OutlineField {
  name: string;
  /** Index of the field's name in its definition's `tokens`. */
  nameIndex: number;
  /** Innermost named type, when written. */
  typeName?: string;
  isList: boolean;
}

/** A definition as outlined within its piece: token indexes and offsets are relative to the piece. */
export interface PieceDefinition {
  keyword: DefinitionKeyword;
  isExtension: boolean;
  name?: string;
  /** Token index range [firstToken, endToken) in `tokens`. */
  firstToken: number;
  endToken: number;
  /** Offset of the keyword, and of the end of the definition's last token. */
  start: number;
  end: number;
  fields: OutlineField[];
  /** Names of the directives applied to the definition itself (its header). */
  directives: string[];
}
