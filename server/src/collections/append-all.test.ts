import { describe, expect, it } from 'vitest';
import { appendAll } from './append-all';

describe('appendAll', () => {
  it('appends more items than a spread can pass as arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, many)).toBe(target);
    expect(target).toHaveLength(300_001);
    expect(target.at(-1)).toBe(299_999);
  });
});
