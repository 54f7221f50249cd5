import { describe, expect, it } from 'vitest';
import { isSecretKeyName, looksLikeSecretValue } from './secret-values';

describe('secret values', () => {
  it.each(['googleAppSecretUserPool', 'dbPassword', 'githubToken', 'privateKey', 'signinwithapplePrivateKeyUserPool', 'client_secret', 'apiKey', 'hostedUIProviderCreds'])(
    'takes the key %s for a secret',
    (key) => expect(isSecretKeyName(key)).toBe(true),
  );

  it.each(['Region', 'StackName', 'deploymentBucketName', 's3Key', 'userPoolId'])('does not take the key %s for a secret', (key) => {
    expect(isSecretKeyName(key)).toBe(false);
  });

  it('recognises AWS secret access keys and long random strings', () => {
    expect(looksLikeSecretValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    expect(looksLikeSecretValue('ghx7Kq2PzR9mWv4LtY8nB3cD6fHj')).toBe(true);
  });

  it('leaves names, ARNs, paths and short values alone', () => {
    expect(looksLikeSecretValue('amplify-gen1blog-dev-8f3b2-deployment')).toBe(false);
    expect(looksLikeSecretValue('arn:aws:iam::111122223333:role/amplify-gen1blog-dev-8f3b2-authRole')).toBe(false);
    expect(looksLikeSecretValue('amplify-builds/summarizePost-6b4f2a1c3d-build.zip')).toBe(false);
    expect(looksLikeSecretValue('d2x7example9a')).toBe(false);
    expect(looksLikeSecretValue(42)).toBe(false);
  });
});
