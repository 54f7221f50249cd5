import { DOC_LINKS } from './doc-links';

/**
 * What a directive does, in a few sentences, for hover and completion. The directive SDL from
 * `@aws-amplify/graphql-directives` has no descriptions, so this catalog is the only source of
 * prose; signatures always come from the package itself.
 */
export interface DirectiveDoc {
  summary: string;
  /** A small schema showing typical use. */
  example: string;
  link: string;
  /**
   * Snippet inserted after `@` by completion when the directive is nearly always written with
   * arguments (LSP snippet syntax, without the `@`).
   */
  snippet?: string;
  /** One entry per argument of the directive. */
  arguments: Record<string, string>;
}

const MODEL: DirectiveDoc = {
  summary:
    'Makes the type a data model: Amplify creates a DynamoDB table for it and generates get/list queries, ' +
    'create/update/delete mutations and onCreate/onUpdate/onDelete subscriptions. An `id: ID!` primary key and ' +
    '`createdAt`/`updatedAt` timestamps are added unless you declare your own.',
  example: 'type Todo @model {\n  id: ID!\n  content: String\n}',
  link: DOC_LINKS.dataModeling,
  arguments: {
    queries: 'Renames or turns off the generated queries (`get`, `list`). Set a name to `null`, or the whole map to `null`, to skip it.',
    mutations: 'Renames or turns off the generated mutations (`create`, `update`, `delete`); `null` skips one or all.',
    subscriptions: 'Configures the generated subscriptions: their names (`onCreate`, …) and `level` (`on`, `public`, `off`).',
    timestamps: 'Renames the automatic `createdAt` / `updatedAt` fields, or turns one off with `null`.',
  },
};

const AUTH: DirectiveDoc = {
  summary:
    'Declares who may access a model (or a single field) and which operations they may perform. Each rule names a ' +
    'strategy (`allow`), optionally a provider, and optionally the operations it grants; rules are OR-ed together.',
  example: 'type Post @model @auth(rules: [\n  { allow: owner },\n  { allow: public, operations: [read] }\n]) {\n  id: ID!\n  title: String!\n}',
  link: DOC_LINKS.authorization,
  snippet: 'auth(rules: [{ allow: $1 }])',
  arguments: {
    rules: 'The list of authorization rules. Access is granted when any rule matches the request.',
  },
};

const HAS_ONE: DirectiveDoc = {
  summary:
    'A one-to-one relationship: this field resolves the single related record. Pair it with `@belongsTo` on the ' +
    'related model to make the relationship bi-directional.',
  example:
    'type Project @model {\n  id: ID!\n  team: Team @hasOne(references: ["projectId"])\n}\ntype Team @model {\n  id: ID!\n  projectId: ID\n  project: Project @belongsTo(references: ["projectId"])\n}',
  link: DOC_LINKS.relationships,
  snippet: 'hasOne(references: ["$1"])',
  arguments: {
    fields: "Fields of **this** type that hold the related record's primary key (the older style; prefer `references`).",
    references:
      "Fields of the **related** type that hold this record's primary key, in primary-key order. The related type must declare a matching `@belongsTo`.",
  },
};

const HAS_MANY: DirectiveDoc = {
  summary:
    'A one-to-many relationship: this list field resolves every related record that points back to this one. ' +
    'Pair it with `@belongsTo` on the related model.',
  example:
    'type Post @model {\n  id: ID!\n  comments: [Comment] @hasMany(references: ["postId"])\n}\ntype Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo(references: ["postId"])\n}',
  link: DOC_LINKS.relationships,
  snippet: 'hasMany(references: ["$1"])',
  arguments: {
    indexName: 'Name of an `@index` on the related model to query through (used with `fields`).',
    fields: "Fields of **this** type used to query the related model's index (the older style; prefer `references`).",
    references: "Fields of the **related** type that hold this record's primary key, in primary-key order.",
    limit: 'Maximum number of related records returned per request (default 100).',
  },
};

const BELONGS_TO: DirectiveDoc = {
  summary:
    'The other side of a `@hasOne` or `@hasMany`: this field resolves the record that owns this one, making the ' +
    'relationship navigable in both directions.',
  example: 'type Comment @model {\n  id: ID!\n  postId: ID\n  post: Post @belongsTo(references: ["postId"])\n}',
  link: DOC_LINKS.relationships,
  snippet: 'belongsTo(references: ["$1"])',
  arguments: {
    fields: "Fields of **this** type that hold the parent's primary key (the older style; prefer `references`).",
    references: "Fields of **this** type that hold the parent's primary key; they must match the parent's `@hasOne`/`@hasMany` references.",
    overrideIndexName: 'Name to use for the index Amplify creates on the reference fields, instead of the generated one.',
  },
};

const MANY_TO_MANY: DirectiveDoc = {
  summary:
    'A many-to-many relationship. Amplify creates a join model named after `relationName`, with a `@hasMany` on ' +
    'each side; the same `relationName` must appear on exactly one field of each of the two models.',
  example:
    'type Post @model {\n  id: ID!\n  tags: [Tag] @manyToMany(relationName: "PostTags")\n}\ntype Tag @model {\n  id: ID!\n  posts: [Post] @manyToMany(relationName: "PostTags")\n}',
  link: DOC_LINKS.relationships,
  snippet: 'manyToMany(relationName: "$1")',
  arguments: {
    relationName: 'Names the relationship and its generated join model (in PascalCase). Use the same name on both sides.',
    limit: 'Maximum number of related records returned per request (default 100).',
  },
};

const PRIMARY_KEY: DirectiveDoc = {
  summary:
    "Makes this required field the model's primary (partition) key instead of `id`. Sort key fields make a " +
    'composite key and enable range queries. The key cannot be changed after deployment without recreating the table.',
  example: 'type Inventory @model {\n  productID: ID! @primaryKey(sortKeyFields: ["warehouseID"])\n  warehouseID: ID!\n}',
  link: DOC_LINKS.primaryKey,
  arguments: {
    sortKeyFields: 'Required scalar fields of this type that form the sort key, in order.',
  },
};

const INDEX: DirectiveDoc = {
  summary:
    'Adds a secondary index (a DynamoDB GSI) with this field as partition key, optionally with sort key fields, ' +
    'and a query to read through it.',
  example:
    'type Customer @model {\n  id: ID!\n  accountRepresentativeID: ID! @index(name: "byRepresentative", queryField: "customerByRepresentative")\n}',
  link: DOC_LINKS.secondaryIndex,
  snippet: 'index(name: "$1")',
  arguments: {
    name: 'Name of the index (3–255 characters: letters, digits, `_`, `-`, `.`). Must be unique within the type.',
    sortKeyFields: 'Scalar fields of this type forming the index sort key, in order.',
    queryField:
      'Name of the generated query that reads through this index. Without it, no query is generated unless automatic index query names are enabled.',
    projection: 'Which attributes are copied into the index: `ALL` (default), `KEYS_ONLY`, or `INCLUDE` with `nonKeyAttributes`.',
  },
};

const DEFAULT: DirectiveDoc = {
  summary:
    'Gives the field a default value used when a create mutation omits it. The value is always written as a ' +
    'string and must be valid for the field\'s type (e.g. `"42"` for Int, an enum value for an enum, an ' +
    'international `"+1 206 555 0100"` for AWSPhone). Only a Postgres Int column may leave the value out, to ' +
    "take the database's default; SQL models' values are the database's to check.",
  example: 'type Todo @model {\n  id: ID!\n  status: String @default(value: "open")\n}',
  link: DOC_LINKS.defaultValue,
  snippet: 'default(value: "$1")',
  arguments: {
    value: "The default, as a string; it is parsed according to the field's type. Required except on a Postgres Int column.",
  },
};

const FUNCTION: DirectiveDoc = {
  summary:
    'Resolves the field with an AWS Lambda function. The name may contain `${env}`, replaced by the current ' +
    'environment name. The directive is repeatable: several functions form a pipeline.',
  example: 'type Query {\n  echo(msg: String): String @function(name: "echofunction-${env}")\n}',
  link: DOC_LINKS.customLogic,
  snippet: 'function(name: "$1")',
  arguments: {
    name: 'Name of the Lambda function; `${env}` is replaced by the environment name.',
    region: "Region of the function, when it is not in the API's region.",
    accountId: 'AWS account of the function, when it lives in another account.',
    invocationType: '`RequestResponse` (default) waits for the result; `Event` invokes asynchronously and returns `EventInvocationResponse`.',
  },
};

const HTTP: DirectiveDoc = {
  summary:
    'Resolves the field by calling an HTTP endpoint. `:name` segments in the URL become arguments, and POST, ' +
    'PUT and PATCH requests get a `body` argument.',
  example: 'type Query {\n  listPosts: [Post] @http(url: "https://www.example.com/posts")\n}',
  link: DOC_LINKS.customLogic,
  snippet: 'http(url: "$1")',
  arguments: {
    method: 'HTTP method: GET (default), POST, PUT, DELETE or PATCH.',
    url: 'The endpoint; must start with `http://` or `https://`. May contain `${env}`, `${aws_region}` and `:path` parameters.',
    headers: 'Static headers sent with every request, as `{ key, value }` pairs.',
  },
};

const PREDICTIONS: DirectiveDoc = {
  summary:
    'Resolves a Query field with AI/ML services (Amazon Rekognition, Translate, Polly). Actions run in order, each ' +
    'feeding the next; the project needs S3 storage (`amplify add storage`). Gen 1 only: Gen 2 data gives it no storage.',
  example: 'type Query {\n  translateImageText: String @predictions(actions: [identifyText, translateText])\n}',
  link: DOC_LINKS.predictions,
  snippet: 'predictions(actions: [$1])',
  arguments: {
    actions:
      'The actions to run, in order, at least one. Each feeds the next: identifyText → translateText; identifyLabels → ' +
      'translateText or convertTextToSpeech; translateText → convertTextToSpeech; nothing follows convertTextToSpeech.',
  },
};

const SEARCHABLE: DirectiveDoc = {
  summary:
    "Streams the model's records into Amazon OpenSearch and adds a search query with filtering, sorting and " +
    'aggregations. Adds a (billed) OpenSearch domain to the API.',
  example: 'type Post @model @searchable {\n  id: ID!\n  title: String!\n}',
  link: DOC_LINKS.search,
  arguments: {
    queries: 'Renames the generated search query (`search`), or turns it off with `null`.',
  },
};

const MAPS_TO: DirectiveDoc = {
  summary: 'Renames a model without losing its data: the type gets a new name while Amplify keeps using the table of ' + 'the original name.',
  example: 'type Article @model @mapsTo(name: "Post") {\n  id: ID!\n}',
  link: DOC_LINKS.renameModel,
  snippet: 'mapsTo(name: "$1")',
  arguments: {
    name: "The model's original name, whose table keeps holding the data.",
  },
};

const REFERS_TO: DirectiveDoc = {
  summary:
    'For models backed by a SQL database (Gen 1 `schema.sql.graphql`, Gen 2 schemas generated from a database): maps ' +
    'this model to a table, or this field to a column, of a different name. Not for DynamoDB models (use `@mapsTo`) ' +
    'nor relational fields.',
  example: 'type Post @model @refersTo(name: "posts") {\n  id: ID! @primaryKey\n  title: String @refersTo(name: "post_title")\n}',
  link: DOC_LINKS.sql,
  snippet: 'refersTo(name: "$1")',
  arguments: {
    name: 'Name of the database table (on a type) or column (on a field).',
  },
};

const SQL: DirectiveDoc = {
  summary:
    "Resolves a Query or Mutation field by running a SQL statement against the API's SQL data source. Field " +
    'arguments are bound as `:name` parameters.',
  example: 'type Query {\n  searchPosts(term: String): [Post] @sql(statement: "SELECT * FROM posts WHERE title LIKE :term")\n}',
  link: DOC_LINKS.sql,
  snippet: 'sql(statement: "$1")',
  arguments: {
    statement: "The SQL statement to run; use `:argName` for the field's arguments.",
    reference:
      'Name of a statement kept in a separate `.sql` file instead of inline: Gen 1 reads `sql-statements/<name>.sql` in the API ' +
      'folder; Gen 2 the `customSqlStatements` of the data source. Give `statement` or `reference`, not both.',
  },
};

const VALIDATE: DirectiveDoc = {
  summary:
    "Gen 2: checks a field's value on create and update before it is stored. Number checks (`gt`, `lt`, `gte`, " +
    '`lte`) apply to Int and Float; string checks (`minLength`, `maxLength`, `startsWith`, `endsWith`, `matches`) to String. ' +
    'Repeatable, each type once per field; on fields of @model types, not lists; written after any `@default`.',
  example: 'type Post @model {\n  id: ID!\n  title: String! @validate(type: minLength, value: "3", errorMessage: "Title is too short")\n}',
  link: DOC_LINKS.gen2Validation,
  snippet: 'validate(type: $1, value: "$2")',
  arguments: {
    type: 'The check to run: gt, lt, gte, lte, minLength, maxLength, startsWith, endsWith or matches.',
    value: 'The bound or pattern to compare against, written as a string: a number for number checks, a non-negative whole number for lengths.',
    errorMessage: 'Message returned to the client when the check fails, instead of the generated one.',
  },
};

const GENERATION: DirectiveDoc = {
  summary:
    'Gen 2 AI: resolves a field of `Query` by asking an Amazon Bedrock model for a single, structured response. The ' +
    'return type is described to the model as JSON schema: scalars, enums and object types without cycles, with no ' +
    'required AWSDate, AWSDateTime, AWSTime, AWSTimestamp, AWSEmail, AWSPhone, AWSURL or AWSIPAddress field.',
  example:
    'type Query {\n  summarize(text: String): String @generation(aiModel: "anthropic.claude-3-haiku-20240307-v1:0", systemPrompt: "Summarize the text.")\n}',
  link: DOC_LINKS.aiGeneration,
  arguments: {
    aiModel: 'Bedrock model identifier to call.',
    systemPrompt: 'Instructions given to the model before the request.',
    inferenceConfiguration: 'Sampling settings: `maxTokens` (at least 1), `temperature` and `topP` (0 to 1).',
  },
};

const CONVERSATION: DirectiveDoc = {
  summary:
    'Gen 2 AI: turns a field of `Mutation` returning `AmplifyAIConversationMessage` into a chat conversation route ' +
    'backed by an Amazon Bedrock model, with message history, optional tools, and owner-based access.',
  example:
    'type Mutation {\n  chat(conversationId: ID!, content: [AmplifyAIContentBlockInput]): AmplifyAIConversationMessage\n    @conversation(aiModel: "anthropic.claude-3-haiku-20240307-v1:0", systemPrompt: "You are helpful.", auth: { strategy: owner, provider: userPools })\n}',
  link: DOC_LINKS.aiConversation,
  arguments: {
    aiModel: 'Bedrock model identifier to converse with.',
    systemPrompt: 'Instructions given to the model at the start of every conversation.',
    auth: 'Who may use the conversation; currently `{ strategy: owner, provider: userPools }`.',
    functionName: 'Deprecated form of `handler`: a custom conversation handler Lambda function (exclusive with `handler`).',
    handler: 'A custom conversation handler: function name and event version `1.x` (exclusive with `functionName`).',
    tools:
      'Queries or model list operations the model may call as tools while answering: each `{ name, description }` with ' +
      '`queryName` (a field of Query), or `modelName` with `modelOperation: list`. Names: a letter, then letters, digits, `_`; 64 at most.',
    inferenceConfiguration: 'Sampling settings: `maxTokens` (at least 1), `temperature` and `topP` (0 to 1).',
  },
};

const DEPRECATED: DirectiveDoc = {
  summary: 'Marks a field, input field or enum value as deprecated; clients and tools show the reason.',
  example: 'type Post @model {\n  id: ID!\n  body: String @deprecated(reason: "Use content.")\n  content: String\n}',
  link: DOC_LINKS.graphqlDeprecated,
  arguments: {
    reason: 'Why it is deprecated and what to use instead.',
  },
};

/** Directives of the current transformer (v2) and AppSync's own, by name. */
export const DIRECTIVE_DOCS: Record<string, DirectiveDoc> = {
  model: MODEL,
  auth: AUTH,
  hasOne: HAS_ONE,
  hasMany: HAS_MANY,
  belongsTo: BELONGS_TO,
  manyToMany: MANY_TO_MANY,
  primaryKey: PRIMARY_KEY,
  index: INDEX,
  default: DEFAULT,
  function: FUNCTION,
  http: HTTP,
  predictions: PREDICTIONS,
  searchable: SEARCHABLE,
  mapsTo: MAPS_TO,
  refersTo: REFERS_TO,
  sql: SQL,
  validate: VALIDATE,
  generation: GENERATION,
  conversation: CONVERSATION,
  deprecated: DEPRECATED,
};
