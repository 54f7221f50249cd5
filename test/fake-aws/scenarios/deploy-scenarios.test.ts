import { describe, expect, it } from 'vitest';
import { gen1Seed } from '../seeds';
import { GSI_FAILURE_REASON, LAMBDA_FAILURE_REASON, deployScenarioSteps } from './deploy-scenarios';

function play(scenario: Parameters<typeof deployScenarioSteps>[2]) {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
  const root = seed.state.getStack(seed.envs[0]!.rootStackName);
  const before = new Map(seed.state.allStacks.map((stack) => [stack.id, stack.events.length]));
  for (const step of deployScenarioSteps(seed.state, root.id, scenario)) step(seed.state);
  const fresh = (name: string) => {
    const stack = seed.state.getStack(name);
    return stack.events.slice(before.get(stack.id) ?? 0);
  };
  return { seed, root, fresh };
}

describe('deploy scenarios', () => {
  it('success updates every stack and ends each with cleanup then UPDATE_COMPLETE', () => {
    const { seed, root, fresh } = play('success');
    const rootEvents = fresh(root.name)
      .filter((event) => event.logicalId === root.name)
      .map((event) => event.status);
    expect(rootEvents).toEqual(['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_COMPLETE']);
    for (const stack of seed.state.allStacks) expect(stack.status).toBe('UPDATE_COMPLETE');
  });

  it('rollback fails the function, cancels running siblings and rolls the root back', () => {
    const { seed, root, fresh } = play('rollback');
    const fn = seed.envs[0]!.nestedStackNames.functionprocessOrder!;
    expect(fresh(fn).find((event) => event.status === 'UPDATE_FAILED')).toMatchObject({
      logicalId: 'LambdaFunction',
      statusReason: LAMBDA_FAILURE_REASON,
    });
    expect(root.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    const rootEvents = fresh(root.name);
    expect(rootEvents.find((event) => event.logicalId === 'functionprocessOrder' && event.status === 'UPDATE_FAILED')?.statusReason).toMatch(
      /^Embedded stack/,
    );
    expect(rootEvents.some((event) => event.statusReason === 'Resource update cancelled')).toBe(true);
  });

  it('nested-failure fails a table two stacks down and every stack on the path rolls back', () => {
    const { seed, root } = play('nested-failure');
    const todo = seed.state.getStack(seed.envs[0]!.nestedStackNames.Todo!);
    const api = seed.state.getStack(seed.envs[0]!.nestedStackNames.apigen1blog!);
    expect(todo.events.find((event) => event.status === 'UPDATE_FAILED')?.statusReason).toBe(GSI_FAILURE_REASON);
    expect([todo.status, api.status, root.status]).toEqual(['UPDATE_ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE']);
  });

  it('big-300 grows the tree to 300 leaf resources and updates them all', () => {
    const { seed, fresh } = play('big-300');
    const completes = seed.state.allStacks
      .flatMap((stack) => fresh(stack.name))
      .filter((event) => event.status === 'UPDATE_COMPLETE' && event.resourceType !== 'AWS::CloudFormation::Stack');
    expect(completes).toHaveLength(300);
  });
});
