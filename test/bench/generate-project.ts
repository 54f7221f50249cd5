import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A Gen 1 project with `resources` resources for configuration benchmarks: one API, one auth
 * resource, S3 buckets and Lambda functions that depend on them, each with its folder and files as
 * the CLI leaves them, in backend-config.json and team-provider-info.json.
 */
export async function generateGen1Project(root: string, resources: number): Promise<void> {
  const buckets = Math.max(1, Math.floor((resources - 2) / 3));
  const functions = Math.max(1, resources - 2 - buckets);
  const write = async (path: string, value: unknown) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  };
  const backendConfig: Record<string, Record<string, unknown>> = { api: {}, auth: {}, storage: {}, function: {} };
  const categories: Record<string, Record<string, unknown>> = { function: {} };
  backendConfig.auth.appauth = { service: 'Cognito', providerPlugin: 'awscloudformation', dependsOn: [] };
  await write('amplify/backend/auth/appauth/cli-inputs.json', {
    version: '1',
    cognitoConfig: { resourceName: 'appauth', userPoolName: 'app_userpool', serviceName: 'Cognito' },
  });
  backendConfig.api.appapi = {
    service: 'AppSync',
    providerPlugin: 'awscloudformation',
    dependsOn: [{ category: 'auth', resourceName: 'appauth', attributes: ['UserPoolId'] }],
    output: {
      authConfig: { defaultAuthentication: { authenticationType: 'AMAZON_COGNITO_USER_POOLS' }, additionalAuthenticationProviders: [] },
    },
  };
  await write(
    'amplify/backend/api/appapi/schema.graphql',
    'type Item @model @auth(rules: [{ allow: owner }]) {\n  id: ID!\n  name: String!\n}\n',
  );
  await write('amplify/backend/api/appapi/transform.conf.json', { Version: 5, ElasticsearchWarning: true });
  await write('amplify/backend/api/appapi/parameters.json', { AppSyncApiName: 'appapi', DynamoDBBillingMode: 'PAY_PER_REQUEST' });
  for (let i = 0; i < buckets; i++) {
    const name = `bucket${i}`;
    backendConfig.storage[name] = { service: 'S3', providerPlugin: 'awscloudformation', dependsOn: [] };
    await write(`amplify/backend/storage/${name}/cli-inputs.json`, {
      resourceName: name,
      bucketName: `app-bucket-${i}`,
      policyUUID: `p${i}`,
      storageAccess: 'auth',
      guestAccess: [],
      authAccess: ['READ'],
      triggerFunction: 'NONE',
    });
  }
  for (let i = 0; i < functions; i++) {
    const name = `worker${i}`;
    backendConfig.function[name] = {
      service: 'Lambda',
      providerPlugin: 'awscloudformation',
      build: true,
      dependsOn: [
        { category: 'storage', resourceName: `bucket${i % buckets}`, attributes: ['BucketName'] },
        { category: 'api', resourceName: 'appapi', attributes: ['GraphQLAPIIdOutput', 'GraphQLAPIEndpointOutput'] },
      ],
    };
    categories.function[name] = { deploymentBucketName: 'app-dev-deployment', s3Key: `amplify-builds/${name}-build.zip` };
    await write(`amplify/backend/function/${name}/function-parameters.json`, { lambdaLayers: [] });
    await write(`amplify/backend/function/${name}/parameters.json`, {});
    await write(`amplify/backend/function/${name}/src/index.js`, 'exports.handler = async () => ({});\n');
  }
  await write('amplify/backend/backend-config.json', backendConfig);
  await write('amplify/team-provider-info.json', {
    dev: {
      awscloudformation: { Region: 'eu-west-1', StackName: 'amplify-app-dev-12345', DeploymentBucketName: 'app-dev-deployment' },
      categories,
    },
  });
  await write('amplify/.config/project-config.json', {
    projectName: 'app',
    version: '3.1',
    frontend: 'javascript',
    providers: ['awscloudformation'],
  });
  await write('amplify/cli.json', { features: { graphqltransformer: { transformerversion: 2 } } });
}
