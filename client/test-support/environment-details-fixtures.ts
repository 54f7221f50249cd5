/**
 * Environment details as the loader returns them, for the overview's tests: the Gen 1 blog's `dev`
 * env (API, auth, storage, a function; its last push failed on a resolver and rolled back) and a
 * Gen 2 sandbox, on the environment builders of the views' tests.
 */
import type { Stack, StackEvent } from '../src/aws/aws-types';
import { gen1Outputs, gen2Outputs } from '../src/environments/environment-outputs';
import type { EnvironmentDetails } from '../src/environments/environment-types';
import { GEN1_ROOT, GEN2_ROOT, gen1Env, gen2Env, stack } from './environment-fixtures';

export const API_KEY = 'da2-abcdefghijklmnopqrstuvwxyz';
export const GRAPHQL_ENDPOINT = 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql';
const GEN1_STACK = 'amplify-gen1blog-dev-8f3b2';
const at = (time: string) => new Date(`2024-05-01T${time}Z`);

function nested(logicalId: string, overrides: Partial<Stack> = {}): Stack {
  const name = `${GEN1_STACK}-${logicalId}-1A2B3C4D5E6F`;
  return stack({ name, parentId: stack().id, rootId: stack().id, lastUpdatedAt: at('09:00:00'), ...overrides });
}

function event(stackName: string, logicalId: string, resourceType: string, status: string, time: string, statusReason?: string): StackEvent {
  return {
    id: `${logicalId}-${status}-${time}`,
    stackName,
    stackId: stack({ name: stackName }).id,
    logicalId,
    resourceType,
    status,
    timestamp: at(time),
    ...(statusReason ? { statusReason } : {}),
  };
}

export const RESOLVER_FAILURE =
  "Resource handler returned message: \"Validation error of type FieldUndefined: Field 'titel' in type 'Post' is undefined\"";

export function gen1Details(): EnvironmentDetails {
  const api = nested('apiblog', {
    status: 'UPDATE_ROLLBACK_COMPLETE',
    statusReason: 'The following resource(s) failed to update: [QuerygetPostResolver].',
    outputs: [
      { key: 'GraphQLAPIEndpointOutput', value: GRAPHQL_ENDPOINT },
      { key: 'GraphQLAPIIdOutput', value: 'abcdefghijklmnopqrstuvwxyz' },
      { key: 'GraphQLAPIKeyOutput', value: API_KEY },
    ],
  });
  const auth = nested('authgen1blogauth', { outputs: [{ key: 'UserPoolId', value: 'us-east-1_AbCdEfGhI' }] });
  const storage = nested('storageimages', { outputs: [{ key: 'BucketName', value: 'gen1blog-images-dev' }] });
  const fn = nested('functionsummarizePost', { outputs: [{ key: 'Name', value: 'summarizePost-dev' }] });
  const resources = [
    {
      category: 'api' as const,
      name: 'blog',
      stack: api,
      status: api.status,
      definitionPath: `${GEN1_ROOT}/amplify/backend/api/blog/schema.graphql`,
    },
    {
      category: 'auth' as const,
      name: 'gen1blogauth',
      stack: auth,
      status: auth.status,
      definitionPath: `${GEN1_ROOT}/amplify/backend/auth/gen1blogauth/cli-inputs.json`,
    },
    {
      category: 'storage' as const,
      name: 'images',
      stack: storage,
      status: storage.status,
      definitionPath: `${GEN1_ROOT}/amplify/backend/storage/images/cli-inputs.json`,
    },
    {
      category: 'function' as const,
      name: 'summarizePost',
      stack: fn,
      status: fn.status,
      definitionPath: `${GEN1_ROOT}/amplify/backend/function/summarizePost/src/index.js`,
    },
  ];
  const environment = gen1Env({
    health: 'failed',
    healthReason: 'The following resource(s) failed to update: [apiblog].',
    rootStack: stack({
      status: 'UPDATE_ROLLBACK_COMPLETE',
      statusReason: 'The following resource(s) failed to update: [apiblog].',
      lastUpdatedAt: at('09:00:00'),
    }),
    nestedStacks: [api, auth, storage, fn],
    resources,
    outputs: gen1Outputs(resources),
  });
  return {
    environment,
    resources: [],
    recentEvents: [
      event(GEN1_STACK, GEN1_STACK, 'AWS::CloudFormation::Stack', 'UPDATE_ROLLBACK_COMPLETE', '09:03:10'),
      event(api.name, 'QuerygetPostResolver', 'AWS::AppSync::Resolver', 'UPDATE_COMPLETE', '09:02:40'),
      event(GEN1_STACK, 'apiblog', 'AWS::CloudFormation::Stack', 'UPDATE_FAILED', '09:02:05', 'Embedded stack was not successfully updated.'),
      event(api.name, 'QuerygetPostResolver', 'AWS::AppSync::Resolver', 'UPDATE_FAILED', '09:02:00', RESOLVER_FAILURE),
      event(api.name, 'QuerygetPostResolver', 'AWS::AppSync::Resolver', 'UPDATE_IN_PROGRESS', '09:01:30'),
      event(GEN1_STACK, GEN1_STACK, 'AWS::CloudFormation::Stack', 'UPDATE_IN_PROGRESS', '09:00:00', 'User Initiated'),
    ],
  };
}

export function gen2Details(): EnvironmentDetails {
  const root = 'amplify-gen2todo-alice-sandbox-0e1752a889';
  const data = stack({ name: `${root}-data7552DF31-1X2Y3Z`, status: 'CREATE_COMPLETE' });
  const rootStack = stack({
    name: root,
    status: 'CREATE_COMPLETE',
    outputs: [
      { key: 'awsAppsyncApiEndpoint', value: GRAPHQL_ENDPOINT },
      { key: 'awsAppsyncApiKey', value: API_KEY },
      { key: 'userPoolId', value: 'us-east-1_ZyXwVuTsR' },
      { key: 'definedFunctions', value: '["amplify-gen2todo-alice-sandbox-sayhello-AbCdEf"]' },
    ],
  });
  const environment = gen2Env({
    isCurrent: true,
    rootStack,
    nestedStacks: [data],
    resources: [
      { category: 'data', name: 'data', stack: data, status: data.status, definitionPath: `${GEN2_ROOT}/amplify/data/resource.ts` },
      { category: 'auth', name: 'auth', definitionPath: `${GEN2_ROOT}/amplify/auth/resource.ts` },
      { category: 'function', name: 'say-hello', definitionPath: `${GEN2_ROOT}/amplify/functions/say-hello/resource.ts` },
    ],
    outputs: gen2Outputs(rootStack),
  });
  return {
    environment,
    resources: [],
    recentEvents: [
      event(root, root, 'AWS::CloudFormation::Stack', 'CREATE_COMPLETE', '11:05:00'),
      event(data.name, 'TodoTable', 'AWS::DynamoDB::Table', 'CREATE_COMPLETE', '11:04:00'),
      event(root, root, 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', '11:00:00', 'User Initiated'),
    ],
  };
}

/** Credentials ran out: the stacks could not be read; the fix is a command with an argument. */
export function expiredSsoDetails(): EnvironmentDetails {
  const details = gen2Details();
  return {
    ...details,
    recentEvents: [],
    problem: {
      kind: 'sso-expired',
      message: 'The SSO sign-in of profile "dev-sso" has expired.',
      action: { title: 'Sign in with AWS SSO', command: 'amplifyLens.ssoLogin', arguments: ['dev-sso'] },
    },
  };
}
