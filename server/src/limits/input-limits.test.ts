import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, inputLimitDiagnostic, tooDeepDiagnostic, tooLargeDiagnostic } from './input-limits';

describe('input limits', () => {
  it('says nothing about a file within them', () => {
    expect(inputLimitDiagnostic('file:///a.json', '{"a": [1, [2]]}', 'json', 100, 'JSON files')).toBeUndefined();
  });

  it('reports a file that is too large as a warning at its start', () => {
    expect(tooLargeDiagnostic('file:///a.graphql', 'x'.repeat(3 * 1024 * 1024), INPUT_LIMITS.schemaLength, 'schema files')).toEqual({
      uri: 'file:///a.graphql',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'warning',
      code: 'file-too-large',
      message:
        'Amplify Lens does not check schema files larger than 2 MB; this one has 3 MB. Nothing in it was checked: split it into smaller files to have them checked.',
    });
  });

  it('reports nesting past the limit on the bracket that passes it', () => {
    const text = `{\n  "a": ${'['.repeat(300)}${']'.repeat(300)}\n}`;
    expect(tooDeepDiagnostic('file:///a.json', text, 'json')).toMatchObject({
      range: { start: { line: 1, character: 7 + 255 }, end: { line: 1, character: 7 + 256 } },
      severity: 'warning',
      code: 'nesting-too-deep',
    });
  });
});
