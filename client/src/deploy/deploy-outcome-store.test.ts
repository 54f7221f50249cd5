import { afterEach, describe, expect, it } from 'vitest';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { environmentNode } from '../views/environments-nodes';
import { environmentKey } from '../environments/environment-key';
import { DeployOutcomeStore, formatDuration, lastDeployOutcome, provideDeployOutcomes, type DeployOutcome } from './deploy-outcome-store';

class MemoryMemento {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
}

const environment: AmplifyEnvironment = {
  kind: 'gen1-env',
  name: 'dev',
  projectRoot: '/projects/app',
  isCurrent: true,
  nestedStacks: [],
  health: 'failed',
  resources: [],
  outputs: [],
  rawOutputs: [],
};
const outcome = (phase: DeployOutcome['phase'], endedAt = 1_000_000): DeployOutcome => ({
  envKey: environmentKey(environment),
  envName: 'dev',
  command: 'amplify push --yes',
  phase,
  startedAt: endedAt - 65_000,
  endedAt,
  resourcesChanged: 3,
  failureReason: phase === 'rolled-back' ? 'LambdaFunction: NoSuchKey' : undefined,
});

afterEach(() => provideDeployOutcomes(undefined));

describe('deploy outcomes', () => {
  it('keeps the last outcome per env in the memento', async () => {
    const memento = new MemoryMemento();
    const store = new DeployOutcomeStore(memento);
    await store.record(outcome('succeeded', 1));
    await store.record(outcome('rolled-back', 2));
    expect(store.get(environmentKey(environment))?.phase).toBe('rolled-back');
    expect(new DeployOutcomeStore(memento).get(environmentKey(environment))?.endedAt).toBe(2);
    expect(store.get('other')).toBeUndefined();
  });

  it('shows a failed last deploy in the Environments row and every outcome in its tooltip', async () => {
    const store = new DeployOutcomeStore(new MemoryMemento());
    provideDeployOutcomes(store);
    expect(lastDeployOutcome(environmentKey(environment))).toBeUndefined();
    await store.record(outcome('rolled-back'));
    const node = environmentNode(environment, new Date(1_000_000 + 5 * 60_000));
    expect(node.description).toContain('last deploy rolled back');
    expect(node.tooltip).toContain('Lens: last deploy rolled back');
    expect(node.tooltip).toContain('LambdaFunction: NoSuchKey');
    await store.record(outcome('succeeded'));
    expect(environmentNode(environment, new Date(1_000_000)).description).not.toContain('last deploy');
  });

  it('formats durations for the summary', () => {
    expect(formatDuration(4_400)).toBe('4s');
    expect(formatDuration(65_000)).toBe('1m 05s');
  });
});
