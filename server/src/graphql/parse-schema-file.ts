import { GraphQLError, Source, parse, type DefinitionNode } from 'graphql';
import { LineIndex } from './line-index';
import type { LensDiagnostic } from './lens-diagnostic';
import { locateOffsets, registerSource } from './schema-source-map';

export interface SchemaFile {
  uri: string;
  text: string;
}

export interface ParsedSchemaFile extends SchemaFile {
  lineIndex: LineIndex;
  /** Every definition that parsed, even when other parts of the file did not. */
  definitions: DefinitionNode[];
  syntaxErrors: LensDiagnostic[];
}

/** A line that begins a top-level definition at column 0. */
const DEFINITION_KEYWORD = /^(?:extend\s+)?(?:type|input|enum|interface|union|scalar|directive|schema)\b/;

/**
 * Parses one schema file. On a syntax error the file is cut at lines that start a definition and
 * each piece is parsed alone, so one typo does not hide the directive diagnostics of the rest.
 */
export function parseSchemaFile(file: SchemaFile): ParsedSchemaFile {
  const lineIndex = new LineIndex(file.text);
  const whole = new Source(file.text, file.uri);
  registerSource(whole, file.uri, lineIndex);
  try {
    const document = parse(whole);
    return { ...file, lineIndex, definitions: [...document.definitions], syntaxErrors: [] };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  const definitions: DefinitionNode[] = [];
  const syntaxErrors: LensDiagnostic[] = [];
  for (const chunk of splitIntoDefinitionChunks(file.text)) {
    if (chunk.text.trim() === '') continue;
    const source = new Source(chunk.text, file.uri);
    registerSource(source, file.uri, lineIndex, chunk.offset);
    try {
      definitions.push(...parse(source).definitions);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      syntaxErrors.push(toSyntaxDiagnostic(error, source));
    }
  }
  return { ...file, lineIndex, definitions, syntaxErrors };
}

function toSyntaxDiagnostic(error: GraphQLError, source: Source): LensDiagnostic {
  const offset = error.positions?.[0] ?? 0;
  // Underline the offending token (a name, a string, or one punctuator), not a single character.
  const token = /^(?:[_A-Za-z][_0-9A-Za-z]*|"(?:[^"\\\n]|\\.)*"?|-?\d+(?:\.\d+)?|\.\.\.|\S)/.exec(source.body.slice(offset));
  const location = locateOffsets(source, offset, offset + (token ? token[0].length : 0));
  return {
    uri: location!.uri,
    range: location!.range,
    severity: 'error',
    code: 'syntax-error',
    message: error.message.replace(/^Syntax Error: /, 'Syntax error: '),
  };
}

interface Chunk {
  text: string;
  offset: number;
}

function splitIntoDefinitionChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  let inBlockString = false;
  // A description at column 0 opens the chunk of the definition that follows it.
  let descriptionOpen = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    const blockQuotes = line.split('"""').length - 1;
    if (inBlockString) {
      if (blockQuotes % 2 === 1) inBlockString = false;
    } else {
      const startsKeyword = DEFINITION_KEYWORD.test(line);
      const startsDescription = line.startsWith('"');
      const boundary = startsDescription || (startsKeyword && !descriptionOpen);
      if (boundary && lineStart > chunkStart) {
        chunks.push({ text: text.slice(chunkStart, lineStart), offset: chunkStart });
        chunkStart = lineStart;
      }
      if (startsDescription) {
        descriptionOpen = true;
        inBlockString = blockQuotes % 2 === 1;
      } else if (startsKeyword) {
        descriptionOpen = false;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  chunks.push({ text: text.slice(chunkStart), offset: chunkStart });
  return chunks;
}
