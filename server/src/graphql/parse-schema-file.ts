import { GraphQLError, Source, parse, type DefinitionNode } from 'graphql';
import { formatSize, INPUT_LIMITS, TOO_DEEP_CODE, TOO_LARGE_CODE, tooLargeDiagnostic } from '../limits/input-limits';
import { findExcessiveNesting } from 'amplify-lens-model/files';
import { splitIntoDefinitionChunks, type DefinitionChunk } from './syntax/definition-chunks';
import { LineIndex } from './line-index';
import type { LensDiagnostic } from '../lens-diagnostic';
import { locateOffsets, registerSource } from './schema-source-map';

export interface SchemaFile {
  uri: string;
  text: string;
  /** Why the file could not be read (its `text` is then empty and means nothing). */
  unread?: LensDiagnostic;
}

/** One piece of a file, parsed on its own; kept so an unchanged piece is not parsed again. */
interface ParsedChunk {
  text: string;
  source: Source;
  definitions: readonly DefinitionNode[];
  error?: GraphQLError;
  /** Where brackets nest past the limit (an offset in `text`): the piece was not parsed. */
  tooDeepAt?: number;
  /** One definition larger than Lens checks: parsed, but its definitions left out. */
  tooLarge?: boolean;
}

export interface ParsedSchemaFile extends SchemaFile {
  lineIndex: LineIndex;
  /** Every definition that parsed, even when other parts of the file did not. */
  definitions: DefinitionNode[];
  syntaxErrors: LensDiagnostic[];
  chunks: ParsedChunk[];
  /**
   * Part of the file was not read (too large, or nested too deep to parse safely). Its definitions
   * are missing, so checks that look across definitions would report what is merely unread.
   */
  incomplete?: boolean;
}

/**
 * Parses one schema file piece by piece (see definition-chunks.ts). Pieces whose text is unchanged
 * since `previous` keep their AST nodes — only moved — so analyses keyed by node identity can reuse
 * their results. A syntax error spoils only its piece; the rest is still analysed.
 */
export function parseSchemaFile(file: SchemaFile, previous?: ParsedSchemaFile): ParsedSchemaFile {
  const lineIndex = new LineIndex(file.text);
  if (file.unread) return { ...file, lineIndex, definitions: [], syntaxErrors: [file.unread], chunks: [], incomplete: true };
  const tooLarge = tooLargeDiagnostic(file.uri, file.text, INPUT_LIMITS.schemaLength, 'schema files');
  if (tooLarge) return { ...file, lineIndex, definitions: [], syntaxErrors: [tooLarge], chunks: [], incomplete: true };
  const reusable = new Map<string, ParsedChunk[]>();
  for (const chunk of previous?.chunks ?? []) {
    const list = reusable.get(chunk.text);
    if (list) list.push(chunk);
    else reusable.set(chunk.text, [chunk]);
  }
  const chunks: ParsedChunk[] = [];
  for (const piece of splitLargePieces(splitIntoDefinitionChunks(file.text))) {
    // A kept chunk held a definition; only new text needs the (line by line) emptiness test.
    let chunk = reusable.get(piece.text)?.shift();
    if (!chunk) {
      if (holdsNoDefinition(piece.text)) continue;
      chunk = parseChunk(piece.text, file.uri);
    }
    registerSource(chunk.source, file.uri, lineIndex, piece.offset);
    chunks.push(chunk);
  }
  const unreadPart = chunks.some((chunk) => chunk.tooDeepAt !== undefined || chunk.tooLarge);
  if (!unreadPart && chunks.some((chunk) => chunk.error)) {
    // The pieces may have been cut wrongly (an unusual layout); trust a whole-file parse if it works.
    const whole = new Source(file.text, file.uri);
    try {
      const document = parse(whole);
      registerSource(whole, file.uri, lineIndex);
      const chunk = { text: file.text, source: whole, definitions: document.definitions };
      return { ...file, lineIndex, definitions: [...document.definitions], syntaxErrors: [], chunks: [chunk] };
    } catch (error) {
      // RangeError: nesting that spans the pieces, deeper than the parser's stack.
      if (!(error instanceof GraphQLError || error instanceof RangeError)) throw error;
    }
  }
  return {
    ...file,
    lineIndex,
    chunks,
    definitions: chunks.flatMap((chunk) => chunk.definitions),
    syntaxErrors: chunks.flatMap((chunk) => {
      if (chunk.error) return [toSyntaxDiagnostic(chunk.error, chunk.source)];
      if (chunk.tooDeepAt !== undefined) return [tooDeepDiagnostic(chunk.source, chunk.tooDeepAt)];
      return chunk.tooLarge ? [tooLargeDefinitionDiagnostic(chunk.source)] : [];
    }),
    ...(unreadPart ? { incomplete: true } : {}),
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
  // graphql-js' parser, and every analysis after it, recurse once per level of brackets.
  const tooDeepAt = findExcessiveNesting(text, 'graphql', INPUT_LIMITS.nestingDepth);
  if (tooDeepAt !== -1) return { text, source, definitions: [], tooDeepAt };
  try {
    const definitions = parse(source).definitions;
    // Pieces were cut to one definition each past SPLIT_LENGTH, so this is one huge definition.
    if (text.length > INPUT_LIMITS.definitionLength && definitions.length === 1) return { text, source, definitions: [], tooLarge: true };
    return { text, source, definitions };
  } catch (error) {
    // A stack overflow the depth scan did not foresee is reported the same way, at the piece's start.
    if (error instanceof RangeError) return { text, source, definitions: [], tooDeepAt: 0 };
    if (!(error instanceof GraphQLError)) throw error;
    return { text, source, definitions: [], error };
  }
}

/** Pieces longer than this are cut again, one definition each (a schema written on one line is one piece). */
const SPLIT_LENGTH = 32 * 1024;

/**
 * Each finding graphql-js reports costs a scan of its piece's text up to it (to count lines), so
 * large pieces are cut at their definitions: a minified schema on one line then costs what the
 * same schema costs on many lines. A piece that does not parse stays whole (its error is its own).
 */
function* splitLargePieces(pieces: Iterable<DefinitionChunk>): Generator<DefinitionChunk> {
  for (const piece of pieces) {
    if (piece.text.length <= SPLIT_LENGTH || findExcessiveNesting(piece.text, 'graphql', INPUT_LIMITS.nestingDepth) !== -1) {
      yield piece;
      continue;
    }
    let starts: number[];
    try {
      starts = parse(piece.text).definitions.map((definition, index) => (index === 0 ? 0 : definition.loc!.start));
    } catch {
      yield piece;
      continue;
    }
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1] : piece.text.length;
      yield { text: piece.text.slice(starts[i], end), offset: piece.offset + starts[i] };
    }
  }
}

function tooLargeDefinitionDiagnostic(source: Source): LensDiagnostic {
  const location = locateOffsets(source, 0, 0)!;
  return {
    uri: location.uri,
    range: location.range,
    severity: 'warning',
    code: TOO_LARGE_CODE,
    message:
      `This definition is larger than ${formatSize(INPUT_LIMITS.definitionLength)}, past what Amplify Lens checks: it was not read, ` +
      'and the checks that need the whole schema were skipped. Split it into smaller types.',
  };
}

function tooDeepDiagnostic(source: Source, offset: number): LensDiagnostic {
  const location = locateOffsets(source, offset, offset + 1)!;
  return {
    uri: location.uri,
    range: location.range,
    severity: 'warning',
    code: TOO_DEEP_CODE,
    message:
      `Brackets nest more than ${INPUT_LIMITS.nestingDepth} levels deep here, past what Amplify Lens reads: this definition was not parsed, ` +
      'and the checks that need the whole schema were skipped. Remove the extra levels of nesting.',
  };
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
