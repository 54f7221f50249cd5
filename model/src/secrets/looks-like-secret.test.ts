import { describe, expect, it } from 'vitest';
import { isSecretKey, looksLikeSecret, looksRandom, mentionsSecret, shouldHideValue } from './looks-like-secret';

const API_KEY = 'da2-abcdefghijklmnopqrstuvwxyz';

describe('looksLikeSecret', () => {
  it('flags values under secret-naming keys', () => {
    expect(looksLikeSecret('clientSecret', 'Zx81kLmQ0pPq')).toBe(true);
    expect(looksLikeSecret('client_secret', 'Zx81kLmQ0pPq')).toBe(true);
    expect(looksLikeSecret('dbPassword', 'hunter2hunter2')).toBe(true);
    expect(looksLikeSecret('stripeApiKey', 'abcdef123456')).toBe(true);
    expect(looksLikeSecret('SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    expect(looksLikeSecret('githubToken', 'abcdef123456')).toBe(true);
    expect(looksLikeSecret('appleAppPrivateKey', 'MIGTAgEAMBMGByqGSM49')).toBe(true);
  });

  it('flags social provider credentials the CLI keeps as a JSON string', () => {
    const creds = JSON.stringify([{ ProviderName: 'Google', client_id: '1234.apps.example', client_secret: 'GOCSPX-abcdef' }]);
    expect(looksLikeSecret('hostedUIProviderCreds', creds)).toBe(true);
    expect(looksLikeSecret('hostedUIProviderCreds', '[]')).toBe(false);
    expect(looksLikeSecret('hostedUIProviderCreds', JSON.stringify([{ ProviderName: 'Google', client_id: 'x.apps' }]))).toBe(false);
  });

  it('flags values shaped like keys and tokens whatever their key', () => {
    expect(looksLikeSecret('note', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toBe(true);
    expect(looksLikeSecret('value', `ghp_${'a'.repeat(36)}`)).toBe(true);
    expect(looksLikeSecret('value', 'xoxb-1234567890-abcdef')).toBe(true);
    expect(looksLikeSecret('value', `sk_live_${'A1'.repeat(12)}`)).toBe(true);
    expect(looksLikeSecret('GraphQLAPIKeyOutput', `da2-${'a1b2c3d4e5f6g7h8i9j0k1l2m3'}`)).toBe(true);
  });

  it("leaves the CLI's ordinary values alone", () => {
    // real keys of team-provider-info.json and parameters.json files
    expect(looksLikeSecret('secretsPathAmplifyAppId', 'd2x7example9a')).toBe(false);
    expect(looksLikeSecret('s3Key', 'amplify-builds/summarizePost-6b4f2a1c3d-build.zip')).toBe(false);
    expect(looksLikeSecret('deploymentBucketName', 'amplify-gen1blog-dev-8f3b2-deployment')).toBe(false);
    expect(looksLikeSecret('AuthRoleArn', 'arn:aws:iam::111122223333:role/x')).toBe(false);
    expect(looksLikeSecret('userpoolClientGenerateSecret', true)).toBe(false);
    expect(looksLikeSecret('userpoolClientGenerateSecret', 'true')).toBe(false);
    expect(looksLikeSecret('passwordPolicyMinLength', 8)).toBe(false);
    expect(looksLikeSecret('userpoolClientRefreshTokenValidity', '30')).toBe(false);
    expect(looksLikeSecret('googleClientId', '1234.apps.googleusercontent.com')).toBe(false);
    expect(looksLikeSecret('appleAppKeyId', 'ABC123DEFG')).toBe(false);
    expect(looksLikeSecret('AppSyncApiName', 'blog')).toBe(false);
    expect(looksLikeSecret('apiKeyExpirationDays', 7)).toBe(false);
  });

  it('leaves references and placeholders alone', () => {
    expect(looksLikeSecret('dbSecret', 'arn:aws:secretsmanager:eu-west-1:1:secret:db')).toBe(false);
    expect(looksLikeSecret('apiToken', '/amplify/d2x7/dev/AMPLIFY_function_f_apiToken')).toBe(false);
    expect(looksLikeSecret('password', '{{resolve:ssm-secure:/db/password:1}}')).toBe(false);
    expect(looksLikeSecret('password', '${DB_PASSWORD}')).toBe(false);
    expect(looksLikeSecret('password', '<your-password>')).toBe(false);
    expect(looksLikeSecret('password', 'xxxxxxxx')).toBe(false);
    expect(looksLikeSecret('password', 'changeme')).toBe(false);
    expect(looksLikeSecret('password', '')).toBe(false);
    expect(looksLikeSecret('token', 'abc')).toBe(false);
  });
});

describe('isSecretKey', () => {
  it('reads the last word of camelCase, snake_case and upper-case keys', () => {
    expect(isSecretKey('APIKey')).toBe(true);
    expect(isSecretKey('api-key')).toBe(true);
    expect(isSecretKey('GraphQLAPIKeyOutput')).toBe(false);
    expect(isSecretKey('key')).toBe(false);
    expect(isSecretKey('kmsKey')).toBe(false);
    expect(isSecretKey('secretNames')).toBe(false);
    expect(isSecretKey('')).toBe(false);
  });
});

describe('shouldHideValue, for values on screen', () => {
  it.each([
    [['GraphQLAPIKeyOutput'], 'anything'],
    [['awsAppsyncApiKey'], 'anything'],
    [['API key'], 'anything'],
    [['ClientSecret'], 'anything'],
    [['dbPassword'], 'anything'],
    [['GitHubToken'], 'anything'],
    [['SecretAccessKey'], 'anything'],
    [['hostedUIProviderCreds'], 'anything'],
    [['whatever'], API_KEY],
    [['whatever'], 'AKIAIOSFODNN7EXAMPLE'],
    [['whatever'], 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    [['whatever'], '-----BEGIN RSA PRIVATE KEY-----\nMIIE'],
    [['whatever'], `ghp_${'a'.repeat(36)}`],
    [['whatever'], 'xoxb-1234567890-abcdef'],
    [['whatever'], `sk_live_${'A1'.repeat(12)}`],
    [['whatever'], `AIza${'B'.repeat(35)}`],
    [['label', 'stripeApiKey'], 'abcdef123456'],
    // A token inside a longer value, and a secret inside a JSON value (a custom output's configuration).
    [['authHeader'], `Bearer ghp_${'a'.repeat(36)}`],
    [['mapsUrl'], `https://maps.example.com/js?key=AIza${'B'.repeat(35)}&v=3`],
    [['appConfig'], JSON.stringify({ endpoint: 'https://example.com', token: 'Zx81kLmQ0pPqRt' })],
  ])('%j = %s is masked', (names, value) => {
    expect(shouldHideValue(names, value)).toBe(true);
  });

  it.each([
    [['GraphQLAPIEndpointOutput'], 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql'],
    [['awsAppsyncAuthenticationType'], 'API_KEY'],
    [['UserPoolId'], 'us-east-1_AbCdEf123'],
    [['AppClientIDWeb'], '1h2j3k4l5m6n7o8p9q0r1s2t3u'],
    [['IdentityPoolId'], 'us-east-1:0b1c2d3e-aaaa-bbbb-cccc-0123456789ab'],
    [['AuthRoleName'], 'amplify-gen1blog-dev-8f3b2-authRole'],
    [['Name', undefined], 'summarizePost-dev'],
    [['definedFunctions'], JSON.stringify(['amplify-gen2todo-alice-sandbox-sayhellolambda1A2B3C-xYz'])],
    [['buckets'], JSON.stringify([JSON.stringify({ name: 'files', bucketName: 'amplify-gen2todo-files-bucket1a2b3c' })])],
  ])('%j = %s is shown', (names, value) => {
    expect(shouldHideValue(names, value)).toBe(false);
  });

  it('finds everything looksLikeSecret finds', () => {
    expect(shouldHideValue(['hostedUIProviderCreds'], JSON.stringify([{ client_secret: 'GOCSPX-abcdef' }]))).toBe(true);
    expect(shouldHideValue(['appleAppPrivateKey'], 'MIGTAgEAMBMGByqGSM49')).toBe(true);
  });
});

describe('mentionsSecret and looksRandom, for hovers that never show a value', () => {
  it.each([
    'googleAppSecretUserPool',
    'dbPassword',
    'githubToken',
    'privateKey',
    'signinwithapplePrivateKeyUserPool',
    'client_secret',
    'apiKey',
    'hostedUIProviderCreds',
  ])('takes the name %s for a secret', (key) => expect(mentionsSecret(key)).toBe(true));

  it.each(['Region', 'StackName', 'deploymentBucketName', 's3Key', 'userPoolId'])('does not take the name %s for a secret', (key) => {
    expect(mentionsSecret(key)).toBe(false);
  });

  it('tells long random strings from names, ARNs, paths and short values', () => {
    expect(looksRandom('ghx7Kq2PzR9mWv4LtY8nB3cD6fHj')).toBe(true);
    expect(looksRandom('amplify-gen1blog-dev-8f3b2-deployment')).toBe(false);
    expect(looksRandom('arn:aws:iam::111122223333:role/amplify-gen1blog-dev-8f3b2-authRole')).toBe(false);
    expect(looksRandom('amplify-builds/summarizePost-6b4f2a1c3d-build.zip')).toBe(false);
    expect(looksRandom('d2x7example9a')).toBe(false);
    expect(looksRandom(42)).toBe(false);
  });
});
