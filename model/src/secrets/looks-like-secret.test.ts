import { describe, expect, it } from 'vitest';
import { isSecretKey, looksLikeSecret } from './looks-like-secret';

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
