import { GraphQLError, parse, print, type DocumentNode } from 'graphql';
import { INPUT_LIMITS } from '../../limits/input-limits';
import { findExcessiveNesting } from 'amplify-lens-model/files';
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
 * The largest file formatted, in characters. Formatting parses and prints the file twice (the
 * result is checked to mean what the input meant) and its cost grows with the file: about a second
 * and 300 MB per 500 KB, which is already twice the largest Amplify schemas seen in the wild. Past
 * this the formatter declines at once rather than keep the server busy for many seconds.
 */
export const MAX_FORMAT_LENGTH = 512 * 1024;

export function formattingDeclined(text: string): boolean {
  return text.length > MAX_FORMAT_LENGTH;
}

export function formattingDeclinedMessage(text: string): string {
  return (
    `Amplify Lens does not format schema files over ${MAX_FORMAT_LENGTH / 1024} KB; this one has ${Math.round(text.length / 1024)} KB. ` +
    'Split the schema into several files (a Gen 1 API reads every .graphql file under its schema/ folder) to format them.'
  );
}

/**
 * The formatted text of a schema file, keeping comments; null when the file does not parse (or is
 * larger than the formatter takes).
 * Comments, descriptions and blank lines between definitions and fields (at most one) survive;
 * spacing, indentation and line breaking are normalised. The result is checked before it is
 * returned: if it would mean anything else than the input, or lose a comment, nothing is changed.
 */
export function formatSchema(text: string, options: FormatOptions): string | null {
  if (formattingDeclined(text)) return null;
  // The layout recurses per level of brackets; the analysis reports such a file already.
  if (findExcessiveNesting(text, 'graphql', INPUT_LIMITS.nestingDepth) !== -1) return null;
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
  return keepsMeaning(
    document,
    comments.map((comment) => comment.text),
    formatted,
  )
    ? formatted
    : null;
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
