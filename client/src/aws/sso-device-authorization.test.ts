import { getSSOTokenFromFile } from '@smithy/core/config';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_ACCESS_TOKEN, FAKE_USER_CODE, startFakeSsoOidc, type FakeSsoOidc } from '../../../test/fake-aws/sso-oidc/fake-sso-oidc';
import { readSharedConfigFiles, type SharedConfigFiles } from './shared-config-files';
import { signInWithDeviceCode, type DeviceCodePrompt } from './sso-device-authorization';
import { ssoSignInTarget, type SsoSignInTarget } from './sso-sign-in-target';

const CONFIG = `
[profile dev]
sso_session = corp
sso_account_id = 111111111111
sso_role_name = Developer
region = eu-west-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access

[profile legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = us-east-1
sso_account_id = 222222222222
sso_role_name = Admin

[profile keys]
region = eu-west-1
`;

let configFiles: SharedConfigFiles;
beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'lens-sso-config-'));
  await writeFile(join(folder, 'config'), CONFIG);
  configFiles = await readSharedConfigFiles({ configFile: join(folder, 'config'), credentialsFile: join(folder, 'credentials') });
  await rm(folder, { recursive: true, force: true });
});

/** The config as the SDK's own loader reads it; a copy, so a test may break it. */
function files(): { [K in keyof SharedConfigFiles]: Map<string, Map<string, string>> } {
  const copy = (sections: SharedConfigFiles['configProfiles']) => new Map([...sections].map(([name, values]) => [name, new Map(values)]));
  return {
    configProfiles: copy(configFiles.configProfiles),
    credentialProfiles: copy(configFiles.credentialProfiles),
    ssoSessions: copy(configFiles.ssoSessions),
  };
}

function target(profile: string): SsoSignInTarget {
  const result = ssoSignInTarget(files(), profile);
  if (!result.ok) throw new Error(result.reason);
  return result.target;
}

describe('the SSO sign-in target of a profile', () => {
  it('takes the start URL and region from the sso-session, or from a legacy profile itself', () => {
    expect(target('dev')).toEqual({
      profile: 'dev',
      startUrl: 'https://corp.awsapps.com/start',
      region: 'eu-west-1',
      sessionName: 'corp',
      scopes: ['sso:account:access'],
    });
    expect(target('legacy')).toMatchObject({ startUrl: 'https://legacy.awsapps.com/start', region: 'us-east-1', sessionName: undefined });
  });

  it('says why a profile cannot sign in with IAM Identity Center', () => {
    expect(ssoSignInTarget(files(), 'keys')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not sign in with IAM Identity Center'),
    });
    expect(ssoSignInTarget(files(), 'nope')).toMatchObject({ ok: false, reason: expect.stringContaining('not in the AWS config file') });
    const broken = files();
    broken.configProfiles.get('dev')!.set('sso_session', 'missing');
    expect(ssoSignInTarget(broken, 'dev')).toMatchObject({ ok: false, reason: expect.stringContaining('"missing"') });
    broken.configProfiles.get('legacy')!.set('sso_start_url', 'http://legacy.example.com/start');
    expect(ssoSignInTarget(broken, 'legacy')).toMatchObject({ ok: false, reason: expect.stringContaining('not an https URL') });
  });
});

describe('signing in with a device code (the real SSO OIDC client against a fake IAM Identity Center)', () => {
  let home: string;
  let fake: FakeSsoOidc;
  const savedHome = process.env.HOME;
  const instant = () => Promise.resolve();

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'lens-sso-home-'));
    process.env.HOME = home; // the token cache is ~/.aws/sso/cache
  });

  afterEach(async () => {
    process.env.HOME = savedHome;
    await fake?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('shows the code, waits for the confirmation, and caches the token where the SDK reads it', async () => {
    fake = await startFakeSsoOidc({ slowDownOnce: true });
    const prompts: DeviceCodePrompt[] = [];
    let polls = 0;
    const signedIn = await signInWithDeviceCode(target('dev'), {
      endpoint: fake.endpoint,
      showCode: (prompt) => prompts.push(prompt),
      // The user confirms in the browser while Lens polls.
      sleep: async () => {
        if (++polls === 3) fake.approve();
      },
    });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({ userCode: FAKE_USER_CODE, verificationUriComplete: expect.stringContaining(FAKE_USER_CODE) });
    expect(fake.registered).toEqual({ clientName: 'Amplify Lens', clientType: 'public', scopes: ['sso:account:access'] });
    expect(fake.authorizedStartUrl).toBe('https://corp.awsapps.com/start');
    // One slow-down and one pending answer before the approved token.
    expect(fake.calls).toEqual(['register', 'authorize', 'token', 'token', 'token']);

    // The SDK's own reader finds it under the session name, with what its refresh needs.
    const cached = await getSSOTokenFromFile('corp');
    expect(cached).toMatchObject({
      accessToken: FAKE_ACCESS_TOKEN,
      startUrl: 'https://corp.awsapps.com/start',
      region: 'eu-west-1',
      clientId: 'fake-client-id',
      refreshToken: 'fake-refresh-token',
    });
    expect(new Date(cached.expiresAt).getTime()).toBe(signedIn.expiresAt.getTime() - (signedIn.expiresAt.getTime() % 1000));
    expect(signedIn.tokenFile.startsWith(join(home, '.aws', 'sso', 'cache'))).toBe(true);
    if (process.platform !== 'win32') expect((await stat(signedIn.tokenFile)).mode & 0o777).toBe(0o600);
  });

  it("keys a legacy profile's token by its start URL", async () => {
    fake = await startFakeSsoOidc();
    fake.approve();
    await signInWithDeviceCode(target('legacy'), { endpoint: fake.endpoint, showCode: () => {}, sleep: instant });
    expect((await getSSOTokenFromFile('https://legacy.awsapps.com/start')).accessToken).toBe(FAKE_ACCESS_TOKEN);
  });

  it('says so when the sign-in is declined, and writes nothing', async () => {
    fake = await startFakeSsoOidc();
    fake.deny();
    await expect(signInWithDeviceCode(target('dev'), { endpoint: fake.endpoint, showCode: () => {}, sleep: instant })).rejects.toThrow(
      'declined',
    );
    await expect(readFile(join(home, '.aws', 'sso', 'cache'), 'utf8')).rejects.toThrow();
  });

  it('stops when cancelled, and when the code expires unconfirmed', async () => {
    fake = await startFakeSsoOidc();
    const controller = new AbortController();
    const cancelled = signInWithDeviceCode(target('dev'), {
      endpoint: fake.endpoint,
      signal: controller.signal,
      showCode: () => controller.abort(),
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    let clock = 0;
    const expired = signInWithDeviceCode(target('dev'), {
      endpoint: fake.endpoint,
      showCode: () => {},
      now: () => clock,
      sleep: async () => void (clock += 601_000),
    });
    await expect(expired).rejects.toThrow('expired');
  });
});
