import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkAmplifyProject, checkAmplifyTools, checkAwsCredentials } from './setup-checks';

describe('first-run checks', () => {
  let root: string;
  const saved = { ...process.env };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-setup-'));
    process.env.AWS_CONFIG_FILE = join(root, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(root, 'credentials');
  });

  afterEach(async () => {
    process.env = { ...saved };
    await rm(root, { recursive: true, force: true });
  });

  it('finds the Amplify CLI on PATH or ampx in the workspace, and says how to install them otherwise', async () => {
    expect(await checkAmplifyTools([root], async () => '12.14.4')).toEqual({ ok: true, message: 'Found the Amplify CLI 12.14.4.' });
    const missing = await checkAmplifyTools([root], async () => undefined);
    expect(missing.ok).toBe(false);
    expect(missing.message).toContain('npm create amplify@latest');
    await mkdir(join(root, 'node_modules/.bin'), { recursive: true });
    await writeFile(join(root, 'node_modules/.bin/ampx'), '');
    expect(await checkAmplifyTools([root], async () => undefined)).toEqual({ ok: true, message: `Found ampx in ${root}.` });
  });

  it('accepts credentials from the environment or a profile, naming SSO profiles, never their keys', async () => {
    expect((await checkAwsCredentials({})).ok).toBe(false);
    expect(await checkAwsCredentials({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' })).toEqual({ ok: true, message: 'AWS credentials are set in the environment.' });
    await writeFile(join(root, 'config'), '[profile work]\nsso_session = corp\nregion = eu-west-1\n');
    await writeFile(join(root, 'credentials'), '[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMIEXAMPLEKEY\n');
    const found = await checkAwsCredentials({});
    expect(found.ok).toBe(true);
    expect(found.message).toContain('work (SSO)');
    expect(found.message).toContain('default');
    expect(found.message).not.toContain('wJalr');
  });

  it('finds Gen 1 and Gen 2 projects in the workspace', async () => {
    expect((await checkAmplifyProject([root])).ok).toBe(false);
    await mkdir(join(root, 'app/amplify'), { recursive: true });
    await writeFile(join(root, 'app/amplify/backend.ts'), 'export {};\n');
    expect(await checkAmplifyProject([root])).toEqual({ ok: true, message: `Amplify project found: ${join(root, 'app')} (Gen 2).` });
  });
});
