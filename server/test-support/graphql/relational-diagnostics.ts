import type { ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic, TextEdit } from '../../src/lens-diagnostic';
import { applyTextEdits } from './apply-text-edits';
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

/** Applies a fix's edits to one text (edits of other files are ignored). */
export function applyEdits(text: string, edits: readonly TextEdit[], uri?: string): string {
  return applyTextEdits(text, uri === undefined ? edits : edits.filter((edit) => edit.uri === uri));
}
