/**
 * Small builders for environments and snapshots in the views' tests, shaped like the examples:
 * Gen 1 `gen1-blog` (env `dev`, root stack `amplify-gen1blog-dev-8f3b2`) and Gen 2 `gen2-todo`.
 */
import type { Stack } from '../src/aws/aws-types';
import type { AmplifyEnvironment, EnvironmentsSnapshot } from '../src/environments/environment-types';

export const NOW = new Date('2024-05-01T12:00:00Z');
export const GEN1_ROOT = '/home/dev/projects/gen1-blog';
export const GEN2_ROOT = '/home/dev/projects/gen2-todo';

export function stack(overrides: Partial<Stack> = {}): Stack {
  const name = overrides.name ?? 'amplify-gen1blog-dev-8f3b2';
  return {
    name,
    id: `arn:aws:cloudformation:us-east-1:123456789012:stack/${name}/0b1c2d3e`,
    status: 'UPDATE_COMPLETE',
    createdAt: new Date('2024-04-01T10:00:00Z'),
    tags: {},
    outputs: [],
    parameters: {},
    ...overrides,
  };
}

export function gen1Env(overrides: Partial<AmplifyEnvironment> = {}): AmplifyEnvironment {
  return {
    kind: 'gen1-env',
    name: 'dev',
    projectRoot: GEN1_ROOT,
    isCurrent: true,
    region: 'us-east-1',
    profile: 'default',
    rootStackName: 'amplify-gen1blog-dev-8f3b2',
    rootStack: stack(),
    nestedStacks: [],
    health: 'deployed',
    lastDeployedAt: new Date('2024-05-01T09:00:00Z'),
    resources: [],
    outputs: [],
    rawOutputs: [],
    ...overrides,
  };
}

export function gen2Env(overrides: Partial<AmplifyEnvironment> = {}): AmplifyEnvironment {
  const name = overrides.name ?? 'alice';
  const kind = overrides.kind ?? 'gen2-sandbox';
  const stackName = `amplify-gen2todo-${name}-${kind === 'gen2-sandbox' ? 'sandbox' : 'branch'}-0e1752a889`;
  return gen1Env({
    kind,
    name,
    projectRoot: GEN2_ROOT,
    isCurrent: false,
    profile: undefined,
    rootStackName: stackName,
    rootStack: stack({ name: stackName }),
    ...overrides,
  });
}

export function snapshot(environments: AmplifyEnvironment[], overrides: Partial<EnvironmentsSnapshot> = {}): EnvironmentsSnapshot {
  return {
    projectRoot: environments[0]?.projectRoot ?? GEN1_ROOT,
    generation: environments[0]?.kind.startsWith('gen2') ? 2 : 1,
    environments,
    loadedAt: NOW,
    ...overrides,
  };
}
