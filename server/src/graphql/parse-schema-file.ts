import { GraphQLError, Source, parse, type DefinitionNode } from 'graphql';
import { splitIntoDefinitionChunks } from './syntax/definition-chunks';
import { LineIndex } from './line-index';
import type { LensDiagnostic } from './lens-diagnostic';
import { locateOffsets, registerSource } from './schema-source-map';

export interface SchemaFile {
  uri: string;
  text: string;
}

/** One piece of a file, parsed on its own; kept so an unchanged piece is not parsed again. */
interface ParsedChunk {
  text: string;
  source: Source;
  definitions: readonly DefinitionNode[];
  error?: GraphQLError;
}

export interface ParsedSchemaFile extends SchemaFile {
  lineIndex: LineIndex;
  /** Every definition that parsed, even when other parts of the file did not. */
  definitions: DefinitionNode[];
  syntaxErrors: LensDiagnostic[];
  chunks: ParsedChunk[];
}

/**
 * Parses one schema file piece by piece (see definition-chunks.ts). Pieces whose text is unchanged
 * since `previous` keep their AST nodes — only moved — so analyses keyed by node identity can reuse
 * their results. A syntax error spoils only its piece; the rest is still analysed.
 */
export function parseSchemaFile(file: SchemaFile, previous?: ParsedSchemaFile): ParsedSchemaFile {
  const lineIndex = new LineIndex(file.text);
  const reusable = new Map<string, ParsedChunk[]>();
  for (const chunk of previous?.chunks ?? []) {
    const list = reusable.get(chunk.text);
    if (list) list.push(chunk);
    else reusable.set(chunk.text, [chunk]);
  }
  const chunks: ParsedChunk[] = [];
  for (const piece of splitIntoDefinitionChunks(file.text)) {
    // A kept chunk held a definition; only new text needs the (line by line) emptiness test.
    let chunk = reusable.get(piece.text)?.shift();
    if (!chunk) {
      if (holdsNoDefinition(piece.text)) continue;
      chunk = parseChunk(piece.text, file.uri);
    }
    registerSource(chunk.source, file.uri, lineIndex, piece.offset);
    chunks.push(chunk);
  }
  if (chunks.some((chunk) => chunk.error)) {
    // The pieces may have been cut wrongly (an unusual layout); trust a whole-file parse if it works.
    const whole = new Source(file.text, file.uri);
    try {
      const document = parse(whole);
      registerSource(whole, file.uri, lineIndex);
      const chunk = { text: file.text, source: whole, definitions: document.definitions };
      return { ...file, lineIndex, definitions: [...document.definitions], syntaxErrors: [], chunks: [chunk] };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
    }
  }
  return {
    ...file,
    lineIndex,
    chunks,
    definitions: chunks.flatMap((chunk) => chunk.definitions),
    syntaxErrors: chunks.flatMap((chunk) => (chunk.error ? [toSyntaxDiagnostic(chunk.error, chunk.source)] : [])),
  };
}

/** Blank lines and comments only (a file's header comment, say): nothing to parse. */
function holdsNoDefinition(text: string): boolean {
  return text.split('\n').every((line) => {
    const trimmed = line.trim();
    return trimmed === '' || trimmed.startsWith('#');
  });
}

function parseChunk(text: string, uri: string): ParsedChunk {
  const source = new Source(text, uri);
  try {
    return { text, source, definitions: parse(source).definitions };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { text, source, definitions: [], error };
  }
}

function toSyntaxDiagnostic(error: GraphQLError, source: Source): LensDiagnostic {
  const offset = error.positions?.[0] ?? 0;
  // Underline the offending token (a name, a string, a number or one punctuator), not one character.
  const token = /^(?:[_A-Za-z][_0-9A-Za-z]*|"(?:[^"\\\n]|\\.)*"?|-?\d+(?:\.\d+)?|\.\.\.|\S)/.exec(source.body.slice(offset));
  const location = locateOffsets(source, offset, offset + (token ? token[0].length : 0))!;
  return {
    uri: location.uri,
    range: location.range,
    severity: 'error',
    code: 'syntax-error',
    message: error.message.replace(/^Syntax Error: /, 'Syntax error: '),
  };
}
