import { describe, expect, it } from 'vitest';
import { outlineDefinitions } from './outline-definitions';
import { outlineSchema, type SchemaOutline } from './schema-outline';
import { tokenizeSchema } from './schema-tokens';

/** Tokens of all pieces in file offsets: what tokenizing the whole file gives. */
function fileTokens(outline: SchemaOutline) {
  return outline.pieces.flatMap(({ piece, offset }) =>
    piece.tokens.map((token) => ({
      ...token,
      start: token.start + offset,
      end: token.end + offset,
      ...(token.contentStart === undefined ? {} : { contentStart: token.contentStart + offset, contentEnd: token.contentEnd! + offset }),
    })),
  );
}

/** Definitions as the whole file, outlined in one piece, has them: file offsets instead of token indexes. */
function wholeFileDefinitions(text: string) {
  const tokens = tokenizeSchema(text);
  return outlineDefinitions(text, tokens).map(({ firstToken, endToken, fields, ...rest }) => ({
    ...rest,
    fields: fields.map(({ nameIndex, ...field }) => ({ ...field, nameStart: tokens[nameIndex].start })),
  }));
}

function pieceDefinitions(outline: SchemaOutline) {
  return outline.definitions.map(({ firstToken, endToken, tokens, offset, fields, ...rest }) => ({
    ...rest,
    fields: fields.map(({ nameIndex, ...field }) => ({ ...field, nameStart: tokens[nameIndex].start + offset })),
  }));
}

const SCHEMA = `# header comment
"""
Posts
"""
type Post @model {
  id: ID!
  comments: [Comment] @hasMany
}

"Comments"
type Comment @model {
  id: ID!
  post: Post @belongsTo
}
enum Status { A B }
extend type Post {
  extra: String
}
`;

describe('outlining a file piece by piece', () => {
  const layouts: Record<string, string> = {
    'an ordinary schema': SCHEMA,
    'CRLF line ends': SCHEMA.replace(/\n/g, '\r\n'),
    'CR line ends': SCHEMA.replace(/\n/g, '\r'),
    'a description holding keyword lines': '"""\nExample:\ntype Fake {\n  x: Int\n}\n"""\ntype Real {\n  id: ID\n}\n',
    'a string continued after a backslash': 'type A {\n  f: String @default(value: "a\\\ntype B")\n}\ntype C {\n  id: ID\n}\n',
    'an unbalanced block quote': `"""\n${SCHEMA}${SCHEMA}${SCHEMA}${SCHEMA}`,
    'a half-typed definition': 'type A @auth(rules: [{ allow: owner\n\ntype\nextend\nenum E { X }\ntype B {\n  id: ID\n}',
    'a keyword at the very start': 'type A {\n  id: ID\n}',
    'no definitions': '# only a comment\n',
    'empty text': '',
  };

  for (const [layout, text] of Object.entries(layouts)) {
    it(`tokenizes and outlines as the whole file does: ${layout}`, () => {
      const outline = outlineSchema(text);
      expect(fileTokens(outline)).toEqual(tokenizeSchema(text));
      expect(pieceDefinitions(outline)).toEqual(wholeFileDefinitions(text));
      expect(outline.pieces.map(({ piece }) => piece.text).join('')).toBe(text);
    });
  }

  it('cuts before each column-0 definition keyword', () => {
    expect(outlineSchema(SCHEMA).pieces.map(({ offset }) => offset)).toEqual([
      0,
      SCHEMA.indexOf('type Post'),
      SCHEMA.indexOf('type Comment'),
      SCHEMA.indexOf('enum Status'),
      SCHEMA.indexOf('extend type'),
    ]);
  });

  it('joins a piece whose string runs over the cut to the next one', () => {
    const text = layouts['a description holding keyword lines'];
    const outline = outlineSchema(text);
    expect(outline.pieces.map(({ offset }) => offset)).toEqual([0, text.indexOf('type Real')]);
    expect(outline.definitions.map((definition) => definition.name)).toEqual(['Real']);
  });
});

describe('reusing pieces after an edit', () => {
  it('re-tokenizes only the edited definition', () => {
    const before = outlineSchema(SCHEMA);
    const edited = SCHEMA.replace('post: Post', 'post: Pots');
    const after = outlineSchema(edited, before);
    const reused = after.pieces.map(({ piece }) => before.pieces.some((old) => old.piece === piece));
    expect(reused).toEqual([true, true, false, true, true]);
    expect(after.definitions[1].fields.map((field) => field.typeName)).toEqual(['ID', 'Pots']);
  });

  it('moves the pieces after an insertion without tokenizing them again', () => {
    const before = outlineSchema(SCHEMA);
    const edited = SCHEMA.replace('  id: ID!\n  comments', '  id: ID!\n  title: String\n  comments');
    const after = outlineSchema(edited, before);
    const shift = '  title: String\n'.length;
    expect(after.pieces[2].piece).toBe(before.pieces[2].piece);
    expect(after.pieces[2].offset).toBe(before.pieces[2].offset + shift);
    const comment = after.definitions.find((definition) => definition.name === 'Comment')!;
    expect(edited.slice(comment.start, comment.end)).toMatch(/^type Comment @model \{[^}]*\}$/);
    expect(pieceDefinitions(after)).toEqual(wholeFileDefinitions(edited));
  });

  it('gives identical pieces of one file their own definitions', () => {
    const text = 'type A {\n  id: ID\n}\ntype A {\n  id: ID\n}\n';
    const outline = outlineSchema(text);
    expect(outline.pieces[0].piece).toBe(outline.pieces[1].piece);
    expect(outline.definitions.map((definition) => definition.start)).toEqual([0, text.lastIndexOf('type A')]);
  });
});
