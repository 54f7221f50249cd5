import { afterEach, describe, expect, it } from 'vitest';
import { defaultProfileName, listProfiles, resolveRegion } from './aws-profiles';
import { parseIni } from './ini-file-parser';
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

describe('parseIni', () => {
  it('reads sections and keys, skipping comments and indented sub-properties', () => {
    const sections = parseIni(CONFIG);
    expect(sections.get('profile dev')?.get('region')).toBe('us-east-1');
    expect(sections.get('profile dev')?.has('max_concurrent_requests')).toBe(false);
    expect(sections.get('profile dev')?.get('output')).toBe('json');
    expect([...sections.keys()]).toEqual(['default', 'profile dev', 'profile sso-user', 'profile legacy-sso', 'sso-session corp']);
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
  });
});
