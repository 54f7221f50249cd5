import { describe, expect, it } from 'vitest';
import { MASKED_VALUE } from './output-secrets';
import { GEN1_ROOT } from '../../test-support/environment-fixtures';
import { environmentOverview, findOutputValue } from './environment-overview-model';
import {
  API_KEY,
  GRAPHQL_ENDPOINT,
  RESOLVER_FAILURE,
  expiredSsoDetails,
  gen1Details,
  gen2Details,
} from '../../test-support/environment-details-fixtures';

describe('environmentOverview', () => {
  it('maps a Gen 1 env: header, root then nested stacks with their categories, resources with links', () => {
    const overview = environmentOverview(gen1Details());
    expect(overview).toMatchObject({
      name: 'dev',
      kind: 'gen1-env',
      isCurrent: true,
      health: 'failed',
      region: 'us-east-1',
      profile: 'default',
    });
    expect(overview.lastDeployedAt).toBe(Date.parse('2024-05-01T09:00:00Z'));
    expect(overview.stacks.map((stack) => [stack.category, stack.status])).toEqual([
      [undefined, 'UPDATE_ROLLBACK_COMPLETE'],
      ['api', 'UPDATE_ROLLBACK_COMPLETE'],
      ['auth', 'UPDATE_COMPLETE'],
      ['storage', 'UPDATE_COMPLETE'],
      ['function', 'UPDATE_COMPLETE'],
    ]);
    expect(overview.resources[0]).toEqual({
      category: 'api',
      name: 'blog',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      definition: { path: `${GEN1_ROOT}/amplify/backend/api/blog/schema.graphql`, label: 'amplify/backend/api/blog/schema.graphql' },
    });
  });

  it("puts a model's stack under the API's stack that holds it, named by the API's category", () => {
    const details = gen1Details();
    const api = details.environment.nestedStacks[0];
    const postModel = { ...api, name: `${api.name}-Post-9Z8Y7X`, id: `${api.id}-Post`, parentId: api.id };
    details.environment.nestedStacks = [...details.environment.nestedStacks.slice(1), postModel, api];
    const stacks = environmentOverview(details).stacks;
    expect(stacks.map((stack) => stack.category)).toEqual([undefined, 'auth', 'storage', 'function', 'api', 'api (nested)']);
    expect(stacks.at(-1)?.name).toBe(postModel.name);
  });

  it('masks API keys and keeps other outputs readable; the host finds the real value again', () => {
    const details = gen1Details();
    const overview = environmentOverview(details);
    const key = overview.outputs.find((output) => output.label === 'API key');
    expect(key).toMatchObject({ value: MASKED_VALUE, masked: true });
    expect(JSON.stringify(overview)).not.toContain(API_KEY);
    expect(overview.outputs.find((output) => output.label === 'GraphQL endpoint')).toMatchObject({ value: GRAPHQL_ENDPOINT, masked: false });
    expect(findOutputValue(details.environment, key!.label, key!.source)).toBe(API_KEY);
    expect(findOutputValue(details.environment, 'API key', 'elsewhere')).toBeUndefined();
  });

  it('keeps the events newest first with their reasons, dates as milliseconds', () => {
    const events = environmentOverview(gen1Details()).events;
    expect(events[0]).toMatchObject({
      logicalId: 'amplify-gen1blog-dev-8f3b2',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      at: Date.parse('2024-05-01T09:03:10Z'),
    });
    expect(events.find((event) => event.status === 'UPDATE_FAILED' && event.logicalId === 'QuerygetPostResolver')?.reason).toBe(
      RESOLVER_FAILURE,
    );
    expect(events.map((event) => event.at)).toEqual([...events.map((event) => event.at)].sort((a, b) => b - a));
  });

  it('maps a Gen 2 sandbox and its unset fields stay absent', () => {
    const overview = environmentOverview(gen2Details());
    expect(overview).toMatchObject({ kind: 'gen2-sandbox', name: 'alice', isCurrent: true, health: 'deployed' });
    expect(overview).not.toHaveProperty('profile');
    expect(overview.stacks.map((stack) => stack.category)).toEqual([undefined, 'data']);
    expect(overview.resources.map((resource) => resource.definition?.label)).toEqual([
      'amplify/data/resource.ts',
      'amplify/auth/resource.ts',
      'amplify/functions/say-hello/resource.ts',
    ]);
    expect(overview.outputs.map((output) => [output.label, output.masked])).toEqual([
      ['GraphQL endpoint', false],
      ['API key', true],
      ['User pool id', false],
      ['Function name', false],
    ]);
  });

  it('shows a problem with its action, without the action arguments', () => {
    expect(environmentOverview(expiredSsoDetails()).problem).toEqual({
      message: 'The SSO sign-in of profile "dev-sso" has expired.',
      action: { title: 'Sign in with AWS SSO', command: 'amplifyLens.ssoLogin' },
    });
  });
});
