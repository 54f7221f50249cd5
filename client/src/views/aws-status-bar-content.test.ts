import { describe, expect, it } from 'vitest';
import { awsStatusBarContent } from './aws-status-bar-content';
import { gen1Env, gen2Env, snapshot } from '../../test-support/environment-fixtures';

describe('AWS status bar entry', () => {
  const dev = gen1Env();
  const projects = [snapshot([dev])];

  it('shows profile, region and environment from the project', () => {
    const content = awsStatusBarContent(projects, {}, dev);
    expect(content).toMatchObject({ visible: true, text: '$(cloud) default · us-east-1 · dev', warning: false });
    expect(content.tooltip).toContain('Profile: `default` — from the project');
    expect(content.tooltip).toContain('Region: `us-east-1` — from the project');
    expect(content.tooltip).toContain('[Switch profile](command:amplifyLens.selectProfile) · [Switch region](command:amplifyLens.selectRegion)');
  });

  it('shows the user’s choice over the project’s', () => {
    const content = awsStatusBarContent(projects, { profile: 'sandbox-admin', region: 'eu-west-1' }, dev);
    expect(content.text).toBe('$(cloud) sandbox-admin · eu-west-1 · dev');
    expect(content.tooltip).toContain('Profile: `sandbox-admin` — chosen here');
    expect(content.tooltip).toContain('Region: `eu-west-1` — chosen here');
  });

  it('leaves out what is unknown (Gen 2 on the default credential chain)', () => {
    const alice = gen2Env({ isCurrent: true, region: undefined });
    const content = awsStatusBarContent([snapshot([alice])], {}, alice);
    expect(content.text).toBe('$(cloud) alice');
    expect(content.tooltip).toContain('Profile: default credential chain');
    expect(content.tooltip).toContain('Region: not set');
    expect(awsStatusBarContent([snapshot([])], {}, undefined).text).toBe('$(cloud) AWS');
  });

  it('warns when credentials are missing, expired or refused', () => {
    const expired = snapshot([], { problem: { kind: 'sso-expired', message: 'The SSO sign-in of profile dev expired.' } });
    const content = awsStatusBarContent([expired], { profile: 'dev' }, undefined);
    expect(content).toMatchObject({ text: '$(warning) dev', warning: true });
    expect(content.tooltip).toContain('$(warning) The SSO sign\\-in of profile dev expired\\.');
    const empty = snapshot([], { problem: { kind: 'no-stacks', message: 'No stacks.' } });
    expect(awsStatusBarContent([empty], {}, undefined).warning).toBe(false);
  });

  it('is hidden without an Amplify project', () => {
    expect(awsStatusBarContent([], { profile: 'x' }, undefined).visible).toBe(false);
  });

  it('keeps odd profile names from turning into Markdown', () => {
    const content = awsStatusBarContent(projects, { profile: 'a`b[c](command:x)' }, dev);
    expect(content.tooltip).toContain('Profile: ``a`b[c](command:x)``');
  });
});
