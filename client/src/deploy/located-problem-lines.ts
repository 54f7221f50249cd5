import type { GraphqlLocation } from './cli-output-parsers';

/**
 * Some errors come in shapes a problem matcher cannot place: the transformer's `GraphQL request:LINE:COL`
 * names no file, esbuild puts a blank line between message and location, and tsc's paths are
 * relative to a project folder the matcher does not know. Lens reads them and writes one line per
 * error with an absolute path into the task's terminal, which the `$amplify-located` problem matcher
 * (package.json) turns into a diagnostic at the right file and line.
 */
export const LOCATED_PROBLEM_PREFIX = '[Amplify Lens]';

export function locatedProblemLine(file: string, location: GraphqlLocation): string {
  return `${LOCATED_PROBLEM_PREFIX} ${file}:${location.line}:${location.column}: error: ${location.message}`;
}
