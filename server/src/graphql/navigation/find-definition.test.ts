import { describe, expect, it } from 'vitest';
import { findDefinition } from './find-definition';
import { analyzeFiles, COMMENTS_URI, describeLocations, positionOf, POSTS_URI } from '../../../test-support/graphql/navigation-files';

const posts = `type Blog @model {
  id: ID!
  name: String!
  posts: [Post] @hasMany(references: ["blogId"])
}

type Post @model @auth(rules: [{ allow: owner, ownerField: "author" }, { allow: groups, groupsField: "editors" }]) {
  id: ID!
  blogId: ID! @index(name: "byBlog", sortKeyFields: ["title"])
  blog: Blog @belongsTo(references: ["blogId"])
  title: String!
  author: String
  editors: [String] @auth(rules: [{ allow: owner, ownerField: "author" }])
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])
  status: PostStatus
}

union SearchResult = Post | Comment

type Subscription {
  onPublish: Post @aws_subscribe(mutations: ["publishPost"])
}

type Mutation {
  publishPost(input: PublishInput!): Post
}
`;

const comments = `enum PostStatus {
  DRAFT
  PUBLISHED
}

interface Node {
  id: ID!
}

type Comment implements Node @model {
  id: ID!
  postId: ID! @index(name: "byPost", sortKeyFields: ["createdAt"])
  createdAt: AWSDateTime!
}

type Ticket @model {
  ticketId: ID! @primaryKey(sortKeyFields: ["kind"])
  kind: String!
}

input PublishInput {
  postId: ID!
  status: PostStatus
}
`;

const files: Record<string, string> = { [POSTS_URI]: posts, [COMMENTS_URI]: comments };
const analysis = analyzeFiles(files);

function definitionAt(uri: string, snippet: string, offset = 0, occurrence = 1): string[] {
  const text = files[uri];
  return describeLocations(files, findDefinition(analysis, uri, positionOf(text, snippet, offset, occurrence)));
}

describe('findDefinition', () => {
  describe('type references', () => {
    it('leads from a field type to the type in another file of the API', () => {
      expect(definitionAt(POSTS_URI, '[Comment]', 1)).toEqual(['comments.graphql@10:6 Comment']);
      expect(definitionAt(POSTS_URI, 'PostStatus', 3)).toEqual(['comments.graphql@1:6 PostStatus']);
    });

    it('leads from union members, implements and input field types', () => {
      expect(definitionAt(POSTS_URI, '= Post', 2)).toEqual(['posts.graphql@7:6 Post']);
      expect(definitionAt(COMMENTS_URI, 'implements Node', 11)).toEqual(['comments.graphql@6:11 Node']);
      expect(definitionAt(COMMENTS_URI, 'status: PostStatus', 8)).toEqual(['comments.graphql@1:6 PostStatus']);
      expect(definitionAt(POSTS_URI, 'PublishInput!', 0)).toEqual(['comments.graphql@21:7 PublishInput']);
    });

    it('accepts a cursor just after the name', () => {
      expect(definitionAt(POSTS_URI, 'blog: Blog', 10)).toEqual(['posts.graphql@1:6 Blog']);
    });

    it('finds nothing for built-in scalars or outside names', () => {
      expect(definitionAt(POSTS_URI, 'name: String', 7)).toEqual([]);
      expect(definitionAt(COMMENTS_URI, 'AWSDateTime', 2)).toEqual([]);
      expect(definitionAt(POSTS_URI, '{\n  id', 1)).toEqual([]);
    });

    it('lands on the declaration itself when asked on it', () => {
      expect(definitionAt(POSTS_URI, 'type Post', 6)).toEqual(['posts.graphql@7:6 Post']);
    });
  });

  describe('field names in directive arguments', () => {
    it('hasMany references name a field of the related type', () => {
      expect(definitionAt(POSTS_URI, '"blogId"', 2)).toEqual(['posts.graphql@9:3 blogId']);
    });

    it('belongsTo references name a field of the same type', () => {
      expect(definitionAt(POSTS_URI, '"blogId"', 2, 2)).toEqual(['posts.graphql@9:3 blogId']);
    });

    it('hasMany fields name a field of the same type', () => {
      expect(definitionAt(POSTS_URI, 'fields: ["id"]', 10)).toEqual(['posts.graphql@8:3 id']);
    });

    it('sortKeyFields of @index and @primaryKey name fields of the same type', () => {
      expect(definitionAt(POSTS_URI, '["title"]', 3)).toEqual(['posts.graphql@11:3 title']);
      expect(definitionAt(COMMENTS_URI, '"createdAt"', 1)).toEqual(['comments.graphql@13:3 createdAt']);
      expect(definitionAt(COMMENTS_URI, '"kind"', 1)).toEqual(['comments.graphql@18:3 kind']);
    });

    it('ownerField and groupsField of type- and field-level @auth name fields of the type', () => {
      expect(definitionAt(POSTS_URI, '"author"', 1)).toEqual(['posts.graphql@12:3 author']);
      expect(definitionAt(POSTS_URI, '"editors"', 1)).toEqual(['posts.graphql@13:3 editors']);
      expect(definitionAt(POSTS_URI, '"author"', 1, 2)).toEqual(['posts.graphql@12:3 author']);
    });

    it('indexName leads to the @index directive of the related model', () => {
      expect(definitionAt(POSTS_URI, '"byPost"', 3)).toEqual(['comments.graphql@12:15 @index(name: "byPost", sortKeyFields: ["createdAt"])']);
    });

    it('@aws_subscribe mutations name fields of the mutation type', () => {
      expect(definitionAt(POSTS_URI, '["publishPost"]', 2)).toEqual(['posts.graphql@25:3 publishPost']);
    });

    it('finds nothing for a name the schema does not declare', () => {
      const sdl = 'type Note @model @auth(rules: [{ allow: owner }, { allow: owner, ownerField: "owner" }]) {\n  id: ID!\n}\n';
      const single = analyzeFiles({ [POSTS_URI]: sdl });
      expect(findDefinition(single, POSTS_URI, positionOf(sdl, '"owner"', 1))).toEqual([]);
    });
  });
});
