// The Amplify injection (source.graphql.amplify-directives): gives the directives of the Amplify
// GraphQL transformer and of AppSync, the rules of @auth and the AWS scalars their own scopes.
//
// A directive rule here takes the whole directive over (same end and arguments as the GraphQL
// grammar's), because an injected rule that matched only the name would leave the arguments to
// whatever rule surrounds them. @auth gets its own argument rules: a rule key or a strategy only
// means something inside @auth(rules: [...]). The value rules are a copy, not an include of
// Lens's GraphQL grammar, so the injection works the same under another extension's GraphQL grammar
// (source.graphql) as under Lens's own (source.graphql.amplify-lens).
import { directiveRule, include, scope, valueRepository } from './graphql-value-rules.mjs';

// Names from @aws-amplify/graphql-directives (V2Directives, V1Directives, AppSyncDirectives).
const AMPLIFY_DIRECTIVES = [
  'model', 'hasMany', 'hasOne', 'belongsTo', 'manyToMany', 'index', 'primaryKey', 'default', 'function', 'http',
  'searchable', 'predictions', 'mapsTo', 'refersTo', 'sql', 'validate', 'generation', 'conversation',
];
const DEPRECATED_V1_DIRECTIVES = ['key', 'connection', 'versioned'];
const APPSYNC_DIRECTIVES = [
  'aws_subscribe', 'aws_api_key', 'aws_iam', 'aws_oidc', 'aws_lambda', 'aws_cognito_user_pools', 'aws_auth',
];
const AWS_SCALARS = ['AWSDateTime', 'AWSDate', 'AWSTimestamp', 'AWSTime', 'AWSEmail', 'AWSJSON', 'AWSURL', 'AWSPhone', 'AWSIPAddress'];

// The AuthRule input: AuthStrategy, AuthProvider and ModelOperation values; v1's identityField,
// queries and mutations are kept so that older schemas read the same.
const AUTH_STRATEGIES = ['owner', 'groups', 'private', 'public', 'custom'];
const AUTH_PROVIDERS = ['apiKey', 'iam', 'identityPool', 'oidc', 'userPools', 'function'];
const MODEL_OPERATIONS = ['create', 'update', 'delete', 'read', 'list', 'get', 'sync', 'listen', 'search'];
const AUTH_RULE_KEYS = [
  'allow', 'provider', 'operations', 'ownerField', 'identityClaim', 'groupClaim', 'groups', 'groupsField',
  'identityField', 'queries', 'mutations',
];
const OPERATION_KEYS = 'operations|queries|mutations';

const KEY_SCOPE = 'support.type.property-name.auth.amplify.graphql';
const STRATEGY_SCOPE = 'support.constant.auth-strategy.amplify.graphql';
const PROVIDER_SCOPE = 'support.constant.auth-provider.amplify.graphql';
const OPERATION_SCOPE = 'support.constant.auth-operation.amplify.graphql';

const oneOf = (names) => `(?:${names.join('|')})`;

/** `key: value` on one line, where the value is one of `values`. */
const keyWithValue = (keys, values, valueScope) => ({
  match: String.raw`\b(${keys})\s*(:)\s*(${oneOf(values)})\b`,
  captures: { 1: scope(KEY_SCOPE), 2: scope('punctuation.separator.key-value.graphql'), 3: scope(valueScope) },
});

const bracketed = (begin, end, beginScope, endScope, patterns, name) => ({
  begin,
  end,
  ...(name ? { name } : {}),
  beginCaptures: { 0: scope(beginScope) },
  endCaptures: { 0: scope(endScope) },
  patterns,
});

export const amplifyDirectivesGrammar = {
  name: 'Amplify GraphQL directives',
  scopeName: 'source.graphql.amplify-directives',
  injectionSelector: 'L:source.graphql -comment -string',
  patterns: include('auth-directive', 'amplify-directive', 'deprecated-directive', 'appsync-directive', 'aws-scalar', 'auth-rule-default-value'),
  repository: {
    ...valueRepository(),
    'amplify-directive': directiveRule(`${oneOf(AMPLIFY_DIRECTIVES)}\\b`, 'support.function.directive.amplify.graphql'),
    'deprecated-directive': {
      comment: 'Transformer v1 directives, replaced in v2 by @primaryKey/@index, @hasOne/@hasMany/@belongsTo and conflict resolution.',
      ...directiveRule(`${oneOf(DEPRECATED_V1_DIRECTIVES)}\\b`, 'invalid.deprecated.directive.amplify.graphql'),
    },
    'appsync-directive': directiveRule(`${oneOf(APPSYNC_DIRECTIVES)}\\b`, 'support.function.directive.appsync.graphql'),
    'aws-scalar': { match: String.raw`\b${oneOf(AWS_SCALARS)}\b`, name: 'support.type.aws.graphql' },
    'auth-directive': directiveRule(String.raw`auth\b`, 'support.function.directive.amplify.graphql', 'auth-arguments'),

    'auth-arguments': bracketed(
      String.raw`\(`,
      String.raw`\)`,
      'punctuation.definition.arguments.begin.graphql',
      'punctuation.definition.arguments.end.graphql',
      include('comment', 'comma', 'argument-name', 'key-value-separator', 'auth-rule-list', 'auth-rule', 'value'),
      'meta.arguments.graphql',
    ),
    'auth-rule-list': bracketed(
      String.raw`\[`,
      String.raw`\]`,
      'punctuation.definition.list.begin.graphql',
      'punctuation.definition.list.end.graphql',
      include('comment', 'comma', 'auth-rule', 'value'),
    ),
    'auth-rule': bracketed(
      String.raw`\{`,
      String.raw`\}`,
      'punctuation.definition.object.begin.graphql',
      'punctuation.definition.object.end.graphql',
      [
        ...include('comment', 'comma'),
        keyWithValue('allow', AUTH_STRATEGIES, STRATEGY_SCOPE),
        keyWithValue('provider', AUTH_PROVIDERS, PROVIDER_SCOPE),
        keyWithValue(OPERATION_KEYS, MODEL_OPERATIONS, OPERATION_SCOPE),
        ...include('auth-operation-list'),
        { match: String.raw`\b${oneOf(AUTH_RULE_KEYS)}(?=\s*:)`, name: KEY_SCOPE },
        ...include('object-field-name', 'key-value-separator', 'value'),
      ],
      'meta.auth-rule.amplify.graphql',
    ),
    'auth-operation-list': {
      begin: String.raw`\b(${OPERATION_KEYS})\s*(:)\s*(\[)`,
      end: String.raw`\]`,
      beginCaptures: {
        1: scope(KEY_SCOPE),
        2: scope('punctuation.separator.key-value.graphql'),
        3: scope('punctuation.definition.list.begin.graphql'),
      },
      endCaptures: { 0: scope('punctuation.definition.list.end.graphql') },
      patterns: [
        ...include('comment', 'comma'),
        { match: String.raw`\b${oneOf(MODEL_OPERATIONS)}\b`, name: OPERATION_SCOPE },
        ...include('value'),
      ],
    },
    'auth-rule-default-value': {
      comment:
        'An AuthRule as a default value, as in Gen 1 sandbox mode: input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }. ' +
        'It starts at the `=`, where a default value would, so a type body whose first field is `allow` is left alone.',
      begin: String.raw`(=)\s*(?=\{\s*allow\s*:)`,
      end: String.raw`(?<=\})`,
      beginCaptures: { 1: scope('keyword.operator.assignment.graphql') },
      patterns: include('auth-rule'),
    },
  },
};
