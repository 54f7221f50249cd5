import { describe, expect, it } from 'vitest';
import type { AwsTarget } from '../environments/aws-target';
import { awsStatusBarContent } from './aws-status-bar-content';
import { gen1Env, gen2Env, snapshot } from '../../test-support/environment-fixtures';

/** The tooltip without Markdown escapes, to read as a person does. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

describe('AWS status bar entry', () => {
  const dev = gen1Env();
  const projects = [snapshot([dev])];
  const noEnv = {};

  it('shows profile, region and environment from the project', () => {
    const content = awsStatusBarContent(projects, {}, dev, undefined, noEnv);
    expect(content).toMatchObject({ visible: true, text: '$(cloud) default · us-east-1 · dev', warning: false });
    expect(plain(content.tooltip)).toContain("Profile: `default` — the project's (amplify/.config/local-aws-info.json)");
    expect(plain(content.tooltip)).toContain("Region: `us-east-1` — the project's (team-provider-info.json)");
    expect(content.tooltip).toContain('[Switch profile](command:amplifyLens.selectProfile) · [Switch region](command:amplifyLens.selectRegion)');
  });

  it('shows the user’s choice over the project’s', () => {
    const content = awsStatusBarContent(projects, { profile: 'sandbox-admin', region: 'eu-west-1' }, dev, undefined, noEnv);
    expect(content.text).toBe('$(cloud) sandbox-admin · eu-west-1 · dev');
    expect(plain(content.tooltip)).toContain('Profile: `sandbox-admin` — chosen in the status bar');
    expect(plain(content.tooltip)).toContain('Region: `eu-west-1` — chosen in the status bar');
  });

  it('before any environment is followed, shows the profile and region Lens reads with, and where they come from', () => {
    const target: AwsTarget = { profileOrigin: 'default', region: 'eu-central-1', regionOrigin: 'AWS_REGION' };
    const gen2 = [snapshot([gen2Env(), gen2Env({ name: 'bob' })])];
    const content = awsStatusBarContent(gen2, {}, undefined, { hasProject: true, target }, { AWS_REGION: 'eu-central-1' });
    expect(content.text).toBe('$(cloud) default · eu-central-1');
    expect(plain(content.tooltip)).toContain('Region: `eu-central-1` — from AWS_REGION');
    expect(plain(content.tooltip)).not.toContain('not set');
    const named = awsStatusBarContent(
      gen2,
      {},
      undefined,
      { hasProject: true, target: { ...target, profileOrigin: 'AWS_PROFILE', regionOrigin: 'profile' } },
      { AWS_PROFILE: 'work' },
    );
    expect(named.text).toBe('$(cloud) work · eu-central-1');
    expect(plain(named.tooltip)).toContain('Profile: `work` — AWS_PROFILE=work');
    expect(plain(named.tooltip)).toContain('Region: `eu-central-1` — the region of profile work');
  });

  it('shows from activation, before the first load, in an Amplify workspace', () => {
    const target: AwsTarget = { profile: 'amplify-dev', profileOrigin: 'project', region: 'ap-southeast-2', regionOrigin: 'project' };
    const content = awsStatusBarContent([], {}, undefined, { hasProject: true, target }, noEnv);
    expect(content).toMatchObject({ visible: true, text: '$(cloud) amplify-dev · ap-southeast-2' });
    expect(awsStatusBarContent([], {}, undefined, { hasProject: false }, noEnv).visible).toBe(false);
  });

  it('names the sandbox’s region and the default chain for a Gen 2 sandbox', () => {
    const alice = gen2Env({ isCurrent: true, region: 'us-west-2' });
    const target: AwsTarget = { profileOrigin: 'default', region: 'us-west-2', regionOrigin: 'profile' };
    const content = awsStatusBarContent([snapshot([alice])], {}, alice, { hasProject: true, target }, noEnv);
    expect(content.text).toBe('$(cloud) default · us-west-2 · alice');
    expect(plain(content.tooltip)).toContain('Profile: `default` — the default credential chain');
    expect(plain(content.tooltip)).toContain('Region: `us-west-2` — the region of the default profile');
    expect(awsStatusBarContent([snapshot([])], {}, undefined, undefined, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' }).text).toBe('$(cloud) AWS');
  });

  it('warns when credentials are missing, expired or refused', () => {
    const expired = snapshot([], { problem: { kind: 'sso-expired', message: 'The SSO sign-in of profile dev expired.' } });
    const content = awsStatusBarContent([expired], { profile: 'dev' }, undefined, undefined, noEnv);
    expect(content).toMatchObject({ text: '$(warning) dev', warning: true });
    expect(content.tooltip).toContain('$(warning) The SSO sign\\-in of profile dev expired\\.');
    const empty = snapshot([], { problem: { kind: 'no-stacks', message: 'No stacks.' } });
    expect(awsStatusBarContent([empty], {}, undefined, undefined, noEnv).warning).toBe(false);
  });

  it('is hidden without an Amplify project', () => {
    expect(awsStatusBarContent([], { profile: 'x' }, undefined, undefined, noEnv).visible).toBe(false);
  });

  it('keeps odd profile names from turning into Markdown', () => {
    const content = awsStatusBarContent(projects, { profile: 'a`b[c](command:x)' }, dev, undefined, noEnv);
    expect(content.tooltip).toContain('Profile: ``a`b[c](command:x)``');
  });
});
