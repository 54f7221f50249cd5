import { describe, expect, it } from 'vitest';
import { isEnvironmentOverviewCommand } from 'amplify-lens-model/panels';
import { isInsideFolders, stackConsoleUrl } from './panel-targets';

describe('isInsideFolders', () => {
  const folders = ['/projects/app', '/projects/other'];

  it('accepts files in any workspace folder', () => {
    expect(isInsideFolders('/projects/app/amplify/backend/api/blog/schema.graphql', folders)).toBe(true);
    expect(isInsideFolders('/projects/other/amplify/data/resource.ts', folders)).toBe(true);
  });

  it('rejects files elsewhere, relative paths and escapes through ..', () => {
    expect(isInsideFolders('/etc/passwd', folders)).toBe(false);
    expect(isInsideFolders('/projects/app-secrets/key.pem', folders)).toBe(false);
    expect(isInsideFolders('/projects/app/../private/notes.txt', folders)).toBe(false);
    expect(isInsideFolders('amplify/backend.ts', folders)).toBe(false);
    expect(isInsideFolders('/projects/app/x.ts', [])).toBe(false);
  });
});

describe('the commands the environment overview may ask for', () => {
  it('are only those its protocol lists', () => {
    expect(isEnvironmentOverviewCommand('amplifyLens.ssoLogin')).toBe(true);
    expect(isEnvironmentOverviewCommand('amplifyLens.deploy.deploy')).toBe(false);
    expect(isEnvironmentOverviewCommand('workbench.action.terminal.sendSequence')).toBe(false);
    expect(isEnvironmentOverviewCommand({ toString: () => 'amplifyLens.ssoLogin' })).toBe(false);
  });
});

describe('stackConsoleUrl', () => {
  it('opens the stack in the console of its region', () => {
    const arn = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-blog-dev-123456/0a1b2c3d-1111-2222-3333-444455556666';
    expect(stackConsoleUrl(arn)).toBe(
      `https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/stackinfo?stackId=${encodeURIComponent(arn)}`,
    );
  });

  it('uses the console of the China and GovCloud partitions', () => {
    expect(stackConsoleUrl('arn:aws-cn:cloudformation:cn-north-1:123456789012:stack/s/guid')).toMatch(
      /^https:\/\/console\.amazonaws\.cn\/cloudformation\/home\?region=cn-north-1#/,
    );
    expect(stackConsoleUrl('arn:aws-us-gov:cloudformation:us-gov-west-1:123456789012:stack/s/guid')).toMatch(
      /^https:\/\/console\.amazonaws-us-gov\.com\//,
    );
  });

  it('refuses what is not a stack ARN', () => {
    expect(stackConsoleUrl('amplify-blog-dev-123456')).toBeUndefined();
    expect(stackConsoleUrl('https://evil.example/arn:aws:cloudformation:us-east-1:123456789012:stack/a/b')).toBeUndefined();
    expect(stackConsoleUrl('arn:aws:s3:::bucket')).toBeUndefined();
  });
});
