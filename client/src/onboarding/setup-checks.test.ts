import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listProfiles, resolveRegionWithOrigin } from '../aws/aws-profiles';
import { checkCredentials } from '../aws/credentials-check';
import { forgetSharedCredentials } from '../aws/shared-credential-providers';
import { checkAmplifyProject, checkAmplifyTools, checkAwsCredentials } from './setup-checks';

describe('first-run checks', () => {
  let root: string;
  const saved = { ...process.env };

  beforeEach(async () => {
    forgetSharedCredentials();
    root = await mkdtemp(join(tmpdir(), 'lens-setup-'));
    for (const name of ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
      delete process.env[name];
    process.env.HOME = root;
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
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

  const deps = (selection: { profile?: string } = {}, trusted = true) => ({
    selection: () => selection,
    profiles: () => listProfiles(),
    sdkRegion: (profile: string | undefined) => resolveRegionWithOrigin(profile),
    resolve: trusted ? (profile: string | undefined) => checkCredentials(profile) : undefined,
  });

  it('checks the credentials of the profile a Gen 1 project uses, not whatever the environment holds', async () => {
    // A Gen 1 project whose dev env uses the named profile amplify-dev, as `amplify init` records it.
    const app = join(root, 'app');
    const write = async (path: string, content: unknown) => {
      await mkdir(join(app, path, '..'), { recursive: true });
      await writeFile(join(app, path), JSON.stringify(content));
    };
    await write('amplify/backend/backend-config.json', {});
    await write('amplify/team-provider-info.json', { dev: { awscloudformation: { Region: 'eu-west-1', StackName: 'amplify-app-dev-12345' } } });
    await write('amplify/.config/local-env-info.json', { envName: 'dev' });
    await write('amplify/.config/local-aws-info.json', { dev: { configLevel: 'project', useProfile: true, profileName: 'amplify-dev' } });
    const project = { root: app };
    try {
      process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENVIRONMENT';
      process.env.AWS_SECRET_ACCESS_KEY = 'environmentSecretThatMustNeverShow00000000';
      await writeFile(join(root, 'config'), '[profile other]\nregion = us-west-2\n');
      const missing = await checkAwsCredentials([project.root], deps());
      expect(missing).toEqual({
        ok: false,
        message: expect.stringContaining(
          "Lens reads AWS with profile amplify-dev (the project's (amplify/.config/local-aws-info.json)) in eu-west-1",
        ),
      });
      expect(missing.message).toContain('aws configure --profile amplify-dev');
      await writeFile(
        join(root, 'credentials'),
        '[amplify-dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profileSecretThatMustNeverShow0000000000\n',
      );
      const ready = await checkAwsCredentials([project.root], deps());
      expect(ready).toEqual({
        ok: true,
        message: expect.stringMatching(/^Lens reads AWS with profile amplify-dev .*: its credentials are ready\.$/),
      });
      expect(ready.message).not.toMatch(/AKID|Secret/);
      // The status bar's choice wins over the project's.
      const chosen = await checkAwsCredentials([project.root], deps({ profile: 'other' }));
      expect(chosen.message).toContain('profile other (chosen in the status bar)');
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });

  it('says what the default chain will use, and resolves nothing in Restricted Mode', async () => {
    await mkdir(join(root, 'app/amplify'), { recursive: true });
    await writeFile(join(root, 'app/amplify/backend.ts'), 'export {};\n');
    process.env.AWS_REGION = 'ca-central-1';
    expect(await checkAwsCredentials([root], deps({}, false))).toEqual({
      ok: true,
      message:
        'Lens will read AWS with the default profile (no profile is named) in ca-central-1 (from AWS_REGION) once you trust this workspace.',
    });
    const none = await checkAwsCredentials([root], deps());
    expect(none.ok).toBe(false);
    expect(none.message).toContain('No AWS credentials found');
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENVIRONMENT';
    process.env.AWS_SECRET_ACCESS_KEY = 'environmentSecretThatMustNeverShow00000000';
    expect(await checkAwsCredentials([root], deps())).toEqual({
      ok: true,
      message:
        'Lens reads AWS with the credentials in the environment (AWS_ACCESS_KEY_ID) in ca-central-1 (from AWS_REGION): its credentials are ready.',
    });
  });

  it('finds Gen 1 and Gen 2 projects in the workspace', async () => {
    expect((await checkAmplifyProject([root])).ok).toBe(false);
    await mkdir(join(root, 'app/amplify'), { recursive: true });
    await writeFile(join(root, 'app/amplify/backend.ts'), 'export {};\n');
    expect(await checkAmplifyProject([root])).toEqual({ ok: true, message: `Amplify project found: ${join(root, 'app')} (Gen 2).` });
  });
});
