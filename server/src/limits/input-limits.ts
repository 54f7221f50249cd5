import type { LensDiagnostic } from '../lens-diagnostic';
import { NESTING_DEPTH_LIMIT, findExcessiveNesting, type BracketSyntax } from 'amplify-lens-model/files';

/**
 * The bounds Lens keeps to on any input, so that no file in a cloned repository can make the
 * server overflow its stack, run for minutes or fill its memory. Each is far above what Amplify
 * projects hold (the deepest nesting in Amplify's own schemas and configuration files is under
 * ten levels; their largest schemas are a few hundred kilobytes) and below where Lens' parsers
 * and analyses stop being quick.
 *
 * A file past a bound gets one `warning` — Lens could not check it, which says nothing about
 * whether Amplify can read it, so it must not count as an error (and fail `amplify-lens check`).
 */
export const INPUT_LIMITS = {
  /** Brackets inside brackets (see nesting-depth.ts in the model, which the secret recognition shares). */
  nestingDepth: NESTING_DEPTH_LIMIT,
  /** Characters of one GraphQL schema file: analysing 2 MB takes a second or two and some 300 MB. */
  schemaLength: 2 * 1024 * 1024,
  /**
   * Characters of one top-level definition. graphql-js works out each finding's line by scanning
   * its definition's text from the start, so findings cost time in proportion to the definition's
   * size: a definition of a few thousand fields is already far larger than any Amplify model.
   */
  definitionLength: 128 * 1024,
  /** Characters of a JSON configuration file (amplify_outputs.json carries the whole data model). */
  jsonConfigLength: 8 * 1024 * 1024,
  /** Characters of an Amplify Hosting YAML file (a build specification is a few kilobytes). */
  yamlConfigLength: 1024 * 1024,
  /** Bytes read from any one file on disk; a larger file is not read at all. */
  fileBytes: 16 * 1024 * 1024,
} as const;

export const TOO_LARGE_CODE = 'file-too-large';
export const TOO_DEEP_CODE = 'nesting-too-deep';

/** `file-too-large` when `text` is longer than `maxLength`, else undefined. */
export function tooLargeDiagnostic(uri: string, text: string, maxLength: number, what: string): LensDiagnostic | undefined {
  if (text.length <= maxLength) return undefined;
  return {
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'warning',
    code: TOO_LARGE_CODE,
    message:
      `Amplify Lens does not check ${what} larger than ${formatSize(maxLength)}; this one has ${formatSize(text.length)}. ` +
      'Nothing in it was checked: split it into smaller files to have them checked.',
  };
}

/** `nesting-too-deep` at the bracket that goes past the limit, else undefined. */
export function tooDeepDiagnostic(uri: string, text: string, syntax: BracketSyntax): LensDiagnostic | undefined {
  const offset = findExcessiveNesting(text, syntax, INPUT_LIMITS.nestingDepth);
  if (offset === -1) return undefined;
  const start = positionAt(text, offset);
  return {
    uri,
    range: { start, end: { line: start.line, character: start.character + 1 } },
    severity: 'warning',
    code: TOO_DEEP_CODE,
    message:
      `Brackets nest more than ${INPUT_LIMITS.nestingDepth} levels deep here, past what Amplify Lens reads, so this file was not checked. ` +
      'Remove the extra levels of nesting.',
  };
}

/** The first bound `text` passes, as its diagnostic; undefined when it is within all of them. `what`: "schema files". */
export function inputLimitDiagnostic(
  uri: string,
  text: string,
  syntax: BracketSyntax,
  maxLength: number,
  what: string,
): LensDiagnostic | undefined {
  return tooLargeDiagnostic(uri, text, maxLength, what) ?? tooDeepDiagnostic(uri, text, syntax);
}

export function formatSize(characters: number): string {
  if (characters >= 1024 * 1024) return `${(characters / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.ceil(characters / 1024)} KB`;
}

/** Line and character of an offset, counted once for the one diagnostic that needs it. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
