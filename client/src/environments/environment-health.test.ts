import { describe, expect, it } from 'vitest';
import type { Stack } from '../aws/aws-types';
import { deriveHealth } from './environment-health';
import { gen2Outputs } from './environment-outputs';
import { gen2StackName, hasNamespace, parseGen2StackName } from './gen2-stack-names';

function stack(status: string, extra: Partial<Stack> = {}): Stack {
  return { name: 'amplify-app-dev-12345', id: 'arn:root', status, createdAt: new Date(0), tags: {}, outputs: [], parameters: {}, ...extra };
}
const nested = (status: string, extra: Partial<Stack> = {}) =>
  stack(status, { name: 'amplify-app-dev-12345-apiapp-ABC', id: 'arn:nested', parentId: 'arn:root', rootId: 'arn:root', ...extra });

describe('deriveHealth', () => {
  it.each([
    ['CREATE_COMPLETE', 'deployed'],
    ['UPDATE_COMPLETE', 'deployed'],
    ['IMPORT_COMPLETE', 'deployed'],
    ['CREATE_IN_PROGRESS', 'deploying'],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'deploying'],
    ['REVIEW_IN_PROGRESS', 'deploying'],
    ['UPDATE_ROLLBACK_IN_PROGRESS', 'deploying'],
    ['CREATE_FAILED', 'failed'],
    ['UPDATE_ROLLBACK_FAILED', 'failed'],
    ['ROLLBACK_COMPLETE', 'failed'],
    ['UPDATE_ROLLBACK_COMPLETE', 'failed'],
    ['DELETE_IN_PROGRESS', 'deleting'],
    ['DELETE_FAILED', 'failed'],
    ['DELETE_COMPLETE', 'not-deployed'],
  ])('root %s → %s', (status, health) => {
    expect(deriveHealth(stack(status), []).health).toBe(health);
  });

  it('is not deployed without a root stack', () => {
    expect(deriveHealth(undefined, [])).toEqual({ health: 'not-deployed' });
  });

  it('words a rolled-back update with the failure reason found in the events', () => {
    expect(deriveHealth(stack('UPDATE_ROLLBACK_COMPLETE'), [], 'GraphQLAPI: Schema error')).toEqual({
      health: 'failed',
      reason: 'The last deploy failed and was rolled back: GraphQLAPI: Schema error',
    });
    expect(deriveHealth(stack('ROLLBACK_COMPLETE'), []).reason).toBe('The first deploy failed and was rolled back');
  });

  it('looks at nested stacks when the root is settled', () => {
    expect(deriveHealth(stack('UPDATE_COMPLETE'), [nested('UPDATE_IN_PROGRESS')]).health).toBe('deploying');
    expect(deriveHealth(stack('UPDATE_COMPLETE'), [nested('UPDATE_FAILED', { statusReason: 'boom' })])).toEqual({
      health: 'failed',
      reason: 'amplify-app-dev-12345-apiapp-ABC is UPDATE_FAILED: boom',
    });
  });

  it('turns deployed into drifted when drift detection found changes on any stack', () => {
    expect(deriveHealth(stack('UPDATE_COMPLETE', { driftStatus: 'IN_SYNC' }), [nested('CREATE_COMPLETE', { driftStatus: 'DRIFTED' })])).toEqual({
      health: 'drifted',
      reason: 'Changed outside CloudFormation: amplify-app-dev-12345-apiapp-ABC',
    });
    // A deploy in progress says more than drift found before it.
    expect(deriveHealth(stack('UPDATE_IN_PROGRESS', { driftStatus: 'DRIFTED' }), []).health).toBe('deploying');
  });
});

describe('gen2Outputs', () => {
  it('labels backend outputs and expands JSON lists', () => {
    const root = stack('CREATE_COMPLETE', {
      outputs: [
        { key: 'awsAppsyncApiEndpoint', value: 'https://x.appsync-api.eu-west-1.amazonaws.com/graphql' },
        { key: 'bucketName', value: 'photos-bucket' },
        {
          key: 'buckets',
          value: JSON.stringify([
            JSON.stringify({ name: 'photos', bucketName: 'photos-bucket' }),
            JSON.stringify({ name: 'docs', bucketName: 'docs-bucket' }),
          ]),
        },
        { key: 'definedFunctions', value: '["fn-a","fn-b"]' },
        { key: 'awsAppsyncRegion', value: 'eu-west-1' },
        { key: 'definedConversationHandlers', value: 'not json' },
      ],
    });
    expect(gen2Outputs(root).map((output) => `${output.label}=${output.value}`)).toEqual([
      'GraphQL endpoint=https://x.appsync-api.eu-west-1.amazonaws.com/graphql',
      'Bucket=photos-bucket',
      'Bucket=docs-bucket',
      'Function name=fn-a',
      'Function name=fn-b',
    ]);
  });
});

describe('Gen 2 stack names', () => {
  it('computes and parses names as amplify-backend does', () => {
    const name = gen2StackName('gen2-todo', 'alice', 'sandbox');
    expect(name).toMatch(/^amplify-gen2todo-alice-sandbox-[0-9a-f]{10}$/);
    const identity = parseGen2StackName(name)!;
    expect(identity).toMatchObject({ namespace: 'gen2todo', name: 'alice', type: 'sandbox' });
    expect(hasNamespace(identity, 'gen2-todo')).toBe(true);
    expect(hasNamespace(identity, 'gen2-todo-admin')).toBe(false);
    expect(parseGen2StackName('amplify-gen1blog-dev-8f3b2')).toBeUndefined();
    expect(parseGen2StackName('amplify-app-main-pipeline-0123456789')).toBeUndefined();
  });

  it('matches a namespace that was cut to fit the 128-character limit', () => {
    const longName = `${'a'.repeat(120)}-app`;
    const identity = parseGen2StackName(gen2StackName(longName, 'alice', 'sandbox'))!;
    expect(identity.namespace).toHaveLength(94);
    expect(hasNamespace(identity, longName)).toBe(true);
  });
});
