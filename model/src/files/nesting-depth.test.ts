import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from './nesting-depth';

describe('findExcessiveNesting', () => {
  it('finds the bracket that opens one level too many', () => {
    expect(findExcessiveNesting('a: [[[x]]]', 'yaml', 3)).toBe(-1);
    expect(findExcessiveNesting('a: [[[[x]]]]', 'yaml', 3)).toBe(6);
    expect(findExcessiveNesting(`tags: ${'['.repeat(8_000)}String${']'.repeat(8_000)}`, 'graphql', 256)).toBe(6 + 256);
  });

  it('counts levels, not brackets: siblings do not add up', () => {
    expect(findExcessiveNesting('[[],[],[],[],[]]', 'json', 2)).toBe(-1);
  });

  it('skips brackets in GraphQL strings, block strings and comments', () => {
    expect(findExcessiveNesting('"[[[[" # [[[[\n"""\n[[[[\n""" [x]', 'graphql', 1)).toBe(-1);
    expect(findExcessiveNesting('"\\"[[[[" [[x]]', 'graphql', 1)).toBe(10);
  });

  it('skips brackets in JSON strings and comments, but not past a line break in an unclosed string', () => {
    expect(findExcessiveNesting('{"a": "[[[[", // [[[[\n /* [[[[ */ "b": [1]}', 'json', 2)).toBe(-1);
    expect(findExcessiveNesting('{"a": "unclosed\n[[[[', 'json', 2)).toBe(17);
  });

  it('counts brackets in YAML quotes (they may not be quotes), but not in comments', () => {
    expect(findExcessiveNesting("a: '[['\nb: [1] # [[[[", 'yaml', 2)).toBe(11);
    expect(findExcessiveNesting('a: x#[[[[\nb: [1] # [[[[', 'yaml', 2)).toBe(7);
  });
});
