/**
 * The three transformer lines a schema can meet, each run offline the way its tool runs it:
 *
 * - `v1`: Gen 1 projects on transformer v1 — graphql-transformer-core's GraphQLTransform with the
 *   transformer list of the Gen 1 API plugin (amplify-category-api transformer-factory.ts
 *   getTransformerFactoryV1: model, versioned, function, http, key, connection, predictions,
 *   searchable when the schema uses it, auth last), the last versions the Gen 1 CLI shipped.
 * - `v2-gen1`: Gen 1 projects on transformer v2 — @aws-amplify/graphql-transformer 1.8 (the line
 *   @aws-amplify/amplify-category-api 5.15 uses) through executeTransform, Gen 1 patterns allowed,
 *   into a throw-away CDK stack.
 * - `gen2`: Gen 2 — the AmplifyGraphqlApi construct (@aws-amplify/graphql-api-construct), which
 *   runs the current transformer with Gen 1 patterns refused, as Gen 2's data construct does.
 *
 * A schema is valid when the transform completes; invalid when it throws, with its message.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Gen 1's transformer v2 lives in its own install (gen1-v2/), with the aws-cdk-lib it was built on. */
const requireGen1 = createRequire(new URL('./gen1-v2/package.json', import.meta.url));

/** Flags of a project the v1-era CLI created (amplify-cli-core featureFlags.ts, existing projects). */
const V1_FLAGS = { validatetypenamereservedwords: true, improvepluralization: false, addmissingownerfields: false };
/** Transform parameters of a project a current Gen 1 CLI created (featureFlags.ts, new projects). */
const GEN1_V2_PARAMETERS = {
  shouldDeepMergeDirectiveConfigDefaults: false,
  useSubUsernameForDefaultIdentityClaim: true,
  populateOwnerFieldForStaticGroupAuth: true,
  secondaryKeyAsGSI: true,
  enableAutoIndexQueryNames: true,
  respectPrimaryKeyAttributesOnConnectionField: true,
  subscriptionsInheritPrimaryAuth: false,
  suppressApiKeyGeneration: false,
  disableResolverDeduping: false,
  sandboxModeEnabled: false,
  allowDestructiveGraphqlSchemaUpdates: false,
  replaceTableUponGsiUpdate: false,
  enableTransformerCfnOutputs: true,
  enableSearchNodeToNodeEncryption: false,
  enableGen2Migration: false,
  allowGen1Patterns: true,
};

function featureFlags(values) {
  const read = (name, fallback) => values[name.toLowerCase()] ?? fallback;
  return { getBoolean: read, getNumber: read, getString: read, getObject: read };
}

function authConfig(modes) {
  const provider = (authenticationType) => {
    switch (authenticationType) {
      case 'API_KEY':
        return { authenticationType, apiKeyConfig: { apiKeyExpirationDays: 7 } };
      case 'AMAZON_COGNITO_USER_POOLS':
        return { authenticationType, userPoolConfig: { userPoolId: 'oracle-user-pool' } };
      case 'OPENID_CONNECT':
        return { authenticationType, openIDConnectConfig: { name: 'oracle-oidc', issuerUrl: 'https://oracle.example.com' } };
      case 'AWS_LAMBDA':
        return { authenticationType, lambdaAuthorizerConfig: { lambdaFunction: 'oracle-authorizer', ttlSeconds: 300 } };
      default:
        return { authenticationType };
    }
  };
  const [first, ...rest] = modes;
  return { defaultAuthentication: provider(first), additionalAuthenticationProviders: rest.map(provider) };
}

/** The `input AMPLIFY { … }` block (its default values hold braces too), or undefined. */
function amplifyInput(schema) {
  const start = /input\s+AMPLIFY\s*\{/.exec(schema);
  if (!start) return undefined;
  let depth = 0;
  for (let i = start.index + start[0].length - 1; i < schema.length; i++) {
    if (schema[i] === '{') depth++;
    else if (schema[i] === '}' && --depth === 0) return { start: start.index, end: i + 1, text: schema.slice(start.index, i + 1) };
  }
  return undefined;
}

/** `input AMPLIFY { … }` is the Gen 1 plugin's, not the transformer's: it strips it first. */
function withoutAmplifyInput(schema) {
  const input = amplifyInput(schema);
  return input ? schema.slice(0, input.start) + schema.slice(input.end) : schema;
}

function runV1(schema, modes, api) {
  const { GraphQLTransform } = require('graphql-transformer-core');
  const { DynamoDBModelTransformer } = require('graphql-dynamodb-transformer');
  const { VersionedModelTransformer } = require('graphql-versioned-transformer');
  const { FunctionTransformer } = require('graphql-function-transformer');
  const { HttpTransformer } = require('graphql-http-transformer');
  const { KeyTransformer } = require('graphql-key-transformer');
  const { ModelConnectionTransformer } = require('graphql-connection-transformer');
  const { PredictionsTransformer } = require('graphql-predictions-transformer');
  const { SearchableModelTransformer } = require('graphql-elasticsearch-transformer');
  const { ModelAuthTransformer } = require('graphql-auth-transformer');
  const transformers = [
    new DynamoDBModelTransformer(),
    new VersionedModelTransformer(),
    new FunctionTransformer(),
    new HttpTransformer(),
    new KeyTransformer(),
    new ModelConnectionTransformer(),
    new PredictionsTransformer(api.storageConfigured === false ? undefined : { bucketName: 'oracle-predictions' }),
    ...(/@searchable\b/.test(schema) ? [new SearchableModelTransformer()] : []),
    new ModelAuthTransformer({ authConfig: authConfig(modes.filter((mode) => mode !== 'AWS_LAMBDA')) }),
  ];
  new GraphQLTransform({ transformers, featureFlags: featureFlags(V1_FLAGS) }).transform(schema);
}

/** The SQL engine a Gen 1 `schema.sql.graphql` names in `input AMPLIFY { engine: String = "…" }`. */
function sqlEngine(text) {
  return /engine\s*:\s*String\s*=\s*"(mysql|postgres)"/i.exec(amplifyInput(text)?.text ?? '')?.[1]?.toLowerCase();
}

/** The statements a schema's `@sql(reference:)` fields name: all of them exist when the project does not say. */
function statementNames(api, schema) {
  return api.sqlStatementNames ?? [...schema.matchAll(/reference\s*:\s*"([^"]+)"/g)].map((match) => match[1]);
}

function sqlStrategy(engine, statementNames) {
  const path = (part) => `/oracle/${engine}/${part}`;
  return {
    name: `oracle${engine}`,
    dbType: engine === 'postgres' ? 'POSTGRES' : 'MYSQL',
    dbConnectionConfig: {
      hostnameSsmPath: path('hostname'),
      portSsmPath: path('port'),
      usernameSsmPath: path('username'),
      passwordSsmPath: path('password'),
      databaseNameSsmPath: path('database'),
    },
    customSqlStatements: Object.fromEntries(statementNames.map((name) => [name, 'SELECT 1'])),
  };
}

/**
 * Gen 1 reads schema.graphql (DynamoDB models) and schema.sql.graphql (models of the imported
 * database) together; each model gets the data source of the file it is in
 * (amplify-category-api transform-graphql-schema-v2.ts), and `@sql` fields of the SQL schema its
 * statements.
 */
function runV2Gen1(schema, modes, api) {
  const { executeTransform } = requireGen1('@aws-amplify/graphql-transformer');
  const { constructDataSourceStrategies, constructSqlDirectiveDataSourceStrategies, DDB_DEFAULT_DATASOURCE_STRATEGY } = requireGen1(
    '@aws-amplify/graphql-transformer-core',
  );
  const { App, Stack, NestedStack } = requireGen1('aws-cdk-lib');
  // sandbox mode: `globalAuthRule: AuthRule = { allow: public }` (amplify-category-api sandbox-mode-helpers.ts)
  const sandbox = api.texts.some((text) => /globalAuthRule[\s\S]*allow\s*:\s*public/.test(amplifyInput(text)?.text ?? ''));
  let dataSourceStrategies = {};
  let sqlDirectiveDataSourceStrategies = [];
  const parts = api.files.map((file, index) => {
    const text = withoutAmplifyInput(api.texts[index]);
    if (file.endsWith('.sql.graphql')) {
      const engine = sqlEngine(api.texts[index]);
      if (!engine)
        throw new NotRun('The Gen 1 API plugin reads the SQL engine from input AMPLIFY before the transformer runs; this schema names none.');
      const strategy = sqlStrategy(engine, statementNames(api, text));
      dataSourceStrategies = { ...dataSourceStrategies, ...constructDataSourceStrategies(text, strategy) };
      sqlDirectiveDataSourceStrategies = [
        ...sqlDirectiveDataSourceStrategies,
        ...constructSqlDirectiveDataSourceStrategies(text, strategy, strategy.customSqlStatements),
      ];
    } else {
      dataSourceStrategies = { ...dataSourceStrategies, ...constructDataSourceStrategies(text, DDB_DEFAULT_DATASOURCE_STRATEGY) };
    }
    return text;
  });
  const stack = new Stack(new App(), 'oracle');
  executeTransform({
    schema: parts.join('\n'),
    scope: stack,
    nestedStackProvider: { provide: (scope, name) => new NestedStack(scope, name) },
    assetProvider: {
      provide: (_scope, _name, props) => ({
        s3ObjectUrl: `s3://oracle/${props.fileName}`,
        httpUrl: `https://oracle.example.com/${props.fileName}`,
      }),
    },
    synthParameters: {
      amplifyEnvironmentName: 'oracle',
      apiName: 'oracle',
      authenticatedUserRoleName: 'oracle-auth-role',
      unauthenticatedUserRoleName: 'oracle-unauth-role',
      userPoolId: 'us-east-1_oracle',
      identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000',
      adminRoles: [],
      enableIamAccess: false,
    },
    authConfig: authConfig(modes),
    transformersFactoryArgs: {
      storageConfig: api.storageConfigured === false ? undefined : { bucketName: 'oracle-predictions' },
      customTransformers: [],
    },
    transformParameters: { ...GEN1_V2_PARAMETERS, sandboxModeEnabled: sandbox },
    dataSourceStrategies,
    sqlDirectiveDataSourceStrategies,
    printTransformerLog: () => {},
  });
}

function runGen2(schema, api) {
  const { AmplifyGraphqlApi, AmplifyGraphqlDefinition } = require('@aws-amplify/graphql-api-construct');
  const { UserPool } = require('aws-cdk-lib/aws-cognito');
  const { Function: LambdaFunction } = require('aws-cdk-lib/aws-lambda');
  const { Role } = require('aws-cdk-lib/aws-iam');
  const { App, Stack, Duration } = require('aws-cdk-lib');
  const stack = new Stack(new App(), 'oracle', { env: { account: '123456789012', region: 'us-east-1' } });
  const role = (id) => Role.fromRoleArn(stack, id, `arn:aws:iam::123456789012:role/${id}`);
  const lambda = (id, name) =>
    // same account and region, so the construct may grant AppSync the right to invoke it
    LambdaFunction.fromFunctionAttributes(stack, id, {
      functionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
      sameEnvironment: true,
    });
  // Gen 2 hands the data construct its functions by name (defineData's `functions`, a.handler.function)
  const named = [...schema.matchAll(/@function\s*\(\s*name\s*:\s*"([^"]+)"/g), ...schema.matchAll(/functionName\s*:\s*"([^"]+)"/g)].map(
    (match) => match[1],
  );
  const functionNameMap = Object.fromEntries([...new Set(named)].map((name, index) => [name, lambda(`Fn${index}`, name)]));
  // one definition per file, SQL ones bound to their database (a.sql / AmplifyGraphqlDefinition.fromString(schema, strategy))
  const definitions = api.files.map((file, index) => {
    const engine = api.dataSources[file];
    return engine
      ? AmplifyGraphqlDefinition.fromString(api.texts[index], sqlStrategy(engine, statementNames(api, api.texts[index])))
      : AmplifyGraphqlDefinition.fromString(api.texts[index]);
  });
  new AmplifyGraphqlApi(stack, 'Api', {
    definition: definitions.length === 1 ? definitions[0] : AmplifyGraphqlDefinition.combine(definitions),
    functionNameMap,
    authorizationModes: {
      defaultAuthorizationMode: 'API_KEY',
      apiKeyConfig: { expires: Duration.days(7) },
      userPoolConfig: { userPool: new UserPool(stack, 'Pool') },
      iamConfig: { enableIamAuthorizationMode: true },
      identityPoolConfig: {
        identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000',
        authenticatedUserRole: role('auth'),
        unauthenticatedUserRole: role('unauth'),
      },
      oidcConfig: {
        oidcProviderName: 'oracle',
        oidcIssuerUrl: 'https://oracle.example.com',
        tokenExpiryFromAuth: Duration.hours(1),
        tokenExpiryFromIssue: Duration.hours(1),
      },
      lambdaConfig: {
        function: lambda('Authorizer', 'oracle-authorizer'),
        ttl: Duration.minutes(5),
      },
    },
  });
}

/** The versions that decided, for the verdict file. */
export function transformerVersions() {
  const version = (name) => require(`${name}/package.json`).version;
  return {
    v1: `graphql-transformer-core ${version('graphql-transformer-core')}`,
    'v2-gen1': `@aws-amplify/graphql-transformer ${requireGen1('@aws-amplify/graphql-transformer/package.json').version}`,
    gen2: `@aws-amplify/graphql-api-construct ${version('@aws-amplify/graphql-api-construct')}`,
  };
}

/** A schema the transformer cannot be run on offline, with the reason. */
class NotRun extends Error {}

/** { verdict: 'valid' }, { verdict: 'invalid', message } or { verdict: 'not run', reason }. */
export function judge(api) {
  const schema = api.texts.join('\n');
  try {
    if (api.line === 'v1') runV1(schema, api.modes, api);
    else if (api.line === 'v2-gen1') runV2Gen1(schema, api.modes, api);
    else runGen2(schema, api);
    return { verdict: 'valid' };
  } catch (error) {
    if (error instanceof NotRun) return { verdict: 'not run', reason: error.message };
    const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
    return { verdict: 'invalid', message: message.trim() };
  }
}
