import { describe, expect, it } from 'vitest';
import { findReferences } from './find-references';
import { analyzeFiles, COMMENTS_URI, describeLocations, positionOf, POSTS_URI } from '../../../test-support/graphql/navigation-files';

const posts = `type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(references: ["postId"])
}

extend type Query {
  recentComments: [Comment]
}
`;

const comments = `type Comment @model @auth(rules: [{ allow: owner, ownerField: "postId" }]) {
  id: ID!
  postId: ID! @index(name: "byPost", sortKeyFields: ["createdAt"])
  post: Post @belongsTo(references: ["postId"])
  createdAt: AWSDateTime!
}

union Feed = Post | Comment

type Query {
  comment(id: ID!): Comment
}
`;

const files: Record<string, string> = { [POSTS_URI]: posts, [COMMENTS_URI]: comments };
const analysis = analyzeFiles(files);

function referencesAt(uri: string, snippet: string, offset: number, includeDeclaration: boolean): string[] {
  return describeLocations(files, findReferences(analysis, uri, positionOf(files[uri], snippet, offset), includeDeclaration));
}

describe('findReferences', () => {
  it('lists every reference to a type across the files, declaration on request', () => {
    const expected = [
      'posts.graphql@4:14 Comment',
      'posts.graphql@8:20 Comment',
      'comments.graphql@8:21 Comment',
      'comments.graphql@11:21 Comment',
    ];
    expect(referencesAt(POSTS_URI, '[Comment]', 1, false)).toEqual(expected);
    expect(referencesAt(POSTS_URI, '[Comment]', 1, true)).toEqual([
      'posts.graphql@4:14 Comment',
      'posts.graphql@8:20 Comment',
      'comments.graphql@1:6 Comment',
      'comments.graphql@8:21 Comment',
      'comments.graphql@11:21 Comment',
    ]);
  });

  it('counts a type extension as a reference to the type', () => {
    expect(referencesAt(COMMENTS_URI, 'type Query', 6, false)).toEqual(['posts.graphql@7:13 Query']);
  });

  it('lists a field with every directive-argument string naming it, from any file', () => {
    const expected = [
      'posts.graphql@4:46 postId',
      'comments.graphql@1:64 postId',
      'comments.graphql@3:3 postId',
      'comments.graphql@4:39 postId',
    ];
    expect(referencesAt(COMMENTS_URI, 'postId: ID!', 0, true)).toEqual(expected);
    expect(referencesAt(POSTS_URI, '"postId"', 3, true)).toEqual(expected);
    expect(referencesAt(POSTS_URI, '"postId"', 3, false)).toEqual(expected.filter((line) => !line.includes('@3:3')));
  });

  it('does not confuse same-named fields of different types', () => {
    expect(referencesAt(POSTS_URI, 'id: ID!', 0, true)).toEqual(['posts.graphql@2:3 id']);
  });

  it('joins an interface field with the fields implementing it', () => {
    const shapes = `interface Shape {\n  area: Float\n}\n\ntype Square implements Shape {\n  area: Float\n}\n\ntype Circle implements Shape {\n  area: Float\n}\n\ntype Label {\n  area: Float\n}\n`;
    const single = analyzeFiles({ [POSTS_URI]: shapes });
    const found = findReferences(single, POSTS_URI, positionOf(shapes, 'area', 0, 2), true);
    expect(found.map((location) => location.range.start.line + 1)).toEqual([2, 6, 10]);
  });

  it('returns nothing away from a symbol', () => {
    expect(findReferences(analysis, POSTS_URI, { line: 5, character: 0 }, true)).toEqual([]);
  });
});
