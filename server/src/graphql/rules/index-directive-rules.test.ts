import { describe, expect, it } from 'vitest';
import type { ApiSettings } from '../api-settings';
import { applyFix } from '../../../test-support/graphql/apply-text-edits';
import { diagnose, summarize, underlined } from '../../../test-support/graphql/diagnose';

function indexDiagnostics(sdl: string, settings: Partial<ApiSettings> = {}) {
  return diagnose(sdl, settings).filter((d) => d.code.startsWith('index-'));
}

describe('@index rules', () => {
  describe('documented examples', () => {
    const examples = {
      'index with generated name': `
type Customer @model {
  id: ID!
  name: String!
  phoneNumber: String
  accountRepresentativeID: ID! @index
}`,
      'name and queryField': `
type Customer @model {
  id: ID!
  name: String!
  phoneNumber: String
  accountRepresentativeID: ID!
    @index(name: "byRepresentative", queryField: "customerByRepresentative")
}`,
      'sort key fields': `
type Customer @model @auth(rules: [{ allow: public }]) {
  id: ID!
  name: String! @index(name: "byNameAndPhoneNumber", sortKeyFields: ["phoneNumber"], queryField: "customerByNameAndPhone")
  phoneNumber: String
  accountRepresentativeID: ID! @index
}`,
      'index for a has-many relationship': `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])
}
type Comment @model {
  id: ID!
  postID: ID! @index(name: "byPost", sortKeyFields: ["content"])
  content: String!
}`,
      'index on a composite-key model': `
type Post @model {
  postId: ID! @primaryKey(sortKeyFields: ["title"])
  title: String!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["postId", "title"])
}
type Comment @model {
  commentId: ID! @primaryKey(sortKeyFields: ["content"])
  content: String!
  postId: ID @index(name: "byPost", sortKeyFields: ["postTitle"])
  postTitle: String
}`,
      'index without a query': `
type Customer @model {
  id: ID!
  name: String!
  phoneNumber: String
  accountRepresentativeID: ID! @index(queryField: null)
}`,
      'sorting by date': `
type Todo @model {
  id: ID!
  title: String!
  type: String! @index(name: "todosByDate", queryField: "todosByDate", sortKeyFields: ["createdAt"])
  createdAt: String!
}`,
    };
    for (const [name, sdl] of Object.entries(examples)) {
      it(`accepts: ${name}`, () => expect(diagnose(sdl)).toEqual([]));
    }
  });

  it('leaves @index to the SDL layer under transformer v1', () => {
    const sdl = 'type Post {\n  id: ID!\n  a: ID @index(name: "x")\n}\n';
    expect(diagnose(sdl, { transformerVersion: 1 }).map((d) => d.code)).toEqual(['v2-directive']);
  });

  it('requires @model on the type', () => {
    const sdl = 'type Customer {\n  id: ID!\n  rep: ID! @index\n}\n';
    const [diagnostic, ...rest] = indexDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('index-not-on-model');
    expect(underlined(sdl, diagnostic)).toBe('@index');
  });

  it('rejects a list or object field as hash key', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  tags: [String] @index\n  author: Author @index(name: "byAuthor")\n}\ntype Author { id: ID! }\n';
    const diagnostics = indexDiagnostics(sdl);
    expect(summarize(diagnostics)).toEqual(['index-field-not-scalar@3:9-3:17', 'index-field-not-scalar@4:11-4:17']);
    expect(diagnostics[1].message).toContain("Index 'byAuthor' on type 'Post.author' cannot be a non-scalar");
  });

  it('accepts enum and AWS scalar keys', () => {
    const sdl =
      'enum Status { OPEN DONE }\ntype Task @model {\n  id: ID!\n  status: Status! @index(sortKeyFields: ["due"])\n  due: AWSDateTime\n}\n';
    expect(diagnose(sdl)).toEqual([]);
  });

  it('flags the missing sort key item and suggests the close field name', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  blogID: ID! @index(name: "byBlog", sortKeyFields: ["title", "createdAtt"])\n  title: String\n  createdAt: AWSDateTime\n}\n';
    const [diagnostic, ...rest] = indexDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('index-sort-key-not-found');
    expect(underlined(sdl, diagnostic)).toBe('"createdAtt"');
    expect(diagnostic.message).toContain("Can't find field 'createdAtt' in Post, but it was specified in index 'byBlog'.");
    expect(applyFix(sdl, diagnostic.fixes?.[0])).toContain('sortKeyFields: ["title", "createdAt"]');
  });

  it('explains that an implicit createdAt must be declared to serve as a sort key', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  status: String! @index(sortKeyFields: ["createdAt"])\n}\n';
    const [diagnostic] = indexDiagnostics(sdl);
    expect(diagnostic.code).toBe('index-sort-key-not-found');
    expect(diagnostic.message).toContain("add 'createdAt: AWSDateTime!' to Post");
  });

  it('flags a sort key that is a list', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  blogID: ID! @index(sortKeyFields: ["tags"])\n  tags: [String]\n}\n';
    expect(summarize(indexDiagnostics(sdl))).toEqual(['index-sort-key-not-scalar@3:38-3:44']);
  });

  it('flags an index that references itself', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  blogID: ID! @index(sortKeyFields: ["blogID"])\n}\n';
    const [diagnostic] = indexDiagnostics(sdl);
    expect(diagnostic.code).toBe('index-self-reference');
    expect(diagnostic.message).toContain("@index field 'blogID' cannot reference itself.");
    expect(underlined(sdl, diagnostic)).toBe('"blogID"');
  });

  it('checks the index name pattern and explicit null', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  a: ID! @index(name: "by")\n  b: ID! @index(name: "by blog")\n  c: ID! @index(name: null)\n  d: ID! @index(name: "by-blog.v1_x")\n}\n';
    const diagnostics = indexDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['index-invalid-name', '"by"'],
      ['index-invalid-name', '"by blog"'],
      ['index-null-name', 'null'],
    ]);
  });

  it('requires index names to be unique per type only', () => {
    const sdl = [
      'type Post @model {',
      '  id: ID!',
      '  a: ID! @index(name: "byKey")',
      '  b: ID! @index(name: "byKey")',
      '}',
      'type Comment @model {',
      '  id: ID!',
      '  a: ID! @index(name: "byKey")',
      '}',
      '',
    ].join('\n');
    const diagnostics = indexDiagnostics(sdl);
    expect(summarize(diagnostics)).toEqual(['index-duplicate-name@4:23-4:30']);
    expect(diagnostics[0].message).toContain("You may only supply one @index with the name 'byKey' on type 'Post'.");
  });

  it('flags query fields used twice or clashing with Query fields and get queries', () => {
    const sdl = [
      'type Query {',
      '  postsByStatus: [Post]',
      '}',
      'type Post @model {',
      '  id: ID!',
      '  status: String @index(queryField: "postsByStatus")',
      '  blogID: ID @index(queryField: "byBlog")',
      '  authorID: ID @index(queryField: "byBlog")',
      '  slug: String @index(queryField: "getPost")',
      '}',
      '',
    ].join('\n');
    const diagnostics = indexDiagnostics(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['index-query-field-clash', '"postsByStatus"'],
      ['index-duplicate-query-field', '"byBlog"'],
      ['index-query-field-clash', '"getPost"'],
    ]);
    expect(diagnostics[0].message).toContain("Object type extension 'Query' cannot redeclare field postsByStatus");
    expect(diagnostics[2].message).toContain("the 'get' query that @model generates for Post");
  });

  it('follows renamed and disabled model queries', () => {
    const renamed =
      'type Post @model(queries: { get: "post", list: "posts" }) {\n  id: ID!\n  a: ID @index(queryField: "posts")\n  b: ID @index(queryField: "getPost")\n}\n';
    expect(indexDiagnostics(renamed).map((d) => underlined(renamed, d))).toEqual(['"posts"']);
    const disabled = 'type Post @model(queries: null) {\n  id: ID!\n  a: ID @index(queryField: "getPost")\n}\n';
    expect(indexDiagnostics(disabled)).toEqual([]);
  });

  it('keeps the default get query when the queries map is deep-merged (Gen 2)', () => {
    const sdl = 'type Post @model(queries: { list: "posts" }) {\n  id: ID!\n  a: ID @index(queryField: "getPost")\n}\n';
    expect(indexDiagnostics(sdl)).toEqual([]);
    expect(indexDiagnostics(sdl, { generation: 2 }).map((d) => d.code)).toEqual(['index-query-field-clash']);
  });

  it('rejects an index on the primary key field when the primary key has no sort key', () => {
    const sdl = 'type Post @model {\n  slug: String! @primaryKey @index(name: "bySlug")\n}\n';
    const [diagnostic, ...rest] = indexDiagnostics(sdl);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('index-lsi-without-primary-sort-key');
    expect(underlined(sdl, diagnostic)).toBe('@index(name: "bySlug")');
  });

  it('requires a sort key on a local secondary index only when secondaryKeyAsGSI is off', () => {
    const sdl = 'type Post @model {\n  slug: String! @primaryKey(sortKeyFields: ["title"]) @index(name: "bySlug")\n  title: String!\n}\n';
    expect(indexDiagnostics(sdl)).toEqual([]);
    const legacy = { featureFlags: { secondarykeyasgsi: false } };
    expect(indexDiagnostics(sdl, legacy).map((d) => d.code)).toEqual(['index-lsi-without-sort-key']);
    const withSortKey = sdl
      .replace('@index(name: "bySlug")', '@index(name: "bySlug", sortKeyFields: ["createdAt"])')
      .replace('title: String!\n', 'title: String!\n  createdAt: AWSDateTime\n');
    expect(indexDiagnostics(withSortKey, legacy)).toEqual([]);
  });

  it('requires nonKeyAttributes for an INCLUDE projection', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  blogID: ID @index(projection: { type: INCLUDE })\n  a: ID @index(projection: { type: INCLUDE, nonKeyAttributes: ["title"] })\n  b: ID @index(projection: { type: KEYS_ONLY })\n  title: String\n}\n';
    const diagnostics = indexDiagnostics(sdl, { generation: 2 });
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([['index-projection-missing-attributes', '{ type: INCLUDE }']]);
  });
});
