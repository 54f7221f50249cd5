import { describe, expect, it } from 'vitest';
import { tokenizeSchema, type SchemaCommentSpan } from './schema-tokens';

describe('the tokenizer the schema features share', () => {
  it('hands the comments it skips to a caller that asks for them', () => {
    const text = '# models\ntype Post { # the post\n  id: ID!\n}\r\n# end';
    const comments: SchemaCommentSpan[] = [];
    const tokens = tokenizeSchema(text, comments);
    expect(comments.map(({ start, end }) => text.slice(start, end))).toEqual(['# models', '# the post', '# end']);
    expect(tokens.map((token) => token.text)).toEqual(['type', 'Post', '{', 'id', ':', 'ID', '!', '}']);
  });

  it('reads an escaped triple quote inside a block string as part of it', () => {
    const text = '"""\nSay \\""" to quote.\n"""\ntype Quote { id: ID }';
    const [description, keyword] = tokenizeSchema(text);
    expect(description).toMatchObject({ kind: 'string', start: 0, end: text.indexOf('type') - 1, unterminated: false });
    expect(keyword.text).toBe('type');
  });
});
