import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../test-support/graphql/diagnose';
import { relationalDiagnostics } from '../../../../test-support/graphql/relational-diagnostics';

/** Schemas from Amplify's data-modeling documentation: they compile, so nothing may be flagged. */
const DOCS_EXAMPLES: Record<string, string> = {
  'has-many with references': `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(references: ["postId"])
}
type Comment @model {
  id: ID!
  content: String!
  postId: ID!
  post: Post @belongsTo(references: ["postId"])
}
`,
  'has-one with references': `
type Team @model {
  id: ID!
  name: String!
  project: Project @hasOne(references: ["teamId"])
}
type Project @model {
  id: ID!
  name: String
  teamId: ID
  team: Team @belongsTo(references: ["teamId"])
}
`,
  'composite primary key with sortKeyFields and references': `
type Post @model {
  title: String! @primaryKey(sortKeyFields: ["content"])
  content: String!
  comments: [Comment] @hasMany(references: ["postTitle", "postContent"])
}
type Comment @model {
  id: ID!
  postTitle: String!
  postContent: String!
  post: Post @belongsTo(references: ["postTitle", "postContent"])
}
`,
  'self-referencing has-many with references': `
type Folder @model {
  id: ID!
  parentId: ID
  parent: Folder @belongsTo(references: ["parentId"])
  children: [Folder] @hasMany(references: ["parentId"])
}
`,
  'has-one without arguments': `
type Project @model {
  id: ID!
  name: String
  team: Team @hasOne
}
type Team @model {
  id: ID!
  name: String!
}
`,
  'has-one with legacy fields': `
type Project @model {
  id: ID!
  name: String
  teamID: ID
  team: Team @hasOne(fields: ["teamID"])
}
type Team @model {
  id: ID!
  name: String!
}
`,
  'has-one with legacy fields on a composite key': `
type Project @model {
  id: ID!
  teamID: ID
  teamName: String
  team: Team @hasOne(fields: ["teamID", "teamName"])
}
type Team @model {
  id: ID! @primaryKey(sortKeyFields: ["name"])
  name: String!
}
`,
  'has-many without arguments': `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany
}
type Comment @model {
  id: ID!
  content: String!
}
`,
  'has-many with indexName and legacy fields, belongs-to with fields': `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])
}
type Comment @model {
  id: ID!
  postID: ID! @index(name: "byPost", sortKeyFields: ["content"])
  content: String!
  post: Post @belongsTo(fields: ["postID"])
}
`,
  'has-many with legacy fields on a composite index': `
type Post @model {
  id: ID! @primaryKey(sortKeyFields: ["title"])
  title: String!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id", "title"])
}
type Comment @model {
  id: ID!
  postID: ID! @index(name: "byPost", sortKeyFields: ["postTitle"])
  postTitle: String!
  content: String!
}
`,
  'bi-directional has-many / belongs-to without arguments': `
type Post @model {
  id: ID!
  title: String!
  comments: [Comment] @hasMany
}
type Comment @model {
  id: ID!
  content: String!
  post: Post @belongsTo
}
`,
  'bi-directional has-one / belongs-to without arguments': `
type Project @model {
  id: ID!
  name: String
  team: Team @hasOne
}
type Team @model {
  id: ID!
  name: String!
  project: Project @belongsTo
}
`,
  'many-to-many': `
type Post @model {
  id: ID!
  title: String!
  content: String
  tags: [Tag] @manyToMany(relationName: "PostTags")
}
type Tag @model {
  id: ID!
  label: String!
  posts: [Post] @manyToMany(relationName: "PostTags")
}
`,
  'enum and String/ID interchangeable reference types': `
enum Region { EU US }
type Store @model {
  code: String! @primaryKey(sortKeyFields: ["region"])
  region: Region!
  orders: [Order] @hasMany(references: ["storeCode", "storeRegion"])
}
type Order @model {
  id: ID!
  storeCode: ID
  storeRegion: Region
  store: Store @belongsTo(references: ["storeCode", "storeRegion"])
}
`,
};

describe('relational directives on documented schemas', () => {
  for (const [name, sdl] of Object.entries(DOCS_EXAMPLES)) {
    it(`accepts ${name} (Gen 1)`, () => {
      expect(relationalDiagnostics(sdl)).toEqual([]);
    });
  }

  it('accepts them with DataStore on as well', () => {
    for (const sdl of Object.values(DOCS_EXAMPLES)) {
      expect(relationalDiagnostics(sdl, { dataStoreEnabled: true })).toEqual([]);
    }
  });

  it('accepts references-based examples under Gen 2 without warnings', () => {
    for (const name of ['has-many with references', 'has-one with references', 'composite primary key with sortKeyFields and references']) {
      expect(relationalDiagnostics(DOCS_EXAMPLES[name], { generation: 2 })).toEqual([]);
    }
  });

  it('leaves the documented schemas clean for SDL validation too', () => {
    expect(diagnose(DOCS_EXAMPLES['has-many with references']).filter((d) => !d.code.startsWith('relational-'))).toEqual([]);
    expect(diagnose(DOCS_EXAMPLES['many-to-many']).filter((d) => !d.code.startsWith('relational-'))).toEqual([]);
  });

  it('stays out of transformer v1 schemas', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["nope"])\n}\ntype Comment { id: ID! }\n';
    expect(relationalDiagnostics(sdl, { transformerVersion: 1 })).toEqual([]);
  });
});
