import { describe, expect, it } from 'vitest';
import { MASK, maskSecretsInText } from './mask-secrets-in-text';

const GITHUB = `ghp_${'a1B2'.repeat(9)}`;
const SLACK = 'xoxb-1234567890-abcdefghij';
const STRIPE = `sk_live_${'Ab12'.repeat(6)}`;
const GOOGLE = `AIza${'Sy0_'.repeat(8)}abc`;
const APPSYNC = 'da2-abcdefghijklmnopqrstuvwxyz';

describe('maskSecretsInText', () => {
  it('masks tokens of a telling shape wherever they stand', () => {
    const line = `deploying with ${GITHUB}, ${SLACK} and ${STRIPE}; key ${GOOGLE} api ${APPSYNC} by AKIAIOSFODNN7EXAMPLE`;
    const masked = maskSecretsInText(line);
    for (const secret of [GITHUB, SLACK, STRIPE, GOOGLE, APPSYNC, 'AKIAIOSFODNN7EXAMPLE']) expect(masked).not.toContain(secret);
    expect(masked).toBe(`deploying with ${MASK}, ${MASK} and ${MASK}; key ${MASK} api ${MASK} by ${MASK}`);
    expect(maskSecretsInText('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\nafter')).toBe(`${MASK}\nafter`);
  });

  it('masks the value of a key that names a secret, in JSON and in key = value text', () => {
    expect(maskSecretsInText('{"clientSecret": "Zx81kLmQ0pPq", "clientId": "4abc"}')).toBe(`{"clientSecret": "${MASK}", "clientId": "4abc"}`);
    expect(maskSecretsInText('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG')).toBe(`aws_secret_access_key = ${MASK}`);
    expect(maskSecretsInText('DB_PASSWORD=hunter2hunter2 PORT=5432')).toBe(`DB_PASSWORD=${MASK} PORT=5432`);
    expect(maskSecretsInText('"text": "const apiKey = \\"abcdef123456\\";"')).toBe('"text": "const apiKey = \\"' + MASK + '\\";"');
  });

  it('leaves ordinary text, references and placeholders alone', () => {
    const plain = 'amplify push --yes: UPDATE_COMPLETE amplify-gen1blog-dev-8f3b2 at 12:00:00, Region: eu-west-1';
    expect(maskSecretsInText(plain)).toBe(plain);
    expect(maskSecretsInText('{"secretNames": "github", "passwordPolicyMinLength": "8"}')).toBe(
      '{"secretNames": "github", "passwordPolicyMinLength": "8"}',
    );
    expect(maskSecretsInText('clientSecret: ${CLIENT_SECRET}')).toBe('clientSecret: ${CLIENT_SECRET}');
    expect(maskSecretsInText('token = /amplify/app/dev/token')).toBe('token = /amplify/app/dev/token');
  });
});
