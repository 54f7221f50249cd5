import { describe, expect, it } from 'vitest';
import { freshLine, group, hardline, ifBreak, indent, join, layoutDoc, lineEnd, lineSuffix, softline, type Doc } from './format-doc';

function layout(doc: Doc, printWidth = 20, indentUnit = '  '): string {
  return layoutDoc(doc, { printWidth, indentUnit, indentWidth: indentUnit === '\t' ? 4 : indentUnit.length }).join('\n');
}

/** `[a, b, c]` flat, one item per line broken. */
function list(items: string[]): Doc {
  return group(['[', indent([softline, join([ifBreak('', ', '), softline], items)]), softline, ']']);
}

describe('layoutDoc', () => {
  it('prints a group flat when it fits and broken when it does not', () => {
    expect(layout(list(['a', 'b', 'c']))).toBe('[a, b, c]');
    expect(layout(list(['alpha', 'bravo', 'charlie']))).toBe('[\n  alpha\n  bravo\n  charlie\n]');
  });

  it('counts what follows a group on the same line', () => {
    expect(layout([list(['a', 'b']), ' and then a long tail'])).toBe('[\n  a\n  b\n] and then a long tail');
  });

  it('breaks only the outer group when the inner one fits on its own line', () => {
    const doc = group(['f(', indent([softline, join([ifBreak('', ', '), softline], [list(['a', 'b']), 'second-argument'])]), softline, ')']);
    expect(layout(doc)).toBe('f(\n  [a, b]\n  second-argument\n)');
  });

  it('breaks every group around a hard line', () => {
    expect(layout(group(['x', indent([softline, 'y', hardline, 'z'])]))).toBe('x\n  y\n  z');
  });

  it('measures tab indentation by its width', () => {
    expect(layout(['a', indent([hardline, list(['bb', 'cc', 'dd'])])], 12, '\t')).toBe('a\n\t[\n\t\tbb\n\t\tcc\n\t\tdd\n\t]');
  });

  it('defers a line suffix to the end of the line, or to the line before when none is left', () => {
    expect(layout(['a', lineSuffix(' # note'), ' b', hardline, 'c'])).toBe('a b # note\nc');
    expect(layout(['a', hardline, lineSuffix(' # note'), freshLine, '# own', hardline, 'c'])).toBe('a # note\n# own\nc');
  });

  it('starts a new line after a line end, dropping the spacing that would have followed', () => {
    expect(layout(['key:', lineSuffix(' # why'), lineEnd, ' ', 'value'])).toBe('key: # why\nvalue');
  });

  it('breaks before a comment on its own line only when the line holds text', () => {
    expect(layout(['a', freshLine, '# c', lineEnd, 'b'])).toBe('a\n# c\nb');
    expect(layout(['a', hardline, freshLine, '# c'])).toBe('a\n# c');
  });

  it('leaves no trailing whitespace', () => {
    expect(layout(['a ', hardline, '  ', hardline, 'b'])).toBe('a\n\nb');
  });
});
