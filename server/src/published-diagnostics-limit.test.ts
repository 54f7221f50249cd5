import { describe, expect, it } from 'vitest';
import type { LensDiagnostic, Severity } from './lens-diagnostic';
import { limitPublished } from './published-diagnostics-limit';

const at = (line: number, severity: Severity): LensDiagnostic => ({
  uri: 'file:///s.graphql',
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  severity,
  code: `c${line}`,
  message: 'm',
});

describe('limitPublished', () => {
  it('passes a file within the limit through unchanged', () => {
    const diagnostics = [at(0, 'warning'), at(1, 'error')];
    expect(limitPublished('file:///s.graphql', diagnostics, 3)).toBe(diagnostics);
  });

  it('keeps the most severe first, in file order, and says how many there are', () => {
    const diagnostics = [at(0, 'warning'), at(1, 'error'), at(2, 'hint'), at(3, 'error'), at(4, 'warning')];
    const published = limitPublished('file:///s.graphql', diagnostics, 4);
    expect(published.map((d) => d.code)).toEqual(['c1', 'c3', 'c0', 'diagnostics-truncated']);
    expect(published[3]).toMatchObject({
      severity: 'information',
      message: expect.stringContaining('This file has 5 problems; Amplify Lens shows the 3 most severe.'),
    });
  });

  it('bounds a file with 200,000 findings', () => {
    const many = Array.from({ length: 200_000 }, (_, line) => at(line, 'error'));
    const published = limitPublished('file:///s.graphql', many);
    expect(published).toHaveLength(1000);
    expect(published.at(-1)?.message).toContain('200,000 problems');
  });
});
