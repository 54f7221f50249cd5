import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../lens-diagnostic';
import { applyTextEdits } from '../../../test-support/graphql/apply-text-edits';
import { analyzeFiles, COMMENTS_URI, positionOf, POSTS_URI } from '../../../test-support/graphql/navigation-files';
import { prepareRename, renameSymbol } from './rename-symbol';

const posts = `type Post @model {
  id: ID!
  title: String!
  meta: AWSJSON
  comments: [Comment] @hasMany(references: ["postId"])
}

type Query {
  latest: [Comment]
}
`;

const comments = `type Comment @model @auth(rules: [{ allow: owner, ownerField: "writer" }]) {
  id: ID!
  postId: ID! @index(name: "byPost", sortKeyFields: ["createdAt"])
  post: Post @belongsTo(references: ["postId"])
  writer: String
  createdAt: AWSDateTime!
}

type Thread @model {
  id: ID!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])
}
`;

const files: Record<string, string> = { [POSTS_URI]: posts, [COMMENTS_URI]: comments };
const analysis = analyzeFiles(files);

/** Each file's text after the edits, only for files the edits touch. */
function applyAll(edits: TextEdit[] | null): Record<string, string> {
  if (!edits) throw new Error('expected edits');
  const result: Record<string, string> = {};
  for (const uri of new Set(edits.map((edit) => edit.uri))) {
    result[uri] = applyTextEdits(
      files[uri],
      edits.filter((edit) => edit.uri === uri),
    );
  }
  return result;
}

describe('prepareRename', () => {
  it('offers the name under the cursor with its range', () => {
    const prepared = prepareRename(analysis, POSTS_URI, positionOf(posts, '[Comment]', 3));
    expect(prepared).toEqual({ placeholder: 'Comment', range: { start: { line: 4, character: 13 }, end: { line: 4, character: 20 } } });
  });

  it('offers only the characters inside the quotes of a directive argument', () => {
    const prepared = prepareRename(analysis, POSTS_URI, positionOf(posts, '"postId"', 1));
    expect(prepared).toEqual({ placeholder: 'postId', range: { start: { line: 4, character: 45 }, end: { line: 4, character: 51 } } });
  });

  it('refuses built-in and AWS scalars, default root types and non-symbols', () => {
    expect(prepareRename(analysis, POSTS_URI, positionOf(posts, 'String', 1))).toBeNull();
    expect(prepareRename(analysis, POSTS_URI, positionOf(posts, 'AWSJSON', 1))).toBeNull();
    expect(prepareRename(analysis, POSTS_URI, positionOf(posts, 'Query', 1))).toBeNull();
    expect(prepareRename(analysis, POSTS_URI, positionOf(posts, '@model', 1))).toBeNull();
    expect(prepareRename(analysis, POSTS_URI, { line: 6, character: 0 })).toBeNull();
  });

  it('refuses a field the transformer adds rather than the schema declares', () => {
    const sdl = 'type Note @model @auth(rules: [{ allow: owner, ownerField: "owner" }]) {\n  id: ID!\n}\n';
    const single = analyzeFiles({ [POSTS_URI]: sdl });
    expect(prepareRename(single, POSTS_URI, positionOf(sdl, '"owner"', 1))).toBeNull();
  });
});

describe('renameSymbol', () => {
  it('renames a type in every file of the API', () => {
    const renamed = applyAll(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'type Comment', 6), 'Reply'));
    expect(renamed[POSTS_URI]).toContain('comments: [Reply] @hasMany');
    expect(renamed[POSTS_URI]).toContain('latest: [Reply]');
    expect(renamed[COMMENTS_URI]).toContain('type Reply @model');
    expect(renamed[COMMENTS_URI]).toContain('comments: [Reply] @hasMany');
    expect(renamed[COMMENTS_URI]).not.toContain('Comment');
  });

  it('renames a field with the directive-argument strings naming it, keeping the quotes', () => {
    const renamed = applyAll(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'postId: ID!'), 'parentId'));
    expect(renamed[POSTS_URI]).toContain('@hasMany(references: ["parentId"])');
    expect(renamed[COMMENTS_URI]).toContain('  parentId: ID! @index(name: "byPost"');
    expect(renamed[COMMENTS_URI]).toContain('@belongsTo(references: ["parentId"])');
    expect(renamed[COMMENTS_URI]).not.toContain('postId');
  });

  it('renames from a string in a directive argument too', () => {
    const renamed = applyAll(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, '"writer"', 2), 'author'));
    expect(renamed[COMMENTS_URI]).toContain('ownerField: "author"');
    expect(renamed[COMMENTS_URI]).toContain('  author: String\n');
  });

  it('renames an index with the indexName strings pointing at it', () => {
    const renamed = applyAll(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, '"byPost"', 1), 'commentsByPost'));
    expect(renamed[COMMENTS_URI]).toContain('@index(name: "commentsByPost"');
    expect(renamed[COMMENTS_URI]).toContain('@hasMany(indexName: "commentsByPost"');
  });

  it('rejects names GraphQL (or DynamoDB, for indexes) does not allow', () => {
    const field = positionOf(comments, 'writer: String');
    expect(renameSymbol(analysis, COMMENTS_URI, field, '1writer')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, field, 'wri-ter')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, field, '__writer')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, '"byPost"', 1), 'by')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, '"byPost"', 1), 'by-post.v2')).not.toBeNull();
  });

  it('rejects a name already taken by another type or field of the same type', () => {
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'type Thread', 6), 'Post')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'type Thread', 6), 'String')).toBeNull();
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'writer: String'), 'createdAt')).toBeNull();
    // `title` exists on Post, not on Comment, so Comment may take it.
    expect(renameSymbol(analysis, COMMENTS_URI, positionOf(comments, 'writer: String'), 'title')).toHaveLength(2);
  });

  it('renames an interface field together with its implementations', () => {
    const sdl = 'interface Node {\n  key: ID!\n}\n\ntype Item implements Node {\n  key: ID!\n}\n';
    const single = analyzeFiles({ [POSTS_URI]: sdl });
    const edits = renameSymbol(single, POSTS_URI, positionOf(sdl, 'key', 0, 2), 'nodeId');
    expect(applyTextEdits(sdl, edits ?? [])).toBe(sdl.replaceAll('key', 'nodeId'));
  });

  it('returns null away from a symbol', () => {
    expect(renameSymbol(analysis, POSTS_URI, { line: 6, character: 0 }, 'X')).toBeNull();
  });
});
