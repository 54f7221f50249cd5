import type { FakeOutput } from '../cloudformation-model';
import { FakeCloudFormationState } from '../fake-cloudformation-state';
import { recordDeployment } from './deployment-history';
import { gen2StackName, type Gen2BackendIdentifier } from './gen2-backend-identifier';
import { SeedClock } from './seed-clock';

/**
 * Gen 2 backends as `ampx sandbox` and `ampx pipeline-deploy` leave them: a root stack named from the
 * backend identifier, tagged like amplify-backend's main stack creator, with the backend outputs as
 * stack Outputs and their index (`AWS::Amplify::*` → version + stackOutputs) in the template Metadata,
 * and CDK nested stacks for auth, data and functions (logical ids `<name><hash>`, as Amplify allocates them).
 */
export interface Gen2SeedOptions {
  /** The project's package.json name: the sandbox namespace. */
  appName: string;
  /** One sandbox per user name (or `--identifier`). */
  sandboxes?: string[];
  branches?: { appId: string; branch: string }[];
  /** Function names defined with defineFunction. Default: ['sayHello']. */
  functions?: string[];
  state?: FakeCloudFormationState;
  start?: Date;
}

export interface Gen2BackendStacks {
  identifier: Gen2BackendIdentifier;
  stackName: string;
  stackId: string;
  /** Nested stack names by role: auth, data, function. */
  nestedStackNames: { auth: string; data: string; function: string };
  functionNames: string[];
  apiEndpoint: string;
}

export interface Gen2Seed {
  state: FakeCloudFormationState;
  sandboxes: Gen2BackendStacks[];
  branches: Gen2BackendStacks[];
}

export function gen2Seed(options: Gen2SeedOptions): Gen2Seed {
  const state = options.state ?? new FakeCloudFormationState();
  const clock = new SeedClock(options.start);
  const seed = (identifier: Gen2BackendIdentifier) => seedBackend(state, clock, identifier, options.functions ?? ['sayHello']);
  return {
    state,
    sandboxes: (options.sandboxes ?? []).map((user) => seed({ namespace: options.appName, name: user, type: 'sandbox' })),
    branches: (options.branches ?? []).map(({ appId, branch }) => seed({ namespace: appId, name: branch, type: 'branch' })),
  };
}

function mainStackTags(identifier: Gen2BackendIdentifier): Record<string, string> {
  if (identifier.type === 'branch') {
    return {
      'created-by': 'amplify',
      'amplify:app-id': identifier.namespace,
      'amplify:branch-name': identifier.name,
      'amplify:deployment-type': 'branch',
    };
  }
  if (identifier.type === 'standalone') {
    return { 'created-by': 'amplify', 'amplify:branch-name': identifier.name, 'amplify:deployment-type': 'standalone' };
  }
  return { 'created-by': 'amplify', 'amplify:deployment-type': 'sandbox' };
}

function attribution(identifier: Gen2BackendIdentifier, stackType: string): string {
  const createdBy = { sandbox: 'AmplifySandbox', branch: 'AmplifyPipelineDeploy', standalone: 'AmplifyStandalone' }[identifier.type];
  return JSON.stringify({ createdOn: 'Linux', createdBy, createdWith: '1.16.1', stackType, metadata: {} });
}

function seedBackend(
  state: FakeCloudFormationState,
  clock: SeedClock,
  identifier: Gen2BackendIdentifier,
  functions: string[],
): Gen2BackendStacks {
  const { ids, region, accountId } = state;
  const stackName = gen2StackName(identifier);
  const userPoolId = `${region}_${ids.alphanumeric(9)}`;
  const apiId = ids.lowerAlphanumeric(26);
  const apiEndpoint = `https://${ids.lowerAlphanumeric(26)}.appsync-api.${region}.amazonaws.com/graphql`;
  const functionLogicalIds = functions.map((name) => `${name}lambda${ids.hex(8).toUpperCase()}`);
  // Lambda names its functions from the (truncated) stack name, the logical id and a random tail.
  const functionNames = functionLogicalIds.map((logicalId) => `${stackName.slice(0, 20)}-${logicalId}-${ids.alphanumeric(12)}`.slice(0, 64));
  const payloads: Record<string, Record<string, string>> = {
    'AWS::Amplify::Platform': { deploymentType: identifier.type, region },
    'AWS::Amplify::Auth': {
      authRegion: region,
      userPoolId,
      webClientId: ids.lowerAlphanumeric(26),
      identityPoolId: `${region}:${ids.uuid()}`,
      allowUnauthenticatedIdentities: 'true',
      usernameAttributes: '["email"]',
      signupAttributes: '["email"]',
      verificationMechanisms: '["email"]',
      passwordPolicyMinLength: '8',
      passwordPolicyRequirements: '["REQUIRES_NUMBERS","REQUIRES_LOWERCASE","REQUIRES_UPPERCASE","REQUIRES_SYMBOLS"]',
      mfaConfiguration: 'OFF',
    },
    'AWS::Amplify::GraphQL': {
      awsAppsyncRegion: region,
      awsAppsyncApiEndpoint: apiEndpoint,
      awsAppsyncAuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      awsAppsyncAdditionalAuthenticationTypes: 'AWS_IAM',
      awsAppsyncApiId: apiId,
      amplifyApiModelSchemaS3Uri: `s3://${stackName.slice(0, 40).toLowerCase()}-modelintrospectionschema${ids.lowerAlphanumeric(8)}/model-schema.graphql`,
    },
    'AWS::Amplify::Function': { definedFunctions: JSON.stringify(functionNames) },
  };
  const outputs: FakeOutput[] = Object.values(payloads).flatMap((payload) => Object.entries(payload).map(([key, value]) => ({ key, value })));
  const templateMetadata = Object.fromEntries(
    Object.entries(payloads).map(([key, payload]) => [key, { version: '1', stackOutputs: Object.keys(payload) }]),
  );
  const root = state.addStack({
    name: stackName,
    description: attribution(identifier, 'root'),
    creationTime: clock.peek(),
    tags: mainStackTags(identifier),
    capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
    parameters: { BootstrapVersion: '/cdk-bootstrap/hnb659fds/version' },
    outputs,
    templateMetadata,
    resources: [{ logicalId: 'CDKMetadata', type: 'AWS::CDK::Metadata', physicalId: ids.uuid() }],
  });
  const nested = (
    logicalId: string,
    stackType: string,
    resources: { logicalId: string; type: string; physicalId: string }[],
    parent = root.id,
  ) =>
    state.addStack({
      parent: { stack: parent, logicalId },
      description: attribution(identifier, stackType),
      creationTime: clock.peek(),
      resources,
    });

  const auth = nested('auth179371D7', 'auth-Cognito', [
    { logicalId: 'amplifyAuthUserPool4BA7F805', type: 'AWS::Cognito::UserPool', physicalId: userPoolId },
    {
      logicalId: 'amplifyAuthUserPoolAppClient2626C6F8',
      type: 'AWS::Cognito::UserPoolClient',
      physicalId: payloads['AWS::Amplify::Auth'].webClientId,
    },
    {
      logicalId: 'amplifyAuthIdentityPool3FDE84CC',
      type: 'AWS::Cognito::IdentityPool',
      physicalId: payloads['AWS::Amplify::Auth'].identityPoolId,
    },
  ]);
  const data = nested('data7552DF31', 'api-AppSync', [
    {
      logicalId: 'amplifyDataGraphQLAPI42A6FA33',
      type: 'AWS::AppSync::GraphQLApi',
      physicalId: `arn:aws:appsync:${region}:${accountId}:apis/${apiId}`,
    },
  ]);
  nested(
    'amplifyDataTodoNestedStackTodoNestedStackResource551CEA56',
    'api-AppSync',
    [{ logicalId: 'TodoTable', type: 'Custom::AmplifyDynamoDBTable', physicalId: `Todo-${apiId}-NONE` }],
    data.id,
  );
  const fn = nested(
    'function1351588B',
    'function-Lambda',
    functions.flatMap((name, i) => [
      {
        logicalId: `${name}lambdaServiceRole${ids.hex(8).toUpperCase()}`,
        type: 'AWS::IAM::Role',
        physicalId: `${stackName.slice(0, 20)}-${name}lambdaServiceRole-${ids.alphanumeric(12)}`,
      },
      { logicalId: functionLogicalIds[i], type: 'AWS::Lambda::Function', physicalId: functionNames[i] },
    ]),
  );
  recordDeployment(state, root.id, { operation: 'CREATE', clock });
  clock.advance(45 * 60_000);
  return {
    identifier: { ...identifier, hash: stackName.slice(stackName.lastIndexOf('-') + 1) },
    stackName,
    stackId: root.id,
    nestedStackNames: { auth: auth.name, data: data.name, function: fn.name },
    functionNames,
    apiEndpoint,
  };
}
