import { describe, expect, it } from 'vitest';
import { summarize, underlined } from '../../../test-support/graphql/diagnose';
import { validateYamlConfig } from './yaml-config-service';
import { completeYamlConfig, hoverYamlConfig } from './yaml-config-service';

const AMPLIFY_YML = 'file:///project/amplify.yml';
const amplifyYml = (text: string) => validateYamlConfig('amplify-yml', AMPLIFY_YML, text);

/** An alias bomb: each level a list of nine aliases to the level before. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= levels; level++)
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('amplify.yml: inputs that used to take the server down', () => {
  it('a merge key on an alias to no anchor is an error on the alias', () => {
    const text = 'version: 1\nfrontend:\n  <<: *base\n  phases: {}\n';
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['yaml-unresolved-alias@3:7-3:12']);
    expect(underlined(text, diagnostics[0])).toBe('*base');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('Add `&base` to the value it should repeat') });
  });

  it('one anchor used 1,000 times is read (the limit is on expansion, not on use)', () => {
    const text = `version: 1\nenv:\n  variables: &vars\n    STAGE: dev\nfrontend:\n  phases:\n    build:\n      commands:\n${Array.from({ length: 1000 }, () => '        - *vars').join('\n')}\n`;
    const diagnostics = amplifyYml(text);
    expect(diagnostics.every((d) => d.code !== 'yaml-alias-limit')).toBe(true);
    expect(diagnostics.map((d) => d.code)).toContain('yaml-schema-type');
  });

  it('an alias bomb is stopped with a warning instead of expanded', () => {
    const diagnostics = amplifyYml(aliasBomb(9));
    expect(summarize(diagnostics)).toEqual(['yaml-alias-limit@2:10-2:13']);
    expect(diagnostics[0].severity).toBe('warning');
  });

  it('more aliases than the limit are not expanded at all', () => {
    const text = `version: 1\nx: &x 1\ny: [${Array(1_500).fill('*x').join(',')}]\n`;
    expect(amplifyYml(text).map((d) => d.code)).toEqual(['yaml-alias-limit']);
  });

  it('20,000 anchored keys are checked, each unknown key reported', () => {
    const text = `version: 1\n${Array.from({ length: 20_000 }, (_, i) => `key${i}: &anchor${i} value${i}`).join('\n')}\n`;
    const diagnostics = amplifyYml(text);
    expect(diagnostics).toHaveLength(20_000);
    expect(diagnostics.every((d) => d.code === 'yaml-schema-unknown-property')).toBe(true);
  });

  it('a repeated key among 20,000 is still found, on the repetition', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `key${i}: ${i}`);
    keys.push('key7: again');
    const diagnostics = amplifyYml(`${keys.join('\n')}\n`);
    expect(summarize(diagnostics)).toEqual(['yaml-syntax@20001:1-20001:5']);
  });

  it('flow collections nested past the limit are reported on the bracket, and completion and hover answer', () => {
    const text = `version: 1\nfrontend: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`;
    const diagnostics = amplifyYml(text);
    expect(summarize(diagnostics)).toEqual(['nesting-too-deep@2:267-2:268']);
    expect(completeYamlConfig('amplify-yml', AMPLIFY_YML, text, { line: 1, character: 0 })).toBeDefined();
    expect(hoverYamlConfig('amplify-yml', AMPLIFY_YML, text, { line: 0, character: 1 })).toBeDefined();
  });

  it('block mappings nested by indentation past what the parser can take are reported, not thrown', () => {
    const text = Array.from({ length: 1_400 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    expect(text.length).toBeLessThan(1024 * 1024);
    const codes = amplifyYml(text).map((d) => d.code);
    expect(codes.length).toBeGreaterThan(0);
  });
});
