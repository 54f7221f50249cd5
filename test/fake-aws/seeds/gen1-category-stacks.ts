import type { FakeStackInput } from '../cloudformation-model';
import type { DeterministicIds } from '../fake-ids';

/**
 * The nested stacks `amplify push` deploys for each Gen 1 category, with the outputs the CLI copies
 * into amplify-meta.json (names from the category plugins' templates) and the physical names the
 * CLI gives: functions `<name>-<env>`, buckets `<name><suffix>-<env>`, tables `<Model>-<apiId>-<env>`.
 */
export interface Gen1StackContext {
  project: string;
  env: string;
  rootStackName: string;
  region: string;
  accountId: string;
  ids: DeterministicIds;
}

type NestedInput = Omit<FakeStackInput, 'parent' | 'name'>;

const CREATED_BY = { createdOn: 'Linux', createdBy: 'Amplify', createdWith: '12.14.4', metadata: {} };

export function gen1Description(stackType: string): string {
  const { createdOn, createdBy, createdWith, metadata } = CREATED_BY;
  return JSON.stringify({ createdOn, createdBy, createdWith, stackType, metadata });
}

function arn(ctx: Gen1StackContext, service: string, resource: string): string {
  return `arn:aws:${service}:${ctx.region}:${ctx.accountId}:${resource}`;
}

export interface Gen1ApiStacks {
  api: NestedInput;
  apiId: string;
  /** One model's nested stack (the transformer nests a stack per @model type). */
  model: (modelName: string) => NestedInput;
}

export function gen1ApiStack(ctx: Gen1StackContext, apiName: string): Gen1ApiStacks {
  const apiId = ctx.ids.lowerAlphanumeric(26);
  const apiArn = arn(ctx, 'appsync', `apis/${apiId}`);
  const api: NestedInput = {
    description: gen1Description('api-AppSync'),
    parameters: {
      AppSyncApiName: apiName,
      DynamoDBBillingMode: 'PAY_PER_REQUEST',
      env: ctx.env,
      S3DeploymentBucket: `${ctx.rootStackName}-deployment`,
      S3DeploymentRootKey: `amplify-appsync-files/${ctx.ids.hex(40)}`,
    },
    resources: [
      { logicalId: 'GraphQLAPI', type: 'AWS::AppSync::GraphQLApi', physicalId: apiArn },
      {
        logicalId: 'GraphQLAPIDefaultApiKey215A6DD7',
        type: 'AWS::AppSync::ApiKey',
        physicalId: `${apiArn}/apikeys/da2-${ctx.ids.lowerAlphanumeric(26)}`,
      },
      { logicalId: 'GraphQLAPITransformerSchema3CB2AE18', type: 'AWS::AppSync::GraphQLSchema', physicalId: `${apiId}GraphQLSchema` },
    ],
    outputs: [
      { key: 'GraphQLAPIIdOutput', value: apiId, description: 'Your GraphQL API ID.', exportName: `${apiId}:GraphQLApiId` },
      {
        key: 'GraphQLAPIEndpointOutput',
        value: `https://${ctx.ids.lowerAlphanumeric(26)}.appsync-api.${ctx.region}.amazonaws.com/graphql`,
        description: 'Your GraphQL API endpoint.',
        exportName: `${apiId}:GraphQLApiEndpoint`,
      },
      { key: 'GraphQLAPIKeyOutput', value: `da2-${ctx.ids.lowerAlphanumeric(26)}`, exportName: `${apiId}:GraphQLApiKey` },
    ],
  };
  const model = (modelName: string): NestedInput => {
    const tableName = `${modelName}-${apiId}-${ctx.env}`;
    return {
      parameters: { env: ctx.env, referencetotransformerrootstackGraphQLAPIApiId: apiId },
      resources: [
        { logicalId: `${modelName}Table`, type: 'AWS::DynamoDB::Table', physicalId: tableName },
        { logicalId: `${modelName}IAMRole`, type: 'AWS::IAM::Role', physicalId: `${modelName}IAMRole${ctx.ids.hex(6)}-${apiId}-${ctx.env}` },
        { logicalId: `${modelName}DataSource`, type: 'AWS::AppSync::DataSource', physicalId: `${apiArn}/datasources/${modelName}Table` },
      ],
      outputs: [
        { key: `GetAtt${modelName}TableName`, value: tableName, description: 'Your DynamoDB table name.' },
        { key: `GetAtt${modelName}TableStreamArn`, value: arn(ctx, 'dynamodb', `table/${tableName}/stream/2024-05-14T09:31:00.000`) },
      ],
    };
  };
  return { api, apiId, model };
}

export function gen1AuthStack(ctx: Gen1StackContext, authName: string): NestedInput {
  const userPoolId = `${ctx.region}_${ctx.ids.alphanumeric(9)}`;
  const identityPoolId = `${ctx.region}:${ctx.ids.uuid()}`;
  const appClientWeb = ctx.ids.lowerAlphanumeric(26);
  const appClient = ctx.ids.lowerAlphanumeric(26);
  return {
    description: gen1Description('auth-Cognito'),
    parameters: { env: ctx.env, userPoolName: `${authName}_userpool_${authName}`, identityPoolName: `${authName}_identitypool_${authName}` },
    resources: [
      { logicalId: 'UserPool', type: 'AWS::Cognito::UserPool', physicalId: userPoolId },
      { logicalId: 'UserPoolClientWeb', type: 'AWS::Cognito::UserPoolClient', physicalId: appClientWeb },
      { logicalId: 'UserPoolClient', type: 'AWS::Cognito::UserPoolClient', physicalId: appClient },
      { logicalId: 'IdentityPool', type: 'AWS::Cognito::IdentityPool', physicalId: identityPoolId },
      { logicalId: 'IdentityPoolRoleMap', type: 'AWS::Cognito::IdentityPoolRoleAttachment', physicalId: `${identityPoolId}-role-map` },
    ],
    outputs: {
      IdentityPoolId: identityPoolId,
      IdentityPoolName: `${authName}_identitypool_${authName}__${ctx.env}`,
      UserPoolId: userPoolId,
      UserPoolArn: arn(ctx, 'cognito-idp', `userpool/${userPoolId}`),
      UserPoolName: `${authName}_userpool_${authName}-${ctx.env}`,
      AppClientIDWeb: appClientWeb,
      AppClientID: appClient,
    },
  };
}

export function gen1FunctionStack(ctx: Gen1StackContext, functionName: string): NestedInput {
  const physicalName = `${functionName}-${ctx.env}`;
  const roleName = `${ctx.project}LambdaRole${ctx.ids.hex(8)}-${ctx.env}`;
  return {
    description: gen1Description('function-Lambda'),
    parameters: {
      env: ctx.env,
      deploymentBucketName: `${ctx.rootStackName}-deployment`,
      s3Key: `amplify-builds/${functionName}-${ctx.ids.hex(40)}-build.zip`,
    },
    resources: [
      { logicalId: 'LambdaExecutionRole', type: 'AWS::IAM::Role', physicalId: roleName },
      { logicalId: 'LambdaFunction', type: 'AWS::Lambda::Function', physicalId: physicalName },
      {
        logicalId: 'lambdaexecutionpolicy',
        type: 'AWS::IAM::Policy',
        physicalId: `${ctx.rootStackName.slice(0, 20)}-lambd-${ctx.ids.upperAlphanumeric(12)}`,
      },
    ],
    outputs: {
      Name: physicalName,
      Arn: arn(ctx, 'lambda', `function:${physicalName}`),
      Region: ctx.region,
      LambdaExecutionRole: roleName,
      LambdaExecutionRoleArn: `arn:aws:iam::${ctx.accountId}:role/${roleName}`,
    },
  };
}

export function gen1StorageStack(ctx: Gen1StackContext, storageName: string): NestedInput {
  const bucketName = `${storageName.toLowerCase()}${ctx.ids.hex(6)}-${ctx.env}`;
  return {
    description: gen1Description('storage-S3'),
    parameters: { env: ctx.env, bucketName: storageName.toLowerCase() },
    resources: [
      { logicalId: 'S3Bucket', type: 'AWS::S3::Bucket', physicalId: bucketName },
      {
        logicalId: 'S3AuthPublicPolicy',
        type: 'AWS::IAM::Policy',
        physicalId: `${ctx.rootStackName.slice(0, 20)}-S3Aut-${ctx.ids.upperAlphanumeric(12)}`,
      },
    ],
    outputs: { BucketName: bucketName, Region: ctx.region },
  };
}
