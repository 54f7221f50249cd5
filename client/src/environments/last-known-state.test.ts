import { describe, expect, it } from 'vitest';
import type { AmplifyEnvironment, EnvironmentsSnapshot } from './environment-types';
import { withLastKnownState } from './last-known-state';

const root = '/projects/app';
const readAt = new Date('2024-05-01T10:00:00Z');
const env = (overrides: Partial<AmplifyEnvironment> = {}): AmplifyEnvironment => ({
  kind: 'gen1-env',
  name: 'dev',
  projectRoot: root,
  isCurrent: true,
  nestedStacks: [],
  health: 'deployed',
  resources: [{ category: 'api', name: 'blog', status: 'UPDATE_COMPLETE' }],
  outputs: [{ label: 'API id', value: 'abc', source: 'api' }],
  rawOutputs: [],
  rootStack: { name: 'amplify-app-dev-1', id: 'arn:1', status: 'UPDATE_COMPLETE', createdAt: readAt, tags: {}, outputs: [], parameters: {} },
  ...overrides,
});
const snapshot = (environments: AmplifyEnvironment[], overrides: Partial<EnvironmentsSnapshot> = {}): EnvironmentsSnapshot => ({
  projectRoot: root,
  generation: 1,
  environments,
  loadedAt: readAt,
  ...overrides,
});
const unread = env({
  health: 'unknown',
  healthReason: 'Could not reach AWS CloudFormation (ECONNREFUSED).',
  rootStack: undefined,
  resources: [{ category: 'api', name: 'blog' }],
  outputs: [],
  isCurrent: false,
});

describe('the last known state', () => {
  it('stands in for an environment that could not be read, marked stale, with what the files say now', () => {
    const next = withLastKnownState(snapshot([env()]), snapshot([unread], { loadedAt: new Date('2024-05-01T11:00:00Z') }));
    const [dev] = next.environments;
    expect(dev).toMatchObject({
      health: 'unknown',
      healthReason: unread.healthReason,
      isCurrent: false,
      stale: { since: readAt, lastHealth: 'deployed', reason: unread.healthReason },
    });
    expect(dev!.resources[0]!.status).toBe('UPDATE_COMPLETE');
    expect(dev!.outputs).toHaveLength(1);
  });

  it('gives way to any real answer, and is not invented where nothing was read before', () => {
    const gone = env({ health: 'not-deployed', rootStack: undefined });
    expect(withLastKnownState(snapshot([env()]), snapshot([gone])).environments[0]).toBe(gone);
    expect(withLastKnownState(snapshot([unread]), snapshot([unread])).environments[0]).toBe(unread);
    expect(withLastKnownState(undefined, snapshot([unread])).environments[0]).toBe(unread);
  });

  it('keeps a failed listing’s environments, but not past an answer that there are none', () => {
    const previous = snapshot([env({ kind: 'gen2-sandbox', name: 'alice' })], { generation: 2 });
    const failed = withLastKnownState(
      previous,
      snapshot([], { generation: 2, problem: { kind: 'network', message: 'Could not reach AWS CloudFormation.' } }),
    );
    expect(failed.environments.map((environment) => [environment.name, environment.health, environment.stale?.lastHealth])).toEqual([
      ['alice', 'unknown', 'deployed'],
    ]);
    const none = withLastKnownState(previous, snapshot([], { generation: 2, problem: { kind: 'no-stacks', message: 'No sandbox.' } }));
    expect(none.environments).toEqual([]);
  });
});
