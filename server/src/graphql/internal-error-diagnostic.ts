import type { LensDiagnostic } from '../lens-diagnostic';

/**
 * What a file shows when part of Lens failed on it: one diagnostic naming the failed parts, at the
 * start of the file, while everything that did finish is still shown.
 *
 * Severity `warning`: the user must learn that some checks did not run (no error below does not
 * mean none exists), yet nothing here says the file is wrong, so it must not count as an error —
 * `amplify-lens check` exits 1 only on errors, and a Lens bug must not fail a CI build.
 */
export const INTERNAL_ERROR_CODE = 'internal-error';

export function internalErrorDiagnostic(uri: string, failedParts: readonly string[], error: unknown): LensDiagnostic {
  const parts =
    failedParts.length === 1
      ? `the check "${failedParts[0]}"`
      : `${failedParts.length} checks (${failedParts.map((part) => `"${part}"`).join(', ')})`;
  return {
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'warning',
    code: INTERNAL_ERROR_CODE,
    message:
      `Amplify Lens could not finish ${parts} on this file (${describeFailure(error)}); the results of the other checks are shown. ` +
      'This is a bug in Amplify Lens: please report it with the file that causes it. The language server log has the details.',
  };
}

/** `RangeError: Maximum call stack size exceeded`, in one line and without a stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0]}`;
  return String(error).split('\n')[0];
}
