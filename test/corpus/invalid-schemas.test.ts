import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../../server/src/graphql/analyze-schema';
import { CORPUS_DIR, describeDiagnostics, loadCorpus } from './schema-corpus';
import { compareWithExpectations, readExpectations, type Expectation } from './schema-expectations';

/**
 * Broken schemas modelled on what users get wrong. Each problem is announced by a
 * `# expect: <code>` comment on the line above it; see schema-expectations.ts.
 */
const apis = loadCorpus(join(CORPUS_DIR, 'invalid'));

describe('invalid schema corpus', () => {
  it('holds at least ten broken schemas', () => {
    expect(apis.length).toBeGreaterThanOrEqual(10);
  });

  it.each(apis.map((api) => [api.name, api] as const))('%s reports what its comments expect', (_name, api) => {
    const expectations = api.files.flatMap(readExpectations);
    expect(expectations.length, 'a broken schema must announce at least one expectation').toBeGreaterThan(0);
    const { diagnostics } = analyzeSchema(api.files, api.settings);
    const { missing, unexpected } = compareWithExpectations(expectations, diagnostics);
    const report =
      `missing:\n${missing.map(describeExpectation).join('\n') || '  (none)'}\n` +
      `errors on lines without an expectation:\n${describeDiagnostics(unexpected) || '  (none)'}\n` +
      `all diagnostics:\n${describeDiagnostics(diagnostics)}`;
    expect({ missing, unexpected }, report).toEqual({ missing: [], unexpected: [] });
  });
});

function describeExpectation(expectation: Expectation): string {
  return `  ${relative(CORPUS_DIR, new URL(expectation.uri).pathname)}:${expectation.line + 1} ${expectation.code}`;
}
