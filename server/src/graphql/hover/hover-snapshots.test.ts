import { describe, expect, it } from 'vitest';
import { renderedHover } from '../../../test-support/graphql/rendered-features';

// What a hover shows, in full, so a change of wording or layout shows in review. The behaviour
// (ranges, which hover where, secrets never shown) is asserted in hover-schema.test.ts.
const BLOG = `type Post @model @auth(rules: [{ allow: owner, operations: [create, read] }]) {
  id: ID!
  publishedAt: AWSDateTime
  comments: [Comment] @hasMany(references: ["postId"])
}

type Comment @model {
  id: ID!
  postId: ID! @index(name: "byPost")
  post: Post @belongsTo(references: ["postId"])
}
`;

const at = (needle: string, delta = 0) => BLOG.replace(needle, needle.slice(0, delta) + '‸' + needle.slice(delta));

describe('hovers as they render', () => {
  it('on a directive', () => {
    expect(renderedHover(at('@hasMany', 3))).toMatchInlineSnapshot(`
      "@hasMany
      ────
      \`\`\`graphql
      directive @hasMany(
        indexName: String
        fields: [String!]
        references: [String!]
        limit: Int = 100
      ) on FIELD_DEFINITION
      \`\`\`

      A one-to-many relationship: this list field resolves every related record that points back to this one. Pair it with \`@belongsTo\` on the related model.

      **Example**

      \`\`\`graphql
      type Post @model {
        id: ID!
        comments: [Comment] @hasMany(references: ["postId"])
      }
      type Comment @model {
        id: ID!
        postId: ID
        post: Post @belongsTo(references: ["postId"])
      }
      \`\`\`

      [Amplify documentation](https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/data-modeling/#model-multi-model-relationships)"
    `);
  });

  it('on an @auth rule value', () => {
    expect(renderedHover(at('allow: owner', 'allow: ow'.length))).toMatchInlineSnapshot(`
      "owner
      ────
      \`\`\`graphql
      AuthStrategy.owner
      \`\`\`

      Per-user access: the signed-in user stored in the owner field may act on the record. Providers: userPools (default), oidc.

      [Amplify documentation](https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/)

      ---

      **Amplify GraphQL transformer v2**"
    `);
  });

  it('on an AppSync scalar', () => {
    expect(renderedHover(at('AWSDateTime', 3))).toMatchInlineSnapshot(`
      "AWSDateTime
      ────
      \`\`\`graphql
      scalar AWSDateTime
      \`\`\`

      A date and time in ISO 8601 \`YYYY-MM-DDThh:mm:ss.sssZ\` form. \`createdAt\`/\`updatedAt\` use it.

      Example value: \`"1970-01-01T12:00:00.000Z"\`

      [AWS AppSync documentation](https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html)"
    `);
  });

  it('on a model used as a field type', () => {
    expect(renderedHover(at('post: Post', 'post: Po'.length))).toMatchInlineSnapshot(`
      "Post
      ────
      \`\`\`graphql
      type Post @model @auth(rules: [{ allow: owner, operations: [create, read] }]) {
        id: ID!
        publishedAt: AWSDateTime
        comments: [Comment] @hasMany(references: ["postId"])
      }
      \`\`\`"
    `);
  });
});
