/**
 * Files shaped the way the Amplify CLI and `npx ampx` write them, for the kinds the CLI's repository
 * has no checked-in example of: storage and REST cli-inputs.json (from the storage and API
 * categories' stack-builder tests), the machine-local .config files, function-parameters.json with
 * layers, permissions and secrets, and amplify_outputs.json of several versions (from
 * @aws-amplify/client-config's generator tests). Every one must validate cleanly.
 */
import type { ConfigFixture } from './amplify-cli-fixtures';

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export const WRITTEN_FIXTURES: ConfigFixture[] = [
  {
    name: 'S3 bucket cli-inputs.json',
    kind: 'storage-cli-inputs',
    text: json({
      resourceName: 'photos',
      policyUUID: '3c6d1f0a',
      bucketName: 'photos-bucket-3c6d1f0a',
      storageAccess: 'authAndGuest',
      guestAccess: ['READ'],
      authAccess: ['CREATE_AND_UPDATE', 'READ', 'DELETE'],
      triggerFunction: 'S3Trigger3c6d1f0a',
      groupAccess: { Editors: ['CREATE_AND_UPDATE', 'READ', 'DELETE'] },
      additionalTriggerFunctions: [
        {
          category: 'function',
          triggerFunction: 'thumbnailer',
          permissions: ['READ'],
          triggerEvents: ['s3:ObjectCreated:*'],
          triggerPrefix: [{ prefix: 'protected/', prefixTransform: 'ATTACH_REGION' }],
        },
      ],
    }),
  },
  {
    name: 'DynamoDB table cli-inputs.json',
    kind: 'storage-cli-inputs',
    text: json({
      resourceName: 'orders',
      tableName: 'orders',
      partitionKey: { fieldName: 'id', fieldType: 'string' },
      sortKey: { fieldName: 'createdAt', fieldType: 'number' },
      gsi: [{ name: 'byCustomer', partitionKey: { fieldName: 'customerId', fieldType: 'string' } }],
      triggerFunctions: ['ordersStream'],
    }),
  },
  {
    name: 'REST API cli-inputs.json',
    kind: 'api-cli-inputs',
    text: json({
      version: 1,
      paths: {
        '/items': {
          name: '/items',
          lambdaFunction: 'itemsHandler',
          permissions: { setting: 'private', auth: ['create', 'read', 'update', 'delete'], groups: { Admins: ['create', 'read'] } },
        },
      },
    }),
  },
  {
    name: 'GraphQL API cli-inputs.json with conflict resolution and OIDC',
    kind: 'api-cli-inputs',
    text: json({
      version: 1,
      serviceConfiguration: {
        apiName: 'shop',
        serviceName: 'AppSync',
        gqlSchemaPath: 'amplify/backend/api/shop/schema.graphql',
        defaultAuthType: { mode: 'AWS_IAM' },
        additionalAuthTypes: [
          {
            mode: 'OPENID_CONNECT',
            openIDProviderName: 'okta',
            openIDIssuerURL: 'https://example.okta.com',
            openIDClientID: 'client',
            openIDAuthTTL: '3600000',
          },
          { mode: 'AWS_LAMBDA', lambdaFunction: 'authorizer', ttlSeconds: '300' },
        ],
        conflictResolution: {
          defaultResolutionStrategy: { type: 'AUTOMERGE' },
          perModelResolutionStrategy: [{ entityName: 'Order', resolutionStrategy: { type: 'LAMBDA', resolver: { type: 'NEW' } } }],
        },
      },
    }),
  },
  {
    name: 'local-env-info.json',
    kind: 'local-env-info',
    text: json({ projectPath: '/home/dev/gen1blog', defaultEditor: 'vscode', envName: 'dev', noUpdateBackend: false }),
  },
  {
    name: 'local-aws-info.json (profile, SDK defaults, access keys)',
    kind: 'local-aws-info',
    text: json({
      dev: { configLevel: 'project', useProfile: true, profileName: 'default' },
      staging: { configLevel: 'general' },
      prod: { configLevel: 'project', useProfile: false, awsConfigFilePath: '/home/dev/.amplify/awscloudformation/Ab3dE5fG7h' },
    }),
  },
  {
    name: 'function-parameters.json with layers, permissions and secrets',
    kind: 'function-parameters',
    text: json({
      permissions: { storage: { photos: ['create', 'read'] }, api: { blog: ['Query', 'Mutation'] } },
      lambdaLayers: [
        {
          type: 'ProjectLayer',
          resourceName: 'gen1blogShared',
          version: 'Always choose latest version',
          isLatestVersionSelected: true,
          env: 'dev',
        },
        { type: 'ExternalLayer', arn: 'arn:aws:lambda:eu-west-1:111122223333:layer:tools:3' },
      ],
      secretNames: ['OPENAI_KEY'],
    }),
  },
  {
    name: 'Cognito trigger function-parameters.json',
    kind: 'function-parameters',
    text: json({
      trigger: true,
      modules: ['add-to-group'],
      parentResource: 'blogauth',
      functionName: 'blogauthPostConfirmation',
      resourceName: 'blogauthPostConfirmation',
      parentStack: 'authblogauth',
      triggerEnvs: '[]',
      lambdaLayers: [],
    }),
  },
  {
    name: 'team-provider-info.json with Hosted UI credentials',
    kind: 'team-provider-info',
    text: json({
      dev: {
        awscloudformation: { Region: 'eu-west-1', StackName: 'amplify-app-dev-12345', DeploymentBucketName: 'amplify-app-dev-12345-deployment' },
        categories: {
          auth: { blogauth: { hostedUIProviderCreds: '[{"ProviderName":"Google","client_id":"abc","client_secret":"s3cr3tValue"}]' } },
          function: {
            summarizePost: {
              deploymentBucketName: 'amplify-app-dev-12345-deployment',
              s3Key: 'amplify-builds/x.zip',
              secretsPathAmplifyAppId: 'd2x7example9a',
            },
          },
        },
      },
    }),
  },
  {
    name: 'function parameters.json',
    kind: 'parameters',
    text: json({ CloudWatchRule: 'NONE', authblogauthUserPoolId: { 'Fn::GetAtt': ['authblogauth', 'Outputs.UserPoolId'] } }),
  },
  {
    name: 'backend-config.json with storage, hosting, custom and imported auth',
    kind: 'backend-config',
    text: json({
      auth: {
        userPoolGroups: {
          service: 'Cognito-UserPool-Groups',
          providerPlugin: 'awscloudformation',
          dependsOn: [
            { category: 'auth', resourceName: 'blogauth', attributes: ['UserPoolId', 'AppClientIDWeb', 'AppClientID', 'IdentityPoolId'] },
          ],
        },
        imported: { service: 'Cognito', serviceType: 'imported', providerPlugin: 'awscloudformation', dependsOn: [] },
      },
      storage: {
        photos: {
          service: 'S3',
          providerPlugin: 'awscloudformation',
          dependsOn: [{ category: 'function', resourceName: 'thumbnailer', attributes: ['Name', 'Arn', 'LambdaExecutionRole'] }],
        },
      },
      function: {
        thumbnailer: {
          build: true,
          service: 'Lambda',
          providerPlugin: 'awscloudformation',
          dependsOn: [
            {
              category: 'storage',
              resourceName: 'photos',
              attributes: ['BucketName'],
              attributeEnvMap: { BucketName: 'STORAGE_PHOTOS_BUCKETNAME' },
            },
          ],
        },
      },
      hosting: { amplifyhosting: { service: 'amplifyhosting', providerPlugin: 'awscloudformation', type: 'manual' } },
      custom: { alarms: { service: 'customCDK', providerPlugin: 'awscloudformation', dependsOn: [] } },
    }),
  },
  {
    name: 'amplify_outputs.json version 1.4 (auth with groups, data, custom)',
    kind: 'amplify-outputs',
    text: json({
      auth: {
        user_pool_id: 'testUserPoolId',
        aws_region: 'us-east-1',
        user_pool_client_id: 'testWebClientId',
        identity_pool_id: 'testIdentityPoolId',
        mfa_methods: ['SMS', 'TOTP'],
        standard_required_attributes: ['email'],
        username_attributes: ['email'],
        user_verification_types: ['email', 'phone_number'],
        mfa_configuration: 'OPTIONAL',
        password_policy: { min_length: 8, require_lowercase: true, require_numbers: true, require_symbols: false, require_uppercase: true },
        unauthenticated_identities_enabled: true,
        groups: [{ ADMINS: { precedence: 0 } }, { EDITORS: { precedence: 1 } }],
      },
      data: {
        url: 'testApiEndpoint',
        aws_region: 'us-east-1',
        api_key: 'testApiKey',
        default_authorization_type: 'API_KEY',
        authorization_types: ['API_KEY'],
      },
      custom: { output1: 'val1', output2: 'val2' },
      version: '1.4',
    }),
  },
  {
    name: 'amplify_outputs.json version 1.5 (buckets with path rules, passwordless)',
    kind: 'amplify-outputs',
    text: json({
      $schema: 'https://amplify.aws/2024-02/outputs-schema.json',
      version: '1.5',
      auth: {
        user_pool_id: 'eu-west-1_abc',
        aws_region: 'eu-west-1',
        user_pool_client_id: 'client',
        mfa_methods: ['EMAIL'],
        passwordless: { email_otp_enabled: true, preferred_challenge: 'EMAIL_OTP' },
      },
      storage: {
        aws_region: 'eu-west-1',
        bucket_name: 'media-bucket',
        buckets: [
          {
            name: 'media',
            bucket_name: 'media-bucket',
            aws_region: 'eu-west-1',
            paths: { 'media/{entity_id}/*': { entityidentity: ['get', 'list', 'write', 'delete'], guest: ['get'] } },
          },
        ],
      },
      notifications: { amazon_connect: { aws_region: 'eu-west-1', endpoint: 'https://connect.example' } },
    }),
  },
  {
    name: 'amplify_outputs.json version 1 (single bucket)',
    kind: 'amplify-outputs',
    text: json({ version: '1', storage: { aws_region: 'us-east-1', bucket_name: 'files' } }),
  },
  {
    name: 'amplify_outputs.json version 1.2 (bucket path rules)',
    kind: 'amplify-outputs',
    text: json({
      version: '1.2',
      storage: {
        aws_region: 'us-east-1',
        bucket_name: 'files',
        buckets: [
          {
            name: 'files',
            bucket_name: 'files',
            aws_region: 'us-east-1',
            paths: { 'public/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write'] } },
          },
        ],
      },
    }),
  },
];
