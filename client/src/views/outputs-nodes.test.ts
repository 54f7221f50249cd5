import { describe, expect, it } from 'vitest';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { looksSecret } from './output-secrets';
import { type OutputNode, type OutputsViewNode, outputsChildNodes } from './outputs-nodes';
import { gen1Env, gen2Env } from './test-support/environment-fixtures';

const API_KEY = 'da2-abcdefghijklmnopqrstuvwxyz';

const environment: AmplifyEnvironment = gen1Env({
  outputs: [
    { label: 'GraphQL endpoint', value: 'https://abc123.appsync-api.us-east-1.amazonaws.com/graphql', source: 'api blog' },
    { label: 'API key', value: API_KEY, source: 'api blog' },
    { label: 'User pool id', value: 'us-east-1_AbCdEf123', source: 'auth gen1blog1a2b3c' },
  ],
  rawOutputs: [
    { key: 'GraphQLAPIKeyOutput', value: API_KEY },
    { key: 'DeploymentBucketName', value: 'amplify-gen1blog-dev-8f3b2-deployment' },
    { key: 'CustomOutput', value: 'da2-zyxwvutsrqponmlkjihgfedcba', description: 'custom stack' },
  ],
});

/** Everything the tree item adapter hands to VS Code for a row. */
function displayed(node: OutputsViewNode): string {
  const { id, label, description, tooltip, contextValue, command, icon } = node;
  return JSON.stringify({ id, label, description, tooltip, contextValue, command, icon });
}

describe('outputs view', () => {
  it('lists the labelled outputs with their values, then the root stack outputs group', () => {
    const nodes = outputsChildNodes(environment);
    expect(nodes.map((node) => `${node.kind}:${node.label}=${node.description}`)).toEqual([
      'output:GraphQL endpoint=https://abc123.appsync-api.us-east-1.amazonaws.com/graphql',
      'output:API key=••••',
      'output:User pool id=us-east-1_AbCdEf123',
      'stack-outputs:Root stack outputs=3',
    ]);
    expect(nodes[0]).toMatchObject({ contextValue: 'output', secret: false, collapse: 'none' });
    expect(nodes[3]!.collapse).toBe('collapsed');
  });

  it('masks secret-looking outputs everywhere but in the value kept for Copy', () => {
    const top = outputsChildNodes(environment);
    const raw = outputsChildNodes(environment, top[3]);
    expect(raw.map((node) => `${node.label}=${node.description}`)).toEqual([
      'CustomOutput=••••',
      'DeploymentBucketName=amplify-gen1blog-dev-8f3b2-deployment',
      'GraphQLAPIKeyOutput=••••',
    ]);
    for (const node of [...top, ...raw]) {
      expect(displayed(node)).not.toContain('da2-');
    }
    const key = top[1] as OutputNode;
    expect(key).toMatchObject({ secret: true, value: API_KEY, contextValue: 'output.secret', icon: { id: 'key' } });
    expect(key.tooltip).toContain('hidden because it looks like a key or secret');
  });

  it('expands the raw outputs when there are no labelled ones', () => {
    const nodes = outputsChildNodes(gen2Env({ rawOutputs: [{ key: 'awsAppsyncApiEndpoint', value: 'https://x/graphql' }] }));
    expect(nodes).toMatchObject([{ kind: 'stack-outputs', collapse: 'expanded', description: '1' }]);
  });

  it('explains an empty view', () => {
    expect(outputsChildNodes(undefined)).toMatchObject([{ kind: 'message', label: 'Select an environment to see its outputs' }]);
    expect(outputsChildNodes(gen1Env())).toMatchObject([{ kind: 'message', label: 'No outputs in dev' }]);
    expect(outputsChildNodes(gen1Env({ health: 'not-deployed' }))).toMatchObject([
      { kind: 'message', label: 'No outputs: dev is not deployed' },
    ]);
  });
});

describe('secret-looking outputs', () => {
  it.each([
    [['GraphQLAPIKeyOutput'], 'anything'],
    [['awsAppsyncApiKey'], 'anything'],
    [['API key'], 'anything'],
    [['ClientSecret'], 'anything'],
    [['dbPassword'], 'anything'],
    [['GitHubToken'], 'anything'],
    [['SecretAccessKey'], 'anything'],
    [['whatever'], API_KEY],
    [['whatever'], 'AKIAIOSFODNN7EXAMPLE'],
    [['whatever'], '-----BEGIN RSA PRIVATE KEY-----\nMIIE'],
  ])('%j = %s is masked', (names, value) => {
    expect(looksSecret(names, value)).toBe(true);
  });

  it.each([
    [['GraphQLAPIEndpointOutput'], 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql'],
    [['awsAppsyncAuthenticationType'], 'API_KEY'],
    [['UserPoolId'], 'us-east-1_AbCdEf123'],
    [['AppClientIDWeb'], '1h2j3k4l5m6n7o8p9q0r1s2t3u'],
    [['IdentityPoolId'], 'us-east-1:0b1c2d3e-aaaa-bbbb-cccc-0123456789ab'],
    [['Name'], 'summarizePost-dev'],
  ])('%j = %s is shown', (names, value) => {
    expect(looksSecret(names, value)).toBe(false);
  });
});
