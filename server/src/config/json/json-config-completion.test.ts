import { describe, expect, it } from 'vitest';
import { withCursor } from '../../../../test/support/cursor';
import { completeJsonConfig } from './json-config-service';
import type { JsonConfigKind } from './json-language-service';

/** Completes at the `‸` in `text`. */
async function labelsAt(kind: JsonConfigKind, textWithCursor: string): Promise<string[]> {
  const { text, position } = withCursor(textWithCursor);
  const items = await completeJsonConfig(kind, 'file:///test.json', text, position);
  return items.map((item) => item.label);
}

describe('completeJsonConfig', () => {
  it('offers the keys of a backend-config.json resource, leaving out those present', async () => {
    const labels = await labelsAt('backend-config', '{\n  "api": {\n    "blog": {\n      "service": "AppSync",\n      ‸\n    }\n  }\n}');
    expect(labels).toEqual(expect.arrayContaining(['providerPlugin', 'dependsOn', 'output', 'build']));
    expect(labels).not.toContain('service');
  });

  it('offers the categories at the top of backend-config.json', async () => {
    const labels = await labelsAt('backend-config', '{\n  ‸\n}');
    expect(labels).toEqual(expect.arrayContaining(['api', 'auth', 'storage', 'function', 'hosting', 'custom', 'parameters']));
  });

  it('offers enum values', async () => {
    const labels = await labelsAt('transform-conf', '{\n  "ResolverConfig": { "project": { "ConflictHandler": ‸ } }\n}');
    expect(labels.sort()).toEqual(['"AUTOMERGE"', '"LAMBDA"', '"OPTIMISTIC_CONCURRENCY"']);
  });

  it('offers AppSync authorization modes in backend-config.json', async () => {
    const labels = await labelsAt(
      'backend-config',
      '{ "api": { "blog": { "service": "AppSync", "output": { "authConfig": { "defaultAuthentication": { "authenticationType": ‸ } } } } } }',
    );
    expect(labels.sort()).toEqual(['"AMAZON_COGNITO_USER_POOLS"', '"API_KEY"', '"AWS_IAM"', '"AWS_LAMBDA"', '"OPENID_CONNECT"']);
  });

  it('offers example values where any string is allowed', async () => {
    const labels = await labelsAt('backend-config', '{ "function": { "fn": { "service": ‸ } } }');
    expect(labels).toEqual(expect.arrayContaining(['"Lambda"', '"AppSync"', '"S3"']));
  });

  it('offers the lower-case feature flag names the CLI writes', async () => {
    const labels = await labelsAt('cli-json', '{ "features": { "graphqltransformer": { ‸ } } }');
    expect(labels).toEqual(expect.arrayContaining(['transformerversion', 'secondarykeyasgsi', 'enablegen2migration']));
    expect(labels).not.toContain('transformerVersion');
  });

  it("offers the amplify_outputs.json sections of the file's version", async () => {
    const labels = await labelsAt('amplify-outputs', '{ "version": "1.5", "auth": { "aws_region": "r", ‸ } }');
    expect(labels).toEqual(expect.arrayContaining(['user_pool_id', 'passwordless', 'groups', 'mfa_methods']));
    const older = await labelsAt('amplify-outputs', '{ "version": "1.3", "auth": { "aws_region": "r", ‸ } }');
    expect(older).toContain('groups');
    expect(older).not.toContain('passwordless');
  });

  it('offers amplify_outputs.json versions', async () => {
    const labels = await labelsAt('amplify-outputs', '{ "version": ‸ }');
    expect(labels).toEqual(['"1"', '"1.1"', '"1.2"', '"1.3"', '"1.4"', '"1.5"']);
  });

  it('offers the cognitoConfig keys of the reused auth schema', async () => {
    const labels = await labelsAt('auth-cli-inputs', '{ "version": "1", "cognitoConfig": { ‸ } }');
    expect(labels).toEqual(expect.arrayContaining(['mfaConfiguration', 'userPoolName', 'hostedUI', 'triggers']));
  });

  it('offers the frontend platforms in project-config.json', async () => {
    const labels = await labelsAt('project-config', '{ "frontend": ‸ }');
    expect(labels.sort()).toEqual(['"android"', '"flutter"', '"ios"', '"javascript"']);
  });
});
