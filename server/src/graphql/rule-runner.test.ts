import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSchema } from './analyze-schema';
import { defaultApiSettings } from './api-settings';
import type { LensDiagnostic } from '../lens-diagnostic';
import type { SchemaRule } from './rule-context';
import { runIsolated } from './rule-runner';
import { schemaRules } from './rules';
import { diagnose, SCHEMA_URI, summarize } from '../../test-support/graphql/diagnose';

const rules = schemaRules as SchemaRule[];
const injected: SchemaRule[] = [];

/** Puts a rule that fails among the real ones, as a bug in a rule would. */
function injectFailingRule(name: string, atIndex: number): void {
  const rule: SchemaRule = {
    name,
    run() {
      throw new RangeError('Maximum call stack size exceeded');
    },
  };
  rules.splice(atIndex, 0, rule);
  injected.push(rule);
}

afterEach(() => {
  for (const rule of injected.splice(0)) rules.splice(rules.indexOf(rule), 1);
});

const SCHEMA = `type Post @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  title: Strng
  views: Int @default(value: "many")
}
`;

describe('rules run one by one', () => {
  it('a failing rule costs only its own findings: one warning names it, the other rules still report', () => {
    const expected = summarize(diagnose(SCHEMA));
    expect(expected).toEqual(['unknown-type@3:10-3:15', 'default-invalid-value@4:30-4:36']);
    injectFailingRule('always-fails', 0);
    const diagnostics = diagnose(SCHEMA);
    expect(summarize(diagnostics)).toEqual(['internal-error@1:1-1:1', ...expected]);
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('could not finish the check "always-fails" on this file (RangeError: Maximum call stack size exceeded)'),
    });
  });

  it('several failing rules make one diagnostic naming them all, and the analysis keeps their errors for the log', () => {
    injectFailingRule('first-broken', 0);
    injectFailingRule('second-broken', rules.length);
    const analysis = analyzeSchema([{ uri: SCHEMA_URI, text: SCHEMA }], defaultApiSettings());
    const internal = analysis.diagnostics.filter((d) => d.code === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0].message).toContain('2 checks ("first-broken", "second-broken")');
    expect(analysis.failures.map((failure) => failure.step)).toEqual(['first-broken', 'second-broken']);
    expect(analysis.failures[0].error).toBeInstanceOf(RangeError);
  });

  it('keeps what a step reported before it failed', () => {
    const sink: LensDiagnostic[] = [];
    const finding: LensDiagnostic = {
      uri: SCHEMA_URI,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } },
      severity: 'error',
      code: 'x',
      message: 'x',
    };
    const failed = runIsolated(
      [
        { name: 'reports', run: () => void sink.push(finding) },
        {
          name: 'fails',
          run: () => {
            sink.push(finding);
            throw new Error('boom');
          },
        },
        { name: 'fine', run: () => {} },
      ],
      SCHEMA_URI,
      sink,
    );
    expect(failed).toEqual(['fails']);
    expect(sink.map((d) => d.code)).toEqual(['x', 'x', 'internal-error']);
  });
});
