import { GraphQLError, parse, print, type DocumentNode } from 'graphql';
import { layoutDoc } from './format-doc';
import { lexTokens } from './schema-comments';
import { SchemaDocBuilder } from './schema-doc-builder';

export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
}

/** Prettier's default, which most GraphQL code in the wild is formatted to. */
const PRINT_WIDTH = 80;

/**
 * The formatted text of a schema file, keeping comments; null when the file does not parse.
 * Comments, descriptions and blank lines between definitions and fields (at most one) survive;
 * spacing, indentation and line breaking are normalised. The result is checked before it is
 * returned: if it would mean anything else than the input, or lose a comment, nothing is changed.
 */
export function formatSchema(text: string, options: FormatOptions): string | null {
  const document = tryParse(text);
  if (!document) return null;
  const { tokens, comments } = lexTokens(text);
  const builder = new SchemaDocBuilder(text, tokens, comments, document);
  const tabSize = Math.max(1, Math.floor(options.tabSize) || 2);
  const lines = layoutDoc(builder.build(document), {
    printWidth: PRINT_WIDTH,
    indentUnit: options.insertSpaces ? ' '.repeat(tabSize) : '\t',
    indentWidth: tabSize,
  });
  while (lines.length > 1 && lines[lines.length - 1] === '' && lines[lines.length - 2] === '') lines.pop();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formatted = lines.join(eol);
  return keepsMeaning(document, comments.map((comment) => comment.text), formatted) ? formatted : null;
}

function tryParse(text: string): DocumentNode | undefined {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}

/** Same definitions (compared as graphql-js prints them) and the same comments in the same order. */
function keepsMeaning(original: DocumentNode, originalComments: string[], formatted: string): boolean {
  const reparsed = tryParse(formatted);
  if (!reparsed || print(reparsed) !== print(original)) return false;
  const comments = lexTokens(formatted).comments.map((comment) => comment.text);
  return comments.length === originalComments.length && comments.every((comment, index) => comment === originalComments[index]);
}
