import { describe, expect, it } from 'vitest';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { MASKED_VALUE } from './output-secrets';
import { type OutputNode, type OutputsViewNode, outputNode, outputsChildNodes } from './outputs-nodes';
import { gen1Env, gen2Env } from '../../test-support/environment-fixtures';

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
  it.each([`ghp_${'a'.repeat(36)}`, 'xoxb-1234567890-abcdef', `sk_live_${'A1'.repeat(12)}`, `AIza${'B'.repeat(35)}`])(
    'masks %s under an ordinary name, as the language server recognises it',
    (value) => {
      const node = outputNode({ id: 'o', label: 'Webhook', value, names: ['Webhook'] });
      expect([node.secret, node.description, node.contextValue]).toEqual([true, MASKED_VALUE, 'output.secret']);
    },
  );

  it('shows an ordinary output', () => {
    expect(outputNode({ id: 'o', label: 'Bucket', value: 'photos-dev', names: ['BucketName'] }).description).toBe('photos-dev');
  });
});
