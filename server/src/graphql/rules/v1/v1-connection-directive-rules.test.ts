import { describe, expect, it } from 'vitest';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { codesV1, diagnoseV1 } from '../../../../test-support/graphql/v1-diagnostics';

/** Cases from graphql-connection-transformer's tests (NewConnectionTransformer.test.ts, ModelConnectionTransformer.test.ts). */
describe('@connection with fields under transformer v1', () => {
  const BLOG = `
type Blog @model {
  id: ID!
  name: String!
  posts: [Post] @connection(keyName: "byBlog", fields: ["id"])
}
type Post @model @key(name: "byBlog", fields: ["blogID", "title"]) {
  id: ID!
  title: String!
  blogID: ID!
  blog: Blog @connection(fields: ["blogID"])
}
`;

  it('accepts the v1 docs blog: a key-based has-many and its belongs-to', () => {
    expect(diagnoseV1(BLOG)).toEqual([]);
  });

  it('accepts a whole composite sort key, or none of it', () => {
    const sdl = `
type Test @model {
  id: ID!
  email: String!
  name: String!
  some: [Test1] @connection(keyName: "testIndex", fields: ["id"])
  all: [Test1] @connection(keyName: "testIndex", fields: ["id", "email", "name"])
}
type Test1 @model @key(fields: ["id", "friendID"]) @key(name: "testIndex", fields: ["friendID", "email", "name"]) {
  id: ID!
  friendID: ID!
  email: String!
  name: String!
}
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('requires @model on both sides and an object type', () => {
    const sdl = `
type Test { id: ID! other: Test1 @connection(fields: ["id"]) }
type Test1 @model { id: ID! plain: Plain @connection(fields: ["id"]) name: String @connection(fields: ["id"]) }
type Plain { id: ID! }
`;
    expect(codesV1(sdl)).toEqual(['connection-not-on-model', 'connection-related-not-model', 'connection-related-not-object']);
  });

  it('leaves an undeclared type to graphql-js, which reports it once', () => {
    const sdl =
      'type Comment @model @key(name: "byState", fields: ["stateID"]) { id: ID! stateID: ID! state: State @connection(fields: ["stateID"]) }';
    expect(diagnoseV1(sdl).map((d) => d.code)).toEqual(['unknown-type']);
  });

  it('checks the fields: present, declared, single scalars', () => {
    const sdl = `
type Test @model {
  id: ID!
  tags: [String]
  none: [Test1] @connection(fields: [])
  missing: [Test1] @connection(fields: ["emial"])
  listed: [Test1] @connection(fields: ["tags"])
  single: [Test1] @connection(fields: "id")
  email: String
}
type Test1 @model { id: ID! }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['connection-no-fields', '[]'],
      ['connection-field-not-found', '"emial"'],
      ['connection-field-not-scalar', '"tags"'],
      ['connection-fields-not-list', '"id"'],
    ]);
    expect(diagnostics[1].fixes?.[0].edits[0].newText).toBe('"email"');
  });

  it('reports a keyName the related type does not define', () => {
    const sdl = BLOG.replace('keyName: "byBlog"', 'keyName: "byBlgo"');
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic.code).toBe('connection-unknown-key');
    expect(diagnostic.message).toContain('Key byBlgo does not exist for model Post');
    expect(diagnostic.fixes?.[0].edits[0].newText).toBe('"byBlog"');
  });

  it('refuses a keyName on a single object', () => {
    const sdl = BLOG.replace('blog: Blog @connection(fields: ["blogID"])', 'blog: Post @connection(keyName: "byBlog", fields: ["blogID"])');
    expect(codesV1(sdl)).toEqual(['connection-key-name-on-single']);
  });

  it('compares types with the key: hash key and sort keys', () => {
    const sdl = `
type Test @model {
  id: ID!
  email: String!
  byEmail: Test1 @connection(fields: ["email"])
  withSort: [Test2] @connection(fields: ["id", "email"])
}
type Test1 @model { id: ID! name: String! }
type Test2 @model @key(fields: ["id", "friendID"]) { id: ID! friendID: ID! }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['connection-field-type-mismatch', '"email"'],
      ['connection-field-type-mismatch', '"email"'],
    ]);
    expect(diagnostics[0].message).toContain('email field is not of type ID');
  });

  it('refuses partial sort keys and extra fields', () => {
    const sdl = `
type Test @model {
  id: ID!
  email: String!
  partial: [Test1] @connection(keyName: "testIndex", fields: ["id", "email"])
  extra: [Test2] @connection(fields: ["id", "email"])
}
type Test1 @model @key(name: "testIndex", fields: ["id", "friendID", "name"]) { id: ID! friendID: ID! name: String! }
type Test2 @model { id: ID! }
`;
    expect(codesV1(sdl)).toEqual(['connection-partial-sort-key', 'connection-too-many-fields']);
  });

  it('needs the related type to declare the id its table is keyed by', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  title: String\n  comments: [Comment] @connection(fields: ["id"])\n}\ntype Comment @model {\n  content: String\n}\n';
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic.code).toBe('connection-key-field-undeclared');
    expect(diagnostic.message).toContain('id is not defined in Comment');
  });
});

describe('@connection by name under transformer v1', () => {
  it('accepts the v1 docs one-to-many with a name on both sides and a sort field', () => {
    const sdl = `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @connection(name: "PostComments", sortField: "createdAt")
}
type Comment @model {
  id: ID!
  content: String!
  createdAt: String
  post: Post @connection(name: "PostComments", sortField: "createdAt")
}
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('accepts unnamed one-to-one and one-to-many with declared key fields', () => {
    const sdl = `
type Project @model {
  id: ID!
  team: Team @connection(keyField: "projectTeamId")
  projectTeamId: ID
  tasks: [Task] @connection
}
type Team @model { id: ID! name: String! }
type Task @model { id: ID! projectTasksId: String }
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('requires the other half of a named connection', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @connection(name: "PC")\n}\ntype Comment @model {\n  id: ID!\n}\n';
    const [diagnostic] = diagnoseV1(sdl);
    expect(diagnostic.code).toBe('connection-missing-counterpart');
    expect(underlined(sdl, diagnostic)).toBe('"PC"');
  });

  it('refuses many-to-many', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  tags: [Tag] @connection(name: "PT")\n}\ntype Tag @model {\n  id: ID!\n  posts: [Post] @connection(name: "PT")\n}\n';
    expect(codesV1(sdl)).toEqual(['connection-many-to-many', 'connection-many-to-many']);
  });

  // Each side reads its own keyField: Comment.post derives 'commentPostId', which is not declared.
  it('refuses key fields that are not ID or String, explicit or derived', () => {
    const sdl = `
type Post @model { id: ID! comments: [Comment] @connection(name: "PC", keyField: "postId") others: [Other] @connection }
type Comment @model { id: ID! postId: Int post: Post @connection(name: "PC") }
type Other @model { id: ID! postOthersId: [ID] }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['connection-key-field-type', 'Int'],
      ['connection-key-field-type', 'ID'],
    ]);
  });

  it('checks the sort field of the other half', () => {
    const sdl = `
type Post @model { id: ID! active: Boolean comments: [Comment] @connection(name: "PC") }
type Comment @model { id: ID! post: Post @connection(name: "PC", sortField: "active") }
type Author @model { id: ID! books: [Book] @connection(name: "AB", sortField: "written") }
type Book @model { id: ID! author: Author @connection(name: "AB", sortField: "writen") }
`;
    expect(codesV1(sdl)).toEqual(['connection-sort-field-type', 'connection-sort-field-not-found']);
  });

  it('needs a primary key with a sort key for a single object found by sortField', () => {
    const sdl = `
type Post @model { id: ID! createdAt: String! editor: Editor @connection(sortField: "createdAt") pinned: Pinned @connection(sortField: "createdAt") }
type Editor @model @key(fields: ["id", "createdAt"]) { id: ID! createdAt: String! }
type Pinned @model { id: ID! }
`;
    expect(codesV1(sdl)).toEqual(['connection-sort-field-needs-key']);
  });
});
