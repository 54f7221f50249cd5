import { FakeCloudFormationState } from '../fake-cloudformation-state';
import { recordDeployment } from './deployment-history';
import {
  gen1ApiStack,
  gen1AuthStack,
  gen1Description,
  gen1FunctionStack,
  gen1StorageStack,
  type Gen1StackContext,
} from './gen1-category-stacks';
import { SeedClock } from './seed-clock';

/**
 * A Gen 1 project as CloudFormation holds it after `amplify init` and one `amplify push` per env:
 * a root stack `amplify-<project>-<env>-<suffix>` owning the deployment bucket and the auth/unauth
 * roles, and one nested stack per category resource with logical id `<category><resourceName>`.
 */
export interface Gen1SeedOptions {
  project: string;
  envs: string[];
  /** API resource name; `false` leaves the category out. Default: the project name. */
  api?: string | false;
  /** @model types, each a nested stack of the API stack. Default: ['Todo']. */
  models?: string[];
  auth?: string | false;
  functions?: string[];
  storage?: string | false;
  state?: FakeCloudFormationState;
  start?: Date;
}

export interface Gen1EnvStacks {
  env: string;
  rootStackName: string;
  rootStackId: string;
  /** Nested stack names by logical id (`apimyapp`, `functionprocessOrder`, …), model stacks by model name. */
  nestedStackNames: Record<string, string>;
}

export interface Gen1Seed {
  state: FakeCloudFormationState;
  envs: Gen1EnvStacks[];
}

export function gen1Seed(options: Gen1SeedOptions): Gen1Seed {
  const state = options.state ?? new FakeCloudFormationState();
  const clock = new SeedClock(options.start);
  const project = options.project;
  const envs = options.envs.map((env) => seedEnv(state, clock, options, project, env));
  return { state, envs };
}

function seedEnv(state: FakeCloudFormationState, clock: SeedClock, options: Gen1SeedOptions, project: string, env: string): Gen1EnvStacks {
  // The CLI lower-cases the name and keeps only [-a-z0-9].
  const rootStackName = `amplify-${project}-${env}-${state.ids.hex(5)}`.toLowerCase().replace(/[^-a-z0-9]/g, '');
  const ctx: Gen1StackContext = { project, env, rootStackName, region: state.region, accountId: state.accountId, ids: state.ids };
  const authRole = `${rootStackName}-authRole`;
  const unauthRole = `${rootStackName}-unauthRole`;
  const root = state.addStack({
    name: rootStackName,
    description: gen1Description('root'),
    creationTime: clock.peek(),
    tags: { 'user:Stack': env, 'user:Application': project },
    capabilities: ['CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
    parameters: { AuthRoleName: authRole, DeploymentBucketName: `${rootStackName}-deployment`, UnauthRoleName: unauthRole },
    resources: [
      { logicalId: 'DeploymentBucket', type: 'AWS::S3::Bucket', physicalId: `${rootStackName}-deployment` },
      { logicalId: 'AuthRole', type: 'AWS::IAM::Role', physicalId: authRole },
      { logicalId: 'UnauthRole', type: 'AWS::IAM::Role', physicalId: unauthRole },
    ],
  });
  root.outputs.push(
    { key: 'UnauthRoleName', value: unauthRole },
    { key: 'AuthRoleArn', value: `arn:aws:iam::${state.accountId}:role/${authRole}` },
    { key: 'UnauthRoleArn', value: `arn:aws:iam::${state.accountId}:role/${unauthRole}` },
    { key: 'Region', value: state.region, exportName: `${rootStackName}-Region` },
    { key: 'DeploymentBucketName', value: `${rootStackName}-deployment`, exportName: `${rootStackName}-DeploymentBucketName` },
    { key: 'AuthRoleName', value: authRole },
    { key: 'StackName', value: rootStackName, exportName: `${rootStackName}-StackName` },
    { key: 'StackId', value: root.id, exportName: `${rootStackName}-StackId` },
  );
  recordDeployment(state, root.id, { operation: 'CREATE', clock });
  clock.advance(20 * 60_000);

  const nestedStackNames: Record<string, string> = {};
  const nest = (logicalId: string, input: Parameters<FakeCloudFormationState['addStack']>[0], parent = root.id) => {
    const stack = state.addStack({ ...input, parent: { stack: parent, logicalId }, creationTime: clock.peek() });
    nestedStackNames[logicalId] = stack.name;
    return stack;
  };
  // The CLI's default auth resource name is the project name plus eight hex digits.
  const authName = options.auth ?? `${project}${state.ids.hex(8)}`;
  if (authName !== false) nest(`auth${authName}`, gen1AuthStack(ctx, authName));
  const apiName = options.api ?? project;
  if (apiName !== false) {
    const { api, model } = gen1ApiStack(ctx, apiName);
    const apiStack = nest(`api${apiName}`, api);
    for (const modelName of options.models ?? ['Todo']) nestedStackNames[modelName] = nest(modelName, model(modelName), apiStack.id).name;
  }
  for (const functionName of options.functions ?? ['processOrder']) nest(`function${functionName}`, gen1FunctionStack(ctx, functionName));
  const storageName = options.storage ?? `${project}storage`;
  if (storageName !== false) nest(`storage${storageName}`, gen1StorageStack(ctx, storageName));
  recordDeployment(state, root.id, { operation: 'UPDATE', nestedOperation: 'CREATE', clock });
  clock.advance(60 * 60_000);
  return { env, rootStackName, rootStackId: root.id, nestedStackNames };
}
