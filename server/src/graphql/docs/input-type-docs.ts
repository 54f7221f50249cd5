/**
 * The fields of the input types Amplify's directives take (`AuthRule`, `ModelQueryMap`, …) and the
 * values of their enums, keyed by the type names of `@aws-amplify/graphql-directives`' SDL.
 */
export const INPUT_FIELD_DOCS: Record<string, Record<string, string>> = {
  AuthRule: {
    allow:
      "The strategy: `owner` (the record's owner), `groups` (members of user groups), `private` (any signed-in user), `public` (anyone, e.g. with the API key) or `custom` (a Lambda authorizer).",
    provider:
      'How callers are authenticated for this rule: userPools, oidc, identityPool/iam, apiKey or function. Each strategy allows only some providers and has a default.',
    identityClaim: 'Token claim that identifies the owner (`owner` rules). Defaults to `sub::username` (or `username` on older projects).',
    groupClaim: "Token claim that lists the caller's groups (`groups` rules). Defaults to `cognito:groups`.",
    ownerField: 'Field holding the owner (`String`) or owners (`[String]`). Defaults to `owner`, which Amplify adds when the type lacks it.',
    groupsField: 'Field holding the group (`String`) or groups (`[String]`) allowed on each record — dynamic group authorization.',
    groups: 'Static list of groups whose members are allowed — static group authorization.',
    operations: 'Operations this rule grants. Without it, all of create, update, delete and read.',
    identityField: 'Legacy name of `identityClaim` (transformer v1).',
    queries: 'Deprecated in v1: queries the rule protects; use `operations`.',
    mutations: 'Deprecated in v1: mutations the rule protects; use `operations`.',
  },
  ModelQueryMap: {
    get: 'Name of the single-record query (default `get<Type>`); `null` to omit it.',
    list: 'Name of the list query (default `list<Types>`); `null` to omit it.',
  },
  ModelMutationMap: {
    create: 'Name of the create mutation (default `create<Type>`); `null` to omit it.',
    update: 'Name of the update mutation (default `update<Type>`); `null` to omit it.',
    delete: 'Name of the delete mutation (default `delete<Type>`); `null` to omit it.',
  },
  ModelSubscriptionMap: {
    onCreate: 'Names of the subscriptions fired on create (default `onCreate<Type>`).',
    onUpdate: 'Names of the subscriptions fired on update (default `onUpdate<Type>`).',
    onDelete: 'Names of the subscriptions fired on delete (default `onDelete<Type>`).',
    level: 'Whether subscriptions are generated and protected: `on` (default, with auth), `public` (no auth) or `off`.',
  },
  TimestampConfiguration: {
    createdAt: 'Name of the creation timestamp field (default `createdAt`); `null` to omit it.',
    updatedAt: 'Name of the last-update timestamp field (default `updatedAt`); `null` to omit it.',
  },
  SearchableQueryMap: {
    search: 'Name of the search query (default `search<Types>`); `null` to omit it.',
  },
  HttpHeader: {
    key: 'Header name.',
    value: 'Header value.',
  },
  ProjectionInput: {
    type: 'Which attributes the index stores: ALL, KEYS_ONLY, or INCLUDE (with `nonKeyAttributes`).',
    nonKeyAttributes: 'Fields copied into the index besides the keys; required with `type: INCLUDE`.',
  },
  ConversationAuth: {
    strategy: 'Who may use the conversation; `owner` (each user sees their own conversations).',
    provider: 'How users are authenticated; `userPools`.',
  },
  ConversationHandlerFunctionConfiguration: {
    functionName: 'Name of the custom conversation handler function.',
    eventVersion: 'Version of the conversation event format the handler expects; the transformer accepts `1.x` (e.g. `"1.0"`).',
  },
  ToolMap: {
    name: 'Tool name shown to the AI model: a letter, then letters, digits or underscores, 64 characters at most.',
    description: 'What the tool does, shown to the AI model so it knows when to call it.',
    queryName: "A field of the Query type the tool invokes (without `modelName`/`modelOperation`). Its arguments become the tool's input.",
    modelName: 'A @model type whose list query the tool invokes (with `modelOperation: list`, without `queryName`).',
    modelOperation: 'The model operation the tool invokes (`list`).',
  },
  ConversationInferenceConfiguration: {
    maxTokens: "Upper bound on tokens in the model's reply (at least 1).",
    temperature: 'Randomness of the reply, 0–1.',
    topP: 'Nucleus sampling cut-off, 0–1.',
  },
  GenerationInferenceConfiguration: {
    maxTokens: "Upper bound on tokens in the model's reply (at least 1).",
    temperature: 'Randomness of the reply, 0–1.',
    topP: 'Nucleus sampling cut-off, 0–1.',
  },
};

export const ENUM_VALUE_DOCS: Record<string, Record<string, string>> = {
  AuthStrategy: {
    owner: 'Per-user access: the signed-in user stored in the owner field may act on the record. Providers: userPools (default), oidc.',
    groups:
      'Group access: members of `groups` (static) or of the groups stored in `groupsField` (dynamic). Providers: userPools (default), oidc.',
    private: 'Any signed-in user. Providers: userPools (default), oidc, identityPool/iam.',
    public: 'Anyone, authenticated by the API key or as a guest identity. Providers: apiKey (default), identityPool/iam.',
    custom: 'Your own Lambda authorizer decides. Provider: function (default).',
  },
  AuthProvider: {
    apiKey: 'The API key (public rules).',
    iam: 'IAM credentials, e.g. Cognito identity pool roles. Gen 2 reads it as `identityPool`.',
    identityPool: 'Cognito identity pool credentials (authenticated or guest roles).',
    oidc: 'Tokens of a third-party OpenID Connect provider.',
    userPools: 'Tokens of the Cognito user pool.',
    function: 'A Lambda authorizer (custom rules).',
  },
  ModelOperation: {
    create: 'Create mutations.',
    update: 'Update mutations.',
    delete: 'Delete mutations.',
    read: 'All reads: get, list, search, subscriptions (listen) and sync.',
    get: 'The single-record get query.',
    list: 'The list query and index queries.',
    sync: 'DataStore sync queries.',
    listen: 'Subscriptions.',
    search: 'The @searchable search query.',
  },
  ModelQuery: {
    get: 'The single-record get query (deprecated; use `operations: [read]`).',
    list: 'The list query (deprecated; use `operations: [read]`).',
  },
  ModelMutation: {
    create: 'The create mutation (deprecated; use `operations: [create]`).',
    update: 'The update mutation (deprecated; use `operations: [update]`).',
    delete: 'The delete mutation (deprecated; use `operations: [delete]`).',
  },
  ModelSubscriptionLevel: {
    on: "Subscriptions are generated and protected by the model's auth rules (default).",
    public: 'Subscriptions are generated without authorization checks.',
    off: 'No subscriptions are generated.',
  },
  HttpMethod: {
    GET: 'HTTP GET (default).',
    POST: 'HTTP POST; the field gets a `body` argument.',
    PUT: 'HTTP PUT; the field gets a `body` argument.',
    DELETE: 'HTTP DELETE.',
    PATCH: 'HTTP PATCH; the field gets a `body` argument.',
  },
  InvocationType: {
    RequestResponse: 'Waits for the function and returns its result (default).',
    Event: 'Invokes the function asynchronously; the field must return `EventInvocationResponse` and sit on Query or Mutation.',
  },
  PredictionsActions: {
    identifyText: 'Reads text in an image (Amazon Rekognition).',
    identifyLabels: 'Detects objects and scenes in an image (Amazon Rekognition).',
    translateText: 'Translates text (Amazon Translate).',
    convertTextToSpeech: 'Turns text into speech audio (Amazon Polly).',
  },
  ProjectionType: {
    ALL: 'The index stores every attribute (default).',
    KEYS_ONLY: 'The index stores only key attributes.',
    INCLUDE: 'The index stores the keys plus the `nonKeyAttributes`.',
  },
  ValidationType: {
    gt: 'Number must be greater than the value.',
    lt: 'Number must be less than the value.',
    gte: 'Number must be greater than or equal to the value.',
    lte: 'Number must be less than or equal to the value.',
    minLength: 'String must have at least this many characters.',
    maxLength: 'String must have at most this many characters.',
    startsWith: 'String must start with the value.',
    endsWith: 'String must end with the value.',
    matches: 'String must match the value as a regular expression.',
  },
  ConversationAuthStrategy: {
    owner: 'Each signed-in user owns their conversations.',
  },
  ConversationAuthProvider: {
    userPools: 'Cognito user pool tokens.',
  },
  ConversationToolModelOperation: {
    list: "The model's list query.",
  },
};
