import { describe, expect, it } from 'vitest';
import { formatSchema } from './format-schema';

// Schemas as the formatter prints them, so a reviewer sees the layout. The rules (meaning kept,
// comments kept, idempotence, widths, tabs) are asserted in format-schema.test.ts.
function formatted(text: string): string | null {
  return formatSchema(text, { tabSize: 2, insertSpaces: true });
}

describe('formatted schemas', () => {
  it('a Gen 1 schema typed in a hurry', () => {
    const typed = [
      '# Blog',
      'type Blog @model @auth(rules:[{allow:owner},{allow:public,operations:[read]}]){ id:ID! name:String!',
      '  posts:[Post]@hasMany(indexName:"byBlog",fields:["id"]) }',
      'type Post @model @auth(rules: [{ allow: owner, ownerField: "author", operations: [create, update, delete, read] }, { allow: groups, groups: ["Admins"] }]) {',
      'id: ID!   # the key',
      '  blogID: ID! @index(name: "byBlog", sortKeyFields: ["title"])',
      '      title: String!',
      '}',
      'enum Status {DRAFT PUBLISHED}',
    ].join('\n');
    expect(formatted(typed)).toMatchInlineSnapshot(`
      "# Blog
      type Blog
        @model
        @auth(rules: [{ allow: owner }, { allow: public, operations: [read] }]) {
        id: ID!
        name: String!
        posts: [Post] @hasMany(indexName: "byBlog", fields: ["id"])
      }
      type Post
        @model
        @auth(
          rules: [
            {
              allow: owner
              ownerField: "author"
              operations: [create, update, delete, read]
            }
            { allow: groups, groups: ["Admins"] }
          ]
        ) {
        id: ID! # the key
        blogID: ID! @index(name: "byBlog", sortKeyFields: ["title"])
        title: String!
      }
      enum Status {
        DRAFT
        PUBLISHED
      }
      "
    `);
  });

  it('descriptions, arguments and a long union', () => {
    const typed = [
      '"""A reader of the blog"""',
      'type Reader @model { id: ID!  "the name shown" name: String',
      '  feed(limit: Int = 20, nextToken: String, filter: FeedFilter): [Post] @function(name: "feed-${env}") }',
      'union SearchResult = Post | Blog | Reader | Comment | Author | Tag | Category | Series | Newsletter | Subscriber | Topic',
    ].join('\n');
    expect(formatted(typed)).toMatchInlineSnapshot(`
      """"
      A reader of the blog
      """
      type Reader @model {
        id: ID!
        "the name shown"
        name: String
        feed(limit: Int = 20, nextToken: String, filter: FeedFilter): [Post]
          @function(name: "feed-\${env}")
      }
      union SearchResult =
        | Post
        | Blog
        | Reader
        | Comment
        | Author
        | Tag
        | Category
        | Series
        | Newsletter
        | Subscriber
        | Topic
      "
    `);
  });
});
