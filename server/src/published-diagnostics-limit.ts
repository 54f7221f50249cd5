import type { LensDiagnostic, Severity } from './lens-diagnostic';

/**
 * Diagnostics sent for one file at most. VS Code shows no more than 1,000 per file (it drops the
 * rest, keeping errors first), and a schema can produce hundreds of thousands — one publication
 * of 120,000 findings is some 40 MB of JSON for every editor to parse. Past the limit the server
 * sends the most severe ones and one note saying how many more there are; `amplify-lens check`
 * still lists them all, and quick fixes still see them all.
 */
export const MAX_PUBLISHED_PER_FILE = 1000;

const ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function limitPublished(uri: string, diagnostics: readonly LensDiagnostic[], max = MAX_PUBLISHED_PER_FILE): readonly LensDiagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept: LensDiagnostic[] = [];
  for (const severity of ORDER) {
    for (const diagnostic of diagnostics) {
      if (kept.length === max - 1) break;
      if (diagnostic.severity === severity) kept.push(diagnostic);
    }
  }
  kept.push({
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'information',
    code: 'diagnostics-truncated',
    message:
      `This file has ${diagnostics.length.toLocaleString('en-US')} problems; Amplify Lens shows the ${(max - 1).toLocaleString('en-US')} most severe. ` +
      'Run `amplify-lens check` to list them all.',
  });
  return kept;
}
