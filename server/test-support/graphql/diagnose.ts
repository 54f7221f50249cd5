import { analyzeSchema } from '../../src/graphql/analyze-schema';
import { defaultApiSettings, type ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic } from '../../src/lens-diagnostic';

export const SCHEMA_URI = 'file:///project/amplify/backend/api/demo/schema.graphql';

/** Diagnostics for one schema text, as the language server would publish them. */
export function diagnose(sdl: string, settings: Partial<ApiSettings> = {}): LensDiagnostic[] {
  return analyzeSchema([{ uri: SCHEMA_URI, text: sdl }], defaultApiSettings(settings)).diagnostics;
}

/** `code@line:col-line:col` (1-based lines, as an editor shows them) for compact assertions. */
export function summarize(diagnostics: LensDiagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
  );
}

/** The text a diagnostic underlines, so tests state *what* is flagged, not just where. */
export function underlined(sdl: string, diagnostic: LensDiagnostic): string {
  const lines = sdl.split('\n');
  const { start, end } = diagnostic.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join(
    '\n',
  );
}
