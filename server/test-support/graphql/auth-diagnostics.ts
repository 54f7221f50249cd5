import type { ApiSettings } from '../../src/graphql/api-settings';
import type { LensDiagnostic } from '../../src/lens-diagnostic';
import { applyTextEdits } from './apply-text-edits';
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

/** The text after applying a diagnostic's first fix. */
export function applyFirstFix(sdl: string, diagnostic: LensDiagnostic): string {
  const fix = diagnostic.fixes?.[0];
  if (!fix) throw new Error(`no fix for ${diagnostic.code}`);
  return applyTextEdits(sdl, fix.edits);
}
