import { describe, expect, it } from 'vitest';
import { matchesAnyGlob } from './glob-pattern';

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
});
