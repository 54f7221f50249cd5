import { internalErrorDiagnostic } from './internal-error-diagnostic';
import type { LensDiagnostic } from '../lens-diagnostic';

/** One named step of an analysis (a rule, graphql-js' validation) that may fail on its own. */
export interface IsolatedStep {
  readonly name: string;
  run(): void;
}

/**
 * Runs each step on its own: a step that throws (a bug in a rule, a stack overflow on an unusual
 * input) loses only its own findings. Whatever it reported before failing stays, the other steps
 * still run, and one `internal-error` diagnostic on `reportUri` names every step that failed.
 * `onFailure` receives each error with its stack, for the server's log.
 */
export function runIsolated(
  steps: Iterable<IsolatedStep>,
  reportUri: string | undefined,
  sink: LensDiagnostic[],
  onFailure: (step: string, error: unknown) => void = () => {},
): string[] {
  const failed: string[] = [];
  let firstError: unknown;
  for (const step of steps) {
    try {
      step.run();
    } catch (error) {
      if (failed.length === 0) firstError = error;
      failed.push(step.name);
      onFailure(step.name, error);
    }
  }
  if (failed.length > 0 && reportUri !== undefined) sink.push(internalErrorDiagnostic(reportUri, failed, firstError));
  return failed;
}
