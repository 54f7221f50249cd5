import type { ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic, TextEdit } from '../../src/lens-diagnostic';
import { LineIndex } from '../../src/graphql/line-index';
import { diagnose, summarize, underlined } from './diagnose';

/** Only this rule's diagnostics, so its tests do not depend on the other directives' rules. */
export function relationalDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}): LensDiagnostic[] {
  return diagnose(sdl, settings).filter((diagnostic) => diagnostic.code.startsWith('relational-'));
}

/** `code@line:col-line:col` plus the underlined text, the shape most assertions want. */
export function flagged(sdl: string, settings: Partial<ApiSettings> = {}): string[] {
  const diagnostics = relationalDiagnostics(sdl, settings);
  return summarize(diagnostics).map((summary, index) => `${summary} ${underlined(sdl, diagnostics[index])}`);
}

/** Applies a fix's edits to one text (edits of other files are ignored), last edit first. */
export function applyEdits(text: string, edits: readonly TextEdit[], uri?: string): string {
  const lineIndex = new LineIndex(text);
  const offsets = edits
    .filter((edit) => uri === undefined || edit.uri === uri)
    .map((edit) => ({ start: lineIndex.offsetAt(edit.range.start), end: lineIndex.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of offsets) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
