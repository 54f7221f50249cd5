import { describe, expect, it } from 'vitest';
import { splitIntoDefinitionChunks } from './definition-chunks';

const starts = (text: string) => splitIntoDefinitionChunks(text).map((chunk) => text.slice(chunk.offset).split('\n')[0]);

describe('splitIntoDefinitionChunks', () => {
  it('cuts before each column-0 definition, keeping a description with its definition', () => {
    const text = '# header\ntype A {\n  id: ID\n}\n"""\nB\n"""\ntype B {\n  type: String\n}\nenum C { X }\n';
    expect(starts(text)).toEqual(['# header', 'type A {', '"""', 'enum C { X }']);
    expect(
      splitIntoDefinitionChunks(text)
        .map((chunk) => chunk.text)
        .join(''),
    ).toBe(text);
  });

  it('does not cut inside a block string, counting the quotes of each line', () => {
    const text = '"""\ntype Example {\n"""\ntype A {\n  id: ID\n}\n"""one""" """\ntype Inside\n"""\ntype B\n';
    expect(starts(text)).toEqual(['"""', '"""one""" """']);
  });

  it('reads a four-quote run as one block quote, as a left-to-right search does', () => {
    const text = '""""\ntype Inside\n"""\ntype After\n';
    expect(starts(text)).toEqual(['""""']);
  });

  it('needs a name after the keyword on the same line', () => {
    expect(starts('type A {\n  id: ID\n}\ntype\nB {\n  id: ID\n}\nscalar S\r\n')).toEqual(['type A {', 'scalar S\r']);
  });
});
