import { describe, expect, it } from 'vitest';
import { definitionAt, outlineSchema } from './schema-outline';
import { stringContent, tokenizeSchema } from './schema-tokens';

describe('tokenizeSchema', () => {
  it('skips commas and comments, and keeps strings whole', () => {
    const tokens = tokenizeSchema('a, "b c" # note\n"""d\ne""" @x(n: -1.5)');
    expect(tokens.map((token) => token.text)).toEqual(['a', '"b c"', '"""d\ne"""', '@', 'x', '(', 'n', ':', '-1.5', ')']);
    expect(stringContent(tokens[1])).toBe('b c');
  });

  it('ends an unterminated string at the end of its line', () => {
    const [, , string, after] = tokenizeSchema('f: "abc\nnext');
    expect(string).toMatchObject({ kind: 'string', text: '"abc', unterminated: true });
    expect(stringContent(string)).toBe('abc');
    expect(after.text).toBe('next');
  });
});

describe('outlineSchema', () => {
  it('lists definitions with fields, field types and header directives', () => {
    const outline = outlineSchema(
      '"""Posts"""\ntype Post @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  tags(limit: Int): [Tag!]! @hasMany\n}\nenum Tag { A B }\nextend type Post {\n  extra: String\n}\n',
    );
    const [post, tag, extension] = outline.definitions;
    expect(post).toMatchObject({ keyword: 'type', name: 'Post', isExtension: false, directives: ['model', 'auth'] });
    expect(post.fields.map((field) => [field.name, field.typeName, field.isList])).toEqual([
      ['id', 'ID', false],
      ['tags', 'Tag', true],
    ]);
    expect(tag).toMatchObject({ keyword: 'enum', name: 'Tag', fields: [] });
    expect(extension).toMatchObject({ keyword: 'type', name: 'Post', isExtension: true });
  });

  it('starts a definition at each column-0 keyword, even after an unclosed bracket', () => {
    const outline = outlineSchema('type A @auth(rules: [{ allow: owner\n\ntype B {\n  id: ID\n}\n');
    expect(outline.definitions.map((definition) => definition.name)).toEqual(['A', 'B']);
    expect(outline.definitions[1].fields.map((field) => field.name)).toEqual(['id']);
  });

  it("leaves the next definition's description out of the previous definition", () => {
    const text = 'type A {\n  id: ID\n}\n"Second"\ntype B {\n  id: ID\n}';
    const [a] = outlineSchema(text).definitions;
    expect(text.slice(a.start, a.end)).toBe('type A {\n  id: ID\n}');
  });

  it('finds the definition an offset belongs to, including trailing blank lines', () => {
    const text = 'type A {\n  id: ID\n}\n\n\ntype B {\n  id: ID\n}';
    const outline = outlineSchema(text);
    expect(definitionAt(outline, text.indexOf('\n\n\n') + 1)?.name).toBe('A');
    expect(definitionAt(outline, text.indexOf('type B') + 3)?.name).toBe('B');
    expect(definitionAt(outline, 0)?.name).toBe('A');
  });
});
