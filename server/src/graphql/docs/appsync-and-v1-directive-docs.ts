import type { DirectiveDoc } from './directive-docs';
import { DOC_LINKS } from './doc-links';

/**
 * AppSync's own authorization and subscription directives (which Amplify passes through), and the
 * directives of GraphQL transformer v1 that v2 replaced.
 */
function appSyncMode(mode: string, example: string): DirectiveDoc {
  return {
    summary:
      `AppSync authorization: allows ${mode} to call this type or field. Used on non-model types and custom ` +
      'operations; on `@model` types prefer `@auth` rules, which generate these for you.',
    example,
    link: DOC_LINKS.appSyncAuth,
    arguments: {},
  };
}

export const APPSYNC_DIRECTIVE_DOCS: Record<string, DirectiveDoc> = {
  aws_api_key: appSyncMode('requests signed with the API key', 'type Query {\n  publicStats: Stats @aws_api_key\n}'),
  aws_iam: appSyncMode('requests signed with IAM credentials (e.g. a Cognito identity pool role)', 'type Query {\n  report: Report @aws_iam\n}'),
  aws_oidc: appSyncMode('requests carrying a token of the configured OpenID Connect provider', 'type Query {\n  me: User @aws_oidc\n}'),
  aws_lambda: appSyncMode("requests accepted by the API's Lambda authorizer", 'type Query {\n  device: Device @aws_lambda\n}'),
  aws_cognito_user_pools: {
    ...appSyncMode(
      'signed-in Cognito user pool users (optionally only some groups)',
      'type Query {\n  admins: [User] @aws_cognito_user_pools(cognito_groups: ["Admin"])\n}',
    ),
    arguments: { cognito_groups: 'User pool groups allowed; without it, any signed-in user of the pool.' },
  },
  aws_auth: {
    summary:
      "AppSync authorization (legacy form): allows only the listed Cognito user pool groups, when the API's " +
      'default mode is Cognito user pools. Prefer `@aws_cognito_user_pools`.',
    example: 'type Query {\n  auditLog: [Entry] @aws_auth(cognito_groups: ["Admin"])\n}',
    link: DOC_LINKS.appSyncAuth,
    arguments: { cognito_groups: 'User pool groups allowed to call the field.' },
  },
  aws_subscribe: {
    summary: 'Makes a Subscription field fire whenever one of the listed mutations runs; subscribers receive the ' + "mutation's result.",
    example: 'type Subscription {\n  onAddPost: Post @aws_subscribe(mutations: ["addPost"])\n}',
    link: DOC_LINKS.appSyncSubscriptions,
    arguments: { mutations: 'Names of the Mutation fields that trigger this subscription.' },
  },
};

const V1_NOTE = 'Transformer v1 only; under v2 migrate it (see the migration guide).';

export const V1_DIRECTIVE_DOCS: Record<string, DirectiveDoc> = {
  key: {
    summary:
      `Transformer v1: configures the primary key (without \`name\`) or a secondary index (with \`name\`) of a model. ${V1_NOTE} ` +
      'It becomes `@primaryKey` / `@index` in v2.',
    example:
      'type Order @model\n  @key(fields: ["customerEmail", "createdAt"])\n  @key(name: "byStatus", fields: ["status"], queryField: "ordersByStatus") {\n  customerEmail: String!\n  createdAt: String!\n  status: String!\n}',
    link: DOC_LINKS.transformerMigration,
    snippet: 'key(fields: ["$1"])',
    arguments: {
      name: 'Index name; omit it for the primary key.',
      fields: 'Partition key field first, then sort key fields.',
      queryField: 'Name of the query generated for the secondary index.',
    },
  },
  connection: {
    summary: `Transformer v1: a relationship between models. ${V1_NOTE} It becomes \`@hasOne\`, \`@hasMany\`, \`@belongsTo\` or \`@manyToMany\` in v2.`,
    example: 'type Post @model {\n  id: ID!\n  comments: [Comment] @connection(keyName: "byPost", fields: ["id"])\n}',
    link: DOC_LINKS.transformerMigration,
    arguments: {
      name: 'Names a bi-directional connection; the same name on both sides pairs them.',
      keyField: 'Field holding the related id (legacy, with `name`).',
      sortField: 'Field used to sort the connected items (legacy, with `name`).',
      keyName: 'Name of a `@key` on the related model to query through.',
      limit: 'Maximum number of connected items returned per request.',
      fields: "Fields of this type used to query the related model's key.",
    },
  },
  versioned: {
    summary: `Transformer v1: adds optimistic-concurrency versioning to a model. ${V1_NOTE} v2 has no replacement; use DataStore conflict resolution.`,
    example: 'type Note @model @versioned {\n  id: ID!\n  content: String\n  version: Int!\n}',
    link: DOC_LINKS.transformerMigration,
    arguments: {
      versionField: 'Int field holding the version (default `version`).',
      versionInput: 'Name of the mutation input carrying the expected version (default `expectedVersion`).',
    },
  },
};
