import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed } from '../../../test/fake-aws';
import { classifyAwsError } from './aws-problem-classifier';
import { createCredentialProvider } from './credential-provider-factory';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { useTempAwsConfig, type TempAwsConfig } from '../../test-support/temp-aws-config';

let temp: TempAwsConfig | undefined;
let running: FakeAwsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  temp?.restore();
  temp = undefined;
});

const SECRET = 'lensSecretValueThatMustNeverShow0000000000';
const START_URL = 'https://corp.awsapps.com/start';
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const CONFIG = `
[profile static]
region = eu-west-1

[profile legacy-sso]
sso_start_url = ${START_URL}
sso_region = us-east-1
sso_account_id = 111122223333
sso_role_name = Developer

[profile session-sso]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Developer

[sso-session corp]
sso_start_url = ${START_URL}
sso_region = us-east-1
`;

const CREDENTIALS = `
[static]
aws_access_key_id = AKIDSTATIC
aws_secret_access_key = ${SECRET}
`;

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('createCredentialProvider', () => {
  it('reads a named profile of the shared credentials file', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    const credentials = await createCredentialProvider({ profile: 'static' })();
    expect(credentials.accessKeyId).toBe('AKIDSTATIC');
  });

  it('takes environment variables first in the standard chain', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENV';
    process.env.AWS_SECRET_ACCESS_KEY = SECRET;
    expect((await createCredentialProvider()()).accessKeyId).toBe('AKIDFROMENV');
  });

  it('follows AWS_PROFILE in the standard chain', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    process.env.AWS_PROFILE = 'static';
    expect((await createCredentialProvider()()).accessKeyId).toBe('AKIDSTATIC');
  });

  it('reports no credentials, without waiting on instance metadata, when nothing is configured', async () => {
    temp = useTempAwsConfig();
    const started = Date.now();
    const problem = classifyAwsError(await failureOf(createCredentialProvider()()));
    expect(problem).toMatchObject({ kind: 'no-credentials', action: { command: 'amplifyLens.selectProfile' } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an unknown profile as no credentials for that profile', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    const problem = classifyAwsError(await failureOf(createCredentialProvider({ profile: 'nope' })()), { profile: 'nope' });
    expect(problem.kind).toBe('no-credentials');
    expect(problem.message).toContain('nope');
  });

  it('reports an expired SSO session with the sign-in command for the profile', async () => {
    temp = useTempAwsConfig({ config: CONFIG });
    temp.writeSsoToken(sha1(START_URL), { accessToken: SECRET, expiresAt: '2020-01-01T00:00:00Z', region: 'us-east-1', startUrl: START_URL });
    const problem = classifyAwsError(await failureOf(createCredentialProvider({ profile: 'legacy-sso' })()), { profile: 'legacy-sso' });
    expect(problem).toEqual({
      kind: 'sso-expired',
      message: 'The AWS SSO session of profile legacy-sso has expired. Sign in again: aws sso login --profile legacy-sso',
      action: { title: 'Sign in with AWS SSO', command: 'amplifyLens.ssoLogin', arguments: ['legacy-sso'] },
    });
  });

  it('reports a missing SSO session token (never signed in) as an SSO sign-in to do', async () => {
    temp = useTempAwsConfig({ config: CONFIG });
    const problem = classifyAwsError(await failureOf(createCredentialProvider({ profile: 'session-sso' })()), { profile: 'session-sso' });
    expect(problem.kind).toBe('sso-expired');
    expect(problem.action?.arguments).toEqual(['session-sso']);
  });

  it('fails a gateway call before any request when the profile has no credentials, and never shows a secret', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    running = await startFakeAwsGateway(seed.state, { credentials: undefined, profile: 'legacy-sso' });
    temp.writeSsoToken(sha1(START_URL), { accessToken: SECRET, expiresAt: '2020-01-01T00:00:00Z' });
    const problem = classifyAwsError(await failureOf(running.gateway.listStacks()), { profile: 'legacy-sso' });
    expect(problem.kind).toBe('sso-expired');
    expect(running.actions()).toEqual([]);
    expect(JSON.stringify(problem)).not.toContain(SECRET);
  });
});
