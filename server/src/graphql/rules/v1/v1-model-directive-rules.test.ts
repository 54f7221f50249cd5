import { describe, expect, it } from 'vitest';
import { underlined } from '../../../../test-support/graphql/diagnose';
import { codesV1, diagnoseV1, v1Settings } from '../../../../test-support/graphql/v1-diagnostics';

/** graphql-dynamodb-transformer (DynamoDBModelTransformer.ts) and graphql-transformer-core (TransformerContext.ts). */
describe('@model under transformer v1', () => {
  it('refuses @model on a root type unless validateTypeNameReservedWords is off', () => {
    const sdl = 'type Query @model {\n  id: ID!\n}\n';
    expect(codesV1(sdl)).toEqual(['model-reserved-type-name']);
    const flags = { ...v1Settings().featureFlags, validatetypenamereservedwords: false };
    expect(codesV1(sdl, { featureFlags: flags })).toEqual([]);
  });

  it('refuses root fields that @model generates, in definitions and extensions', () => {
    const sdl = `
type Post @model { id: ID! }
type Query { getPost(id: ID!): Post }
extend type Mutation { deletePost(id: ID!): Post }
type Mutation { ping: String }
type Subscription { onCreatePost: Post }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, underlined(sdl, d)])).toEqual([
      ['model-operation-name-taken', 'getPost'],
      ['model-operation-name-taken', 'deletePost'],
      ['model-operation-name-taken', 'onCreatePost'],
    ]);
    expect(diagnostics[0].message).toContain("Object type extension 'Query' cannot redeclare field getPost");
  });

  it('lets renamed or removed operations free their default names', () => {
    const sdl = `
type Post @model(queries: { get: "post" }, mutations: null, subscriptions: null) { id: ID! }
type Query { getPost(id: ID!): Post listPosts: [Post] }
type Mutation { createPost(title: String): Post }
type Subscription { onCreatePost: Post }
`;
    expect(diagnoseV1(sdl)).toEqual([]);
  });

  it('knows list names only while improvePluralization is off', () => {
    const sdl = 'type Post @model {\n  id: ID!\n}\ntype Query {\n  listPosts: [Post]\n}\n';
    expect(codesV1(sdl)).toEqual(['model-operation-name-taken']);
    const flags = { ...v1Settings().featureFlags, improvepluralization: true };
    expect(codesV1(sdl, { featureFlags: flags })).toEqual([]);
  });

  it('warns about timestamps @model cannot fill, by default name or configured', () => {
    const sdl = `
type Post @model { id: ID! createdAt: AWSDate updatedAt: AWSDateTime }
type Note @model(timestamps: { createdAt: "created" }) { id: ID! created: Int createdAt: Int }
type Plain @model(timestamps: null) { id: ID! createdAt: Int }
`;
    const diagnostics = diagnoseV1(sdl);
    expect(diagnostics.map((d) => [d.code, d.severity, underlined(sdl, d)])).toEqual([
      ['model-timestamp-type', 'warning', 'AWSDate'],
      ['model-timestamp-type', 'warning', 'Int'],
    ]);
  });
});
