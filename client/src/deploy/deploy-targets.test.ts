import { describe, expect, it } from 'vitest';
import type { AmplifyEnvironment, EnvironmentsSnapshot } from '../environments/environment-types';
import { deployAction } from './deploy-command-catalog';
import { targetChoices, targetFromArgument, targetKey } from './deploy-targets';

const env = (name: string, kind: AmplifyEnvironment['kind'], isCurrent = false, projectRoot = '/projects/app'): AmplifyEnvironment => ({
  kind,
  name,
  projectRoot,
  isCurrent,
  nestedStacks: [],
  health: 'deployed',
  resources: [{ category: 'api', name: 'blog' }],
  outputs: [],
  rawOutputs: [],
});
const snapshot = (projectRoot: string, generation: 1 | 2, environments: AmplifyEnvironment[]): EnvironmentsSnapshot => ({
  projectRoot,
  generation,
  environments,
  loadedAt: new Date(0),
});

describe('deploy targets', () => {
  const dev = env('dev', 'gen1-env', true);
  const prod = env('prod', 'gen1-env');
  const gen1 = snapshot('/projects/app', 1, [prod, dev]);
  const gen2 = snapshot('/projects/web', 2, [
    env('alice', 'gen2-sandbox', false, '/projects/web'),
    env('main', 'gen2-branch', false, '/projects/web'),
  ]);

  it('reads environment, resource and project rows', () => {
    expect(targetFromArgument({ kind: 'environment', environment: prod }, [gen1])).toEqual({
      projectRoot: '/projects/app',
      generation: 1,
      environment: prod,
    });
    expect(targetFromArgument({ kind: 'resource', resource: dev.resources[0] }, [gen1])?.environment).toBe(dev);
    expect(targetFromArgument({ kind: 'project', snapshot: gen2 }, [gen2])).toEqual({ projectRoot: '/projects/web', generation: 2 });
    expect(targetFromArgument(undefined, [gen1])).toBeUndefined();
  });

  it('offers the current env first for a push, and "your sandbox" when the user has none yet', () => {
    expect(targetChoices(deployAction('push'), [gen1, gen2]).map((choice) => choice.label)).toEqual(['dev', 'prod']);
    expect(targetChoices(deployAction('sandboxOnce'), [gen1, gen2]).map((choice) => choice.label)).toEqual(['alice', 'Your sandbox']);
    expect(targetChoices(deployAction('branchDeploy'), [gen2]).map((choice) => choice.label)).toEqual(['main']);
  });

  it('keys a target like the tree keys its environment', () => {
    expect(targetKey({ projectRoot: '/projects/app', generation: 1, environment: dev })).toBe(
      JSON.stringify(['/projects/app', 'gen1-env', 'dev']),
    );
    expect(targetKey({ projectRoot: '/projects/web', generation: 2 }, 'ci')).toBe(JSON.stringify(['/projects/web', 'gen2-sandbox', 'ci']));
  });
});
