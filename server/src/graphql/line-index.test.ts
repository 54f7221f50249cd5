import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('converts offsets and positions, with \\n, \\r\\n and lone \\r line ends', () => {
    for (const text of ['ab\ncd\n\nef', 'ab\r\ncd\r\n\r\nef', 'ab\rcd\r\ref']) {
      const lines = new LineIndex(text);
      const efOffset = text.indexOf('ef');
      expect(lines.lineCount).toBe(4);
      expect(lines.positionAt(efOffset + 1)).toEqual({ line: 3, character: 1 });
      expect(lines.offsetAt({ line: 3, character: 1 })).toBe(efOffset + 1);
      expect(lines.positionAt(text.indexOf('cd'))).toEqual({ line: 1, character: 0 });
    }
  });

  it('clamps offsets and positions to the text', () => {
    const lines = new LineIndex('ab\ncd');
    expect(lines.positionAt(-3)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 1, character: 2 });
    expect(lines.offsetAt({ line: 0, character: 10 })).toBe(3);
    expect(lines.offsetAt({ line: 5, character: 0 })).toBe(5);
  });
});
