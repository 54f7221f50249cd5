import { describe, expect, it } from 'vitest';
import { renderedCompletions } from '../../../test-support/graphql/rendered-features';

// Completion lists in the order the editor shows them, so a reviewer sees what a user is offered.
// What each list must and must not hold is asserted in complete-schema.test.ts.
describe('completion lists as they render', () => {
  it('directives on a model field', () => {
    expect(renderedCompletions('type Post @model {\n  id: ID!\n  comments: [Comment] @‸\n}\ntype Comment @model {\n  id: ID!\n}'))
      .toMatchInlineSnapshot(`
      "auth · Function · directive @auth(rules: [AuthRule!]!) on OBJECT | FIELD_DEFINITION
      belongsTo · Function · directive @belongsTo(fields: [String!], references: [String!]) on FIELD_DEFINITION
      default · Function · directive @default(value: String!) on FIELD_DEFINITION
      function · Function · directive @function(name: String!, region: String, accountId: String) repeatable on FIELD_DEFINITION
      hasMany · Function · directive @hasMany(indexName: String, fields: [String!], references: [String!], limit: Int = 100) on FIELD_DEFINITION
      hasOne · Function · directive @hasOne(fields: [String!], references: [String!]) on FIELD_DEFINITION
      http · Function · directive @http(method: HttpMethod = GET, url: String!, headers: [HttpHeader] = []) on FIELD_DEFINITION
      index · Function · directive @index(name: String, sortKeyFields: [String], queryField: String) repeatable on FIELD_DEFINITION
      manyToMany · Function · directive @manyToMany(relationName: String!, limit: Int = 100) on FIELD_DEFINITION
      predictions · Function · directive @predictions(actions: [PredictionsActions!]!) on FIELD_DEFINITION
      primaryKey · Function · directive @primaryKey(sortKeyFields: [String]) on FIELD_DEFINITION
      refersTo · Function · directive @refersTo(name: String!) on OBJECT | FIELD_DEFINITION
      sql · Function · directive @sql(statement: String, reference: String) on FIELD_DEFINITION
      aws_api_key · Function · directive @aws_api_key on FIELD_DEFINITION | OBJECT
      aws_auth · Function · directive @aws_auth(cognito_groups: [String!]!) on FIELD_DEFINITION
      aws_cognito_user_pools · Function · directive @aws_cognito_user_pools(cognito_groups: [String!]) on FIELD_DEFINITION | OBJECT
      aws_iam · Function · directive @aws_iam on FIELD_DEFINITION | OBJECT
      aws_lambda · Function · directive @aws_lambda on FIELD_DEFINITION | OBJECT
      aws_oidc · Function · directive @aws_oidc on FIELD_DEFINITION | OBJECT
      aws_subscribe · Function · directive @aws_subscribe(mutations: [String!]!) on FIELD_DEFINITION
      deprecated · Function · directive @deprecated(reason: String) on FIELD_DEFINITION | INPUT_FIELD_DEFINITION | ENUM | ENUM_VALUE"
    `);
  });

  it('the keys of an @auth rule', () => {
    expect(renderedCompletions('type Post @model @auth(rules: [{ allow: owner, ‸ }]) {\n  id: ID!\n}')).toMatchInlineSnapshot(`
      "provider · Property · AuthRule.provider: AuthProvider
      identityClaim · Property · AuthRule.identityClaim: String
      ownerField · Property · AuthRule.ownerField: String
      operations · Property · AuthRule.operations: [ModelOperation]"
    `);
  });

  it('the fields a @hasMany can reference', () => {
    const sdl =
      'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["‸"])\n}\ntype Comment @model {\n  id: ID!\n  postId: ID!\n  body: String\n}';
    expect(renderedCompletions(sdl)).toMatchInlineSnapshot(`
      "id · Field · Comment.id: ID
      postId · Field · Comment.postId: ID
      body · Field · Comment.body: String"
    `);
  });

  it('the types a field can have, in a Gen 2 schema', () => {
    expect(renderedCompletions('type Post @model {\n  id: ID!\n  status: ‸\n}\nenum Status { DRAFT PUBLISHED }', { generation: 2 }))
      .toMatchInlineSnapshot(`
      "Post · Class · @model type Post
      Status · Enum · enum Status
      ID · TypeParameter · GraphQL scalar
      String · TypeParameter · GraphQL scalar
      Int · TypeParameter · GraphQL scalar
      Float · TypeParameter · GraphQL scalar
      Boolean · TypeParameter · GraphQL scalar
      AWSDate · TypeParameter · AWS AppSync scalar
      AWSTime · TypeParameter · AWS AppSync scalar
      AWSDateTime · TypeParameter · AWS AppSync scalar
      AWSTimestamp · TypeParameter · AWS AppSync scalar
      AWSEmail · TypeParameter · AWS AppSync scalar
      AWSJSON · TypeParameter · AWS AppSync scalar
      AWSURL · TypeParameter · AWS AppSync scalar
      AWSPhone · TypeParameter · AWS AppSync scalar
      AWSIPAddress · TypeParameter · AWS AppSync scalar
      BigInt · TypeParameter · AWS AppSync scalar
      Double · TypeParameter · AWS AppSync scalar"
    `);
  });
});
