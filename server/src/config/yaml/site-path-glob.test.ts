import { describe, expect, it } from 'vitest';
import { sitePatternMatchesAny } from './site-path-glob';

describe('sitePatternMatchesAny on patterns from the repository', () => {
  it('answers at once for a pattern a regular expression would backtrack on for ever', () => {
    const files = [`assets/${'a'.repeat(200)}.png`];
    expect(sitePatternMatchesAny(`/assets/${'*a'.repeat(40)}*.json`, files)).toBe(false);
    expect(sitePatternMatchesAny(`/assets/${'*a'.repeat(40)}*.png`, files)).toBe(true);
  });

  it('keeps its reading of a trailing slash: a folder and what is inside it, but not after **/', () => {
    expect(sitePatternMatchesAny('/assets/', ['assets/logo.png'])).toBe(true);
    expect(sitePatternMatchesAny('/assets/**/', ['assets/img/logo.png'])).toBe(false);
  });
});
