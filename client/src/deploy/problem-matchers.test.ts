import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/repo-root';
import { locatedProblemLine } from './located-problem-lines';
import { PROBLEM_MATCHERS } from './deploy-task-matchers';
import { TYPESCRIPT_ERROR } from './cli-output-parsers';

interface Matcher {
  name: string;
  owner: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity?: number; code?: number; message: number };
}

const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
const matcher = (name: string) => manifest.contributes.problemMatchers.find((candidate) => candidate.name === name)!;

/** Applies a contributed pattern the way VS Code does: one line, the groups the pattern names. */
function match(name: string, line: string) {
  const { pattern } = matcher(name);
  const groups = new RegExp(pattern.regexp).exec(line);
  if (!groups) return undefined;
  return {
    file: groups[pattern.file],
    line: Number(groups[pattern.line]),
    column: Number(groups[pattern.column]),
    severity: pattern.severity ? groups[pattern.severity] : undefined,
    code: pattern.code ? groups[pattern.code] : undefined,
    message: groups[pattern.message],
  };
}

describe('contributed problem matchers', () => {
  it('are the ones the deploy tasks name, all owned by amplify', () => {
    expect(PROBLEM_MATCHERS.map((name) => matcher(name.slice(1))?.owner)).toEqual(PROBLEM_MATCHERS.map(() => 'amplify'));
  });

  it('turn the lines Lens writes for schema errors into a diagnostic at the file and line', () => {
    const line = locatedProblemLine('/projects/app/amplify/backend/api/blog/schema.graphql', {
      message: 'Unknown type "Comment".',
      line: 9,
      column: 14,
    });
    expect(match('amplify-located', line)).toEqual({
      file: '/projects/app/amplify/backend/api/blog/schema.graphql',
      line: 9,
      column: 14,
      severity: 'error',
      code: undefined,
      message: 'Unknown type "Comment".',
    });
    expect(match('amplify-located', 'GraphQL request:9:14')).toBeUndefined();
  });

  it('read tsc errors as ampx prints them, bare or after its "Details:" prefix', () => {
    const bare = "amplify/data/resource.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.";
    expect(match('amplify-typescript', bare)).toEqual({
      file: 'amplify/data/resource.ts',
      line: 12,
      column: 5,
      severity: 'error',
      code: 'TS2322',
      message: "Type 'string' is not assignable to type 'number'.",
    });
    expect(match('amplify-typescript', `Details: ${bare}`)?.file).toBe('amplify/data/resource.ts');
    expect(
      match('amplify-typescript', "amplify/functions/say-hello/handler.ts(3,1): warning TS6133: 'x' is declared but its value is never read.")
        ?.severity,
    ).toBe('warning');
    expect(match('amplify-typescript', '✔ Deployment completed in 32.1 seconds')).toBeUndefined();
  });

  it('share the TypeScript pattern with the runner, which writes it as located lines', () => {
    expect(matcher('amplify-typescript').pattern.regexp).toBe(TYPESCRIPT_ERROR.source);
  });
});
