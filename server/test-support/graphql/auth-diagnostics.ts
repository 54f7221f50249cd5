import type { ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic } from '../../src/lens-diagnostic';
import { diagnose, summarize, underlined } from './diagnose';

/** The `@auth` diagnostics of a schema, leaving other rules' findings to their own tests. */
export function authDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}): LensDiagnostic[] {
  return diagnose(sdl, settings).filter((d) => d.code.startsWith('auth-'));
}

/** `code@range "underlined text"` per diagnostic: where, and what, in one readable line. */
export function describeAuth(sdl: string, settings: Partial<ApiSettings> = {}): string[] {
  const diagnostics = authDiagnostics(sdl, settings);
  const ranges = summarize(diagnostics);
  return diagnostics.map((d, i) => `${ranges[i]} ${JSON.stringify(underlined(sdl, d))}`);
}

/** The text after applying a diagnostic's first fix (single-file edits, applied back to front). */
export function applyFirstFix(sdl: string, diagnostic: LensDiagnostic): string {
  const fix = diagnostic.fixes?.[0];
  if (!fix) throw new Error(`no fix for ${diagnostic.code}`);
  const lines = sdl.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  const edits = [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let text = sdl;
  for (const edit of edits) text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
  return text;
}
