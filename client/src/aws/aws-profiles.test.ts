import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultProfileName, listProfiles, resolveRegion, resolveRegionWithOrigin } from './aws-profiles';
import { readSharedConfigFiles } from './shared-config-files';
import { useTempAwsConfig, type TempAwsConfig } from '../../test-support/temp-aws-config';

let temp: TempAwsConfig | undefined;
afterEach(() => {
  temp?.restore();
  temp = undefined;
});

const CONFIG = `
# shared config
[default]
region = eu-west-1

[profile dev]
region = us-east-1 ; inline comment
output = json
s3 =
  max_concurrent_requests = 20
  region = nope

[profile sso-user]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Developer
region = eu-central-1

[profile legacy-sso]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
`;

const CREDENTIALS = `
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[ci]
aws_access_key_id = AKIAIOSFODNN7EXAMPL2
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE2
`;

describe("the shared files, read by the SDK's own loader", () => {
  it('reads profiles and sso-sessions, with inline comments cut and sub-properties kept apart', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    const files = await readSharedConfigFiles();
    expect(files.configProfiles.get('dev')?.get('region')).toBe('us-east-1');
    expect(files.configProfiles.get('dev')?.get('output')).toBe('json');
    expect(files.configProfiles.get('dev')?.get('s3.region')).toBe('nope');
    expect([...files.configProfiles.keys()]).toEqual(['default', 'dev', 'sso-user', 'legacy-sso']);
    expect([...files.ssoSessions.keys()]).toEqual(['corp']);
    expect([...files.credentialProfiles.keys()]).toEqual(['default', 'ci']);
  });

  it('sees a change to a file at the next read', async () => {
    temp = useTempAwsConfig({ config: '[profile one]\nregion = eu-west-1\n' });
    expect([...(await readSharedConfigFiles()).configProfiles.keys()]).toEqual(['one']);
    writeFileSync(temp.configFile, '[profile two]\nregion = eu-west-1\n');
    expect([...(await readSharedConfigFiles()).configProfiles.keys()]).toEqual(['two']);
  });
});

describe('listProfiles', () => {
  it('lists the profiles of both files with region and SSO, never their keys', async () => {
    temp = useTempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
    const profiles = await listProfiles();
    expect(profiles).toEqual([
      { name: 'default', region: 'eu-west-1', sso: undefined, sources: ['config', 'credentials'] },
      { name: 'ci', sources: ['credentials'] },
      { name: 'dev', region: 'us-east-1', sso: undefined, sources: ['config'] },
      { name: 'legacy-sso', region: undefined, sso: true, sources: ['config'] },
      { name: 'sso-user', region: 'eu-central-1', sso: true, sources: ['config'] },
    ]);
    expect(JSON.stringify(profiles)).not.toContain('EXAMPLE');
  });

  it('answers an empty list when the files do not exist', async () => {
    temp = useTempAwsConfig();
    process.env.AWS_CONFIG_FILE = `${temp.home}/missing-config`;
    process.env.AWS_SHARED_CREDENTIALS_FILE = `${temp.home}/missing-credentials`;
    expect(await listProfiles()).toEqual([]);
  });

  it('resolves the default profile and region like the SDK', async () => {
    temp = useTempAwsConfig({ config: CONFIG });
    expect(defaultProfileName()).toBe('default');
    expect(await resolveRegion(undefined)).toBe('eu-west-1');
    expect(await resolveRegion('dev')).toBe('us-east-1');
    process.env.AWS_PROFILE = 'sso-user';
    expect(defaultProfileName()).toBe('sso-user');
    expect(await resolveRegion(undefined)).toBe('eu-central-1');
    process.env.AWS_REGION = 'ap-south-1';
    expect(await resolveRegion('legacy-sso')).toBe('ap-south-1');
    // AWS_REGION wins over a profile's region, as in the SDK (and so in ampx).
    expect(await resolveRegion('dev')).toBe('ap-south-1');
    expect(await resolveRegionWithOrigin('dev')).toEqual({ region: 'ap-south-1', origin: 'AWS_REGION' });
    delete process.env.AWS_REGION;
    expect(await resolveRegionWithOrigin('dev')).toEqual({ region: 'us-east-1', origin: 'profile' });
    expect(await resolveRegionWithOrigin('legacy-sso')).toEqual({ region: undefined, origin: undefined });
    process.env.AWS_DEFAULT_REGION = 'sa-east-1';
    expect(await resolveRegionWithOrigin('legacy-sso')).toEqual({ region: 'sa-east-1', origin: 'AWS_DEFAULT_REGION' });
  });
});
