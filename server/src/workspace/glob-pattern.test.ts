import { describe, expect, it } from 'vitest';
import { globProblems, matchesAnyGlob, parseGlob } from './glob-pattern';

describe('matchesAnyGlob', () => {
  it('matches ** across folders and * within one', () => {
    expect(matchesAnyGlob('shared/a/b/schema.graphql', ['shared/**/*.graphql'])).toBe(true);
    expect(matchesAnyGlob('shared/schema.graphql', ['shared/**/*.graphql'])).toBe(true);
    expect(matchesAnyGlob('other/schema.graphql', ['shared/**/*.graphql'])).toBe(false);
    expect(matchesAnyGlob('shared/a/schema.graphql', ['shared/*.graphql'])).toBe(false);
  });

  it('supports alternatives and Windows separators', () => {
    expect(matchesAnyGlob('api\\x.gql', ['api/*.{graphql,gql}'])).toBe(true);
    expect(matchesAnyGlob('api/x.txt', ['api/*.{graphql,gql}'])).toBe(false);
  });

  it('matches ? as one character of a name, nested alternatives, and a bare ** anywhere', () => {
    expect(matchesAnyGlob('v1/schema.graphql', ['v?/schema.graphql'])).toBe(true);
    expect(matchesAnyGlob('v/1/schema.graphql', ['v?1/schema.graphql'])).toBe(false);
    expect(matchesAnyGlob('b/x.graphql', ['{a,{b,c}}/*.graphql'])).toBe(true);
    expect(matchesAnyGlob('d/x.graphql', ['{a,{b,c}}/*.graphql'])).toBe(false);
    expect(matchesAnyGlob('a/b/c.graphql', ['**'])).toBe(true);
    expect(matchesAnyGlob('a/b/c.graphql', ['a**.graphql'])).toBe(true);
    expect(matchesAnyGlob('schema.graphql', ['**/schema.graphql'])).toBe(true);
    expect(matchesAnyGlob('x/schema.graphql', ['**/schema.graphql'])).toBe(true);
    expect(matchesAnyGlob('xschema.graphql', ['**/schema.graphql'])).toBe(false);
  });

  it('takes characters that mean something in regular expressions literally', () => {
    expect(matchesAnyGlob('a+b/(x).graphql', ['a+b/(x).graphql'])).toBe(true);
    expect(matchesAnyGlob('aab/x.graphql', ['a+b/*.graphql'])).toBe(false);
    expect(matchesAnyGlob('a.graphql', ['a,b.graphql'])).toBe(false);
    expect(matchesAnyGlob('a,b.graphql', ['a,b.graphql'])).toBe(true);
  });

  it('answers a pattern that would make a regular expression backtrack for ever', () => {
    // As a regular expression, `**a…a**b` tries every way to split the a's between the stars.
    const glob = `**${'a'.repeat(30)}**b`;
    const path = 'a'.repeat(5_000);
    expect(matchesAnyGlob(path, [glob])).toBe(false);
    expect(matchesAnyGlob(`${path}b`, [glob])).toBe(true);
    const stars = `${'*a'.repeat(40)}*b`;
    expect(matchesAnyGlob('a'.repeat(2_000), [stars])).toBe(false);
  });

  it('ignores a pattern that does not parse instead of failing, and says what is wrong with it', () => {
    expect(matchesAnyGlob('schemas/a.graphql', ['schemas/{a', 'schemas/*.graphql'])).toBe(true);
    expect(matchesAnyGlob('schemas/a', ['schemas/{a'])).toBe(false);
    expect(parseGlob('schemas/{a')).toEqual({ ok: false, problem: expect.stringContaining('"{" at character 9 is never closed') });
    expect(parseGlob('schemas/a}')).toEqual({ ok: false, problem: expect.stringContaining('"}" at character 10 closes no "{"') });
    expect(parseGlob('{'.repeat(40) + '}'.repeat(40))).toEqual({ ok: false, problem: expect.stringContaining('more than 32 levels') });
    expect(globProblems(['schemas/**/*.graphql', 'schemas/{a'])).toEqual([
      'The amplifyLens.schemaFiles pattern "schemas/{a" is not valid: the "{" at character 9 is never closed. Close it with "}", as in "schemas/{a,b}/*.graphql". Lens ignores it until it is fixed.',
    ]);
  });
});
