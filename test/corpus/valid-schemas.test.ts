import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../../server/src/graphql/analyze-schema';
import { CORPUS_DIR, describeDiagnostics, loadCorpus } from './schema-corpus';

/**
 * Schemas taken from the Amplify docs, Amplify's own test suites and sample apps, each one
 * accepted by the transformer it was written for. Any diagnostic here is a false positive (or a
 * schema wrongly admitted to the corpus): either way it must be looked at.
 */
const apis = loadCorpus(join(CORPUS_DIR, 'valid'));

describe('valid schema corpus', () => {
  it('holds enough schemas to mean something', () => {
    expect(apis.length).toBeGreaterThanOrEqual(30);
  });

  it.each(apis.map((api) => [api.name, api] as const))('%s has no diagnostics', (_name, api) => {
    // Hints are suggestions, not findings: under v1 each @key/@connection offers its v2 rewrite.
    const diagnostics = analyzeSchema(api.files, api.settings).diagnostics.filter((d) => d.severity !== 'hint');
    expect(diagnostics, `unexpected diagnostics:\n${describeDiagnostics(diagnostics)}`).toEqual([]);
  });
});
