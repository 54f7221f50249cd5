import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { accept, completeAt, documentation, itemNamed, labels, sortedLabels } from '../../../test-support/graphql/complete-at';

const BLOG = `
type Post @model {
  id: ID!
  title: String!
  status: Status
  tags: [String]
  author: String
  comments: [Comment] @hasMany(references: ["‸"])
}

type Comment @model {
  id: ID!
  postId: ID!
  content: String
  likes: [Int]
  post: Post @belongsTo(references: ["postId"])
}

enum Status { DRAFT PUBLISHED }
`;

describe('directive completion after @', () => {
  it('offers the directives valid on an object type', () => {
    const items = completeAt('type Post @‸ {\n  id: ID!\n}');
    expect(labels(items)).toEqual(
      expect.arrayContaining(['model', 'auth', 'searchable', 'mapsTo', 'refersTo', 'aws_api_key', 'aws_iam', 'aws_cognito_user_pools']),
    );
    expect(labels(items)).not.toContain('hasMany');
    expect(labels(items)).not.toContain('key');
    expect(itemNamed(items, 'model').kind).toBe(CompletionItemKind.Function);
  });

  it('offers the directives valid on a field, with @validate only for Gen 2', () => {
    const sdl = 'type Post @model {\n  id: ID! @‸\n}';
    const gen1 = labels(completeAt(sdl));
    expect(gen1).toEqual(
      expect.arrayContaining([
        'hasMany',
        'hasOne',
        'belongsTo',
        'manyToMany',
        'index',
        'primaryKey',
        'default',
        'function',
        'http',
        'auth',
        'predictions',
        'sql',
        'aws_iam',
        'aws_subscribe',
      ]),
    );
    expect(gen1).not.toContain('model');
    expect(gen1).not.toContain('validate');
    expect(gen1).not.toContain('generation');
    expect(labels(completeAt(sdl, { generation: 2 }))).toEqual(expect.arrayContaining(['validate', 'generation', 'conversation']));
  });

  it('offers transformer v1 directives to v1 projects', () => {
    expect(labels(completeAt('type Post @‸ {\n  id: ID!\n}', { transformerVersion: 1 }))).toEqual(
      expect.arrayContaining(['model', 'key', 'versioned']),
    );
    const onField = labels(completeAt('type Post @model {\n  id: ID! @‸\n}', { transformerVersion: 1 }));
    expect(onField).toContain('connection');
    expect(onField).not.toContain('hasMany');
    expect(onField).not.toContain('primaryKey');
  });

  it('leaves out directives already applied unless repeatable', () => {
    expect(labels(completeAt('type Post @model @‸ {\n  id: ID!\n}'))).not.toContain('model');
    const onField = labels(completeAt('type Post @model {\n  id: ID! @primaryKey @index(name: "a") @‸\n}'));
    expect(onField).not.toContain('primaryKey');
    expect(onField).toContain('index');
  });

  it('inserts a snippet with the arguments the directive needs', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @‸\n}';
    const items = completeAt(sdl);
    expect(accept(sdl, items, 'hasMany')).toContain('@hasMany(references: ["$1"])');
    expect(itemNamed(items, 'hasMany').insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(accept(sdl, items, 'manyToMany')).toContain('@manyToMany(relationName: "$1")');
    expect(accept(sdl, items, 'aws_subscribe')).toContain('@aws_subscribe(mutations: ["$1"])');
    expect(accept(sdl, items, 'primaryKey')).toContain('@primaryKey\n');
  });

  it('replaces the partly typed name and does not repeat an existing parenthesis', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @has‸(limit: 5)\n}';
    expect(accept(sdl, completeAt(sdl), 'hasMany')).toContain('@hasMany(limit: 5)');
  });

  it('documents each directive with its signature and docs', () => {
    const model = itemNamed(completeAt('type Post @‸'), 'model');
    expect(model.detail).toContain('directive @model(');
    expect(documentation(model)).toContain('DynamoDB table');
    expect(documentation(model)).toContain('https://docs.amplify.aws/');
  });
});

describe('argument completion inside a directive', () => {
  it('offers the arguments not written yet, with types and docs', () => {
    const items = completeAt('type Post @model {\n  comments: [Comment] @hasMany(limit: 3, ‸\n}');
    expect(labels(items).sort()).toEqual(['fields', 'indexName', 'references']);
    expect(itemNamed(items, 'references').detail).toBe('[String!]');
    expect(documentation(itemNamed(items, 'references'))).toContain('related');
  });

  it('inserts a value placeholder shaped like the argument type', () => {
    const sdl = 'type Post @model @auth(‸) {\n  id: ID!\n}';
    expect(accept(sdl, completeAt(sdl), 'rules')).toContain('@auth(rules: [{ $1 }])');
  });

  it('leaves out @index(projection:) for Gen 1, whose CLI does not know it', () => {
    const sdl = 'type Post @model {\n  slug: String! @index(‸)\n}';
    expect(labels(completeAt(sdl))).not.toContain('projection');
    expect(labels(completeAt(sdl, { generation: 2 }))).toContain('projection');
  });
});

describe('@auth rule completion', () => {
  it('leaves out rule keys written after the cursor', () => {
    const items = completeAt('type Post @model @auth(rules: [{ ‸, allow: groups, groups: ["Admin"] }]) {\n  id: ID!\n}');
    expect(labels(items).sort()).toEqual(['groupClaim', 'groupsField', 'operations', 'provider']);
  });

  it('offers rule keys, allow first', () => {
    const items = completeAt('type Post @model @auth(rules: [{ ‸ }]) {\n  id: ID!\n}');
    expect(sortedLabels(items)[0]).toBe('allow');
    expect(labels(items)).toEqual(
      expect.arrayContaining(['provider', 'operations', 'ownerField', 'groupsField', 'groups', 'identityClaim', 'groupClaim']),
    );
  });

  it("narrows rule keys to the rule's strategy", () => {
    const owner = labels(completeAt('type Post @model @auth(rules: [{ allow: owner, ‸'));
    expect(owner.sort()).toEqual(['identityClaim', 'operations', 'ownerField', 'provider']);
    const groups = labels(completeAt('type Post @model @auth(rules: [{ allow: groups, groups: ["Admin"], ‸'));
    expect(groups.sort()).toEqual(['groupClaim', 'groupsField', 'operations', 'provider']);
  });

  it('offers the strategies after allow:', () => {
    const items = completeAt('type Post @model @auth(rules: [{ allow: ‸ }]) {\n  id: ID!\n}');
    expect(labels(items)).toEqual(['owner', 'groups', 'private', 'public', 'custom']);
    expect(documentation(itemNamed(items, 'owner'))).toContain('owner field');
  });

  it("offers only the providers valid for the rule's strategy, in incomplete text", () => {
    const items = completeAt('type A @model @auth(rules: [{ allow: owner, provider: ‸');
    expect(labels(items)).toEqual(['userPools', 'oidc']);
    expect(itemNamed(items, 'userPools').preselect).toBe(true);
    expect(itemNamed(items, 'userPools').detail).toContain('default');
    expect(labels(completeAt('type A @model @auth(rules: [{ allow: public, provider: ‸ }])'))).toEqual(['apiKey', 'identityPool', 'iam']);
    expect(labels(completeAt('type A @model @auth(rules: [{ provider: ‸, allow: custom }])'))).toEqual(['function']);
    expect(labels(completeAt('type A @model @auth(rules: [{ allow: private, provider: ‸', { transformerVersion: 1 }))).toEqual([
      'userPools',
      'iam',
    ]);
  });

  it('offers every provider when the strategy is not written yet', () => {
    expect(labels(completeAt('type A @model @auth(rules: [{ provider: ‸'))).toHaveLength(6);
  });

  it('sorts providers the API has not configured last, and says so', () => {
    const items = completeAt('type A @model @auth(rules: [{ allow: private, provider: i‸ }])', { authProviders: new Set(['userPools', 'iam']) });
    expect(sortedLabels(items)).toEqual(['userPools', 'identityPool', 'iam', 'oidc']);
    expect(itemNamed(items, 'oidc').detail).toContain('not configured on this API');
    expect(itemNamed(items, 'identityPool').detail).not.toContain('not configured');
  });

  it('offers operations inside operations: [, leaving out those written or covered by read', () => {
    expect(labels(completeAt('type A @model @auth(rules: [{ allow: owner, operations: [‸'))).toEqual([
      'create',
      'update',
      'delete',
      'read',
      'list',
      'get',
      'sync',
      'listen',
      'search',
    ]);
    expect(labels(completeAt('type A @model @auth(rules: [{ allow: owner, operations: [read, create, ‸] }])'))).toEqual(['update', 'delete']);
  });

  it('offers only whole-model operations on field-level rules', () => {
    const sdl = 'type A @model {\n  secret: String @auth(rules: [{ allow: owner, operations: [‸] }])\n}';
    expect(labels(completeAt(sdl))).toEqual(['create', 'update', 'delete', 'read']);
  });

  it("completes ownerField and groupsField with this type's string fields", () => {
    const sdl = 'type Post @model @auth(rules: [{ allow: owner, ownerField: "‸" }]) {\n  id: ID!\n  author: String\n  likes: Int\n}';
    const items = completeAt(sdl);
    expect(labels(items)).toEqual(['id', 'author', 'owner']);
    expect(itemNamed(items, 'owner').detail).toContain('added by Amplify');
    expect(accept(sdl, items, 'author')).toContain('ownerField: "author"');
    const groups = completeAt('type Post @model @auth(rules: [{ allow: groups, groupsField: ‸ }]) {\n  id: ID!\n  groups: [String]\n}');
    expect(labels(groups)).toEqual(['id', 'groups']);
  });
});

describe('field name completion in relational and key directives', () => {
  it('offers the related type\'s key-able fields inside references: ["', () => {
    const items = completeAt(BLOG);
    expect(labels(items)).toEqual(['id', 'postId', 'content']);
    expect(itemNamed(items, 'postId').detail).toBe('Comment.postId: ID');
    expect(accept(BLOG, items, 'postId')).toContain('@hasMany(references: ["postId"])');
  });

  it('quotes the name, and wraps it in a list, when the cursor is outside quotes', () => {
    const inList = BLOG.replace('["‸"]', '[‸]');
    expect(accept(inList, completeAt(inList), 'postId')).toContain('@hasMany(references: ["postId"])');
    const bare = BLOG.replace('["‸"]', '‸');
    expect(accept(bare, completeAt(bare), 'postId')).toContain('@hasMany(references: ["postId"])');
  });

  it('leaves out fields already listed', () => {
    const sdl = BLOG.replace('["‸"]', '["postId", "‸"]');
    expect(labels(completeAt(sdl))).toEqual(['id', 'content']);
  });

  it("offers this type's fields for fields: and for @belongsTo references", () => {
    const hasOneFields = completeAt(
      'type Project @model {\n  id: ID!\n  teamId: ID\n  team: Team @hasOne(fields: [‸])\n}\ntype Team @model {\n  id: ID!\n}',
    );
    expect(labels(hasOneFields)).toEqual(['id', 'teamId']);
    const belongsTo = completeAt('type Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo(references: ["‸"])\n}');
    expect(labels(belongsTo)).toEqual(['id', 'postId']);
  });

  it('offers sort key fields of this type, not the key field itself', () => {
    const items = completeAt(
      'type Inventory @model {\n  productId: ID! @primaryKey(sortKeyFields: ["‸"])\n  warehouseId: ID!\n  count: Int\n  tags: [String]\n}',
    );
    expect(labels(items)).toEqual(['warehouseId', 'count']);
    const index = completeAt(
      'type Item @model {\n  id: ID!\n  kind: String! @index(name: "byKind", sortKeyFields: [‸])\n  createdAt: AWSDateTime\n}',
    );
    expect(labels(index)).toEqual(['id', 'createdAt']);
  });

  it('finds the related type in another file of the API', () => {
    const sdl = 'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["‸"])\n}';
    const items = completeAt(
      sdl,
      {},
      { 'file:///project/amplify/backend/api/demo/schema/comment.graphql': 'type Comment @model {\n  id: ID!\n  postId: ID!\n}' },
    );
    expect(labels(items)).toEqual(['id', 'postId']);
  });

  it('offers relation names used elsewhere inside @manyToMany(relationName:', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  tags: [Tag] @manyToMany(relationName: "PostTags")\n}\ntype Tag @model {\n  id: ID!\n  posts: [Post] @manyToMany(relationName: "‸")\n}';
    const items = completeAt(sdl);
    expect(labels(items)).toEqual(['PostTags']);
    expect(itemNamed(items, 'PostTags').detail).toContain('Post.tags');
  });

  it("offers the project's Lambda functions in @function(name:", () => {
    const items = completeAt('type Query {\n  echo: String @function(name: "‸")\n}', { functionNames: new Set(['echo', 'audit']) });
    expect(labels(items)).toEqual(['audit-${env}', 'echo-${env}']);
  });

  it('offers Mutation fields in @aws_subscribe(mutations:', () => {
    const sdl = 'type Mutation {\n  addPost: Post\n}\ntype Subscription {\n  onAddPost: Post @aws_subscribe(mutations: ["‸"])\n}';
    expect(labels(completeAt(sdl))).toEqual(['addPost']);
  });
});

describe('enum values of other directive arguments', () => {
  it("offers the values of the argument's enum", () => {
    expect(labels(completeAt('type Query {\n  a: String @http(method: ‸, url: "https://x")\n}'))).toEqual([
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
    ]);
    expect(labels(completeAt('type Post @model(subscriptions: { level: ‸ }) {\n  id: ID!\n}'))).toEqual(['off', 'public', 'on']);
    expect(labels(completeAt('type Query {\n  a: String @predictions(actions: [identifyText, ‸])\n}'))).toEqual([
      'identifyLabels',
      'convertTextToSpeech',
      'translateText',
    ]);
  });

  it('offers the keys of nested input objects', () => {
    expect(labels(completeAt('type Post @model(queries: { get: "getPost", ‸ }) {\n  id: ID!\n}'))).toEqual(['list']);
  });

  it('does not offer enum values inside a string', () => {
    expect(completeAt('type Query {\n  a: String @http(method: "‸")\n}')).toEqual([]);
  });
});

describe('type completion in field definitions', () => {
  it("offers the user's output types and the scalars after a field's colon", () => {
    const items = completeAt(`${BLOG.replace('["‸"]', '["postId"]')}\ninput PostFilter { q: String }\ntype Extra {\n  x: ‸\n}`);
    const names = labels(items);
    expect(names).toEqual(expect.arrayContaining(['Post', 'Comment', 'Status', 'Extra', 'String', 'ID', 'AWSDateTime', 'AWSJSON', 'BigInt']));
    expect(names).not.toContain('PostFilter');
    expect(names).not.toContain('AuthStrategy');
    expect(itemNamed(items, 'Post').detail).toBe('@model type Post');
    expect(documentation(itemNamed(items, 'Post'))).toContain('title: String!');
    expect(documentation(itemNamed(items, 'AWSDateTime'))).toContain('ISO 8601');
  });

  it('offers input types in argument definitions and inside list brackets', () => {
    const sdl = 'input PostFilter { q: String }\ntype Post { id: ID! }\ntype Query {\n  posts(filter: Po‸';
    const names = labels(completeAt(sdl));
    expect(names).toContain('PostFilter');
    expect(names).not.toContain('Post');
    expect(labels(completeAt('type Post { id: ID! }\ntype Query {\n  posts: [‸'))).toContain('Post');
  });

  it('offers interfaces after implements', () => {
    expect(labels(completeAt('interface Node { id: ID! }\ntype Post implements ‸ {\n  id: ID!\n}'))).toEqual(['Node']);
  });

  it('offers nothing where a field name is expected', () => {
    expect(completeAt('type Post @model {\n  ‸\n}')).toEqual([]);
    expect(completeAt('type Post @model {\n  title: String ‸\n}')).toEqual([]);
  });
});

describe('robustness on broken text', () => {
  it('keeps the types after an unclosed directive apart', () => {
    const sdl = 'type A @model @auth(rules: [{ allow: owner\n\ntype B @model {\n  id: ID! @‸\n}';
    expect(labels(completeAt(sdl))).toContain('hasMany');
  });

  it('completes in a type that comes after a definition with a syntax error', () => {
    const sdl = 'type A @model {\n  id: ID!!\n}\n\ntype B @model @auth(rules: [{ allow: ‸';
    expect(labels(completeAt(sdl))).toContain('owner');
  });

  it('offers nothing inside comments', () => {
    expect(completeAt('# @‸\ntype A { id: ID }')).toEqual([]);
    expect(completeAt('type A @model @auth(rules: [{ # allow: ‸\n }]) {\n  id: ID\n}')).toEqual([]);
  });

  it('offers no keys right after a key that lacks its colon', () => {
    expect(completeAt('type A @model {\n  b: [B] @hasMany(references ‸)\n}')).toEqual([]);
    expect(labels(completeAt('type A @model @auth(rules: [{ allow: owner ‸ }])'))).toContain('ownerField');
  });
});
