import type { StackStatus } from '../cloudformation-model';
import { FakeCloudFormationState } from '../fake-cloudformation-state';
import { gen2StackName } from './gen2-backend-identifier';
import { SeedClock } from './seed-clock';

/**
 * An account with many root stacks, for listing benchmarks and paging: a quarter Gen 2 sandboxes,
 * a quarter Gen 1 env roots, the rest non-Amplify stacks, in a spread of statuses. Each stack has
 * its create events and no nested stacks, so `n` is exactly the number of stacks ListStacks reports.
 */
export interface ManyStacksSeed {
  state: FakeCloudFormationState;
  amplifyStackNames: string[];
  otherStackNames: string[];
}

export function manyStacksSeed(n: number, options: { state?: FakeCloudFormationState; start?: Date } = {}): ManyStacksSeed {
  const state = options.state ?? new FakeCloudFormationState();
  const clock = new SeedClock(options.start, 37_000);
  const amplifyStackNames: string[] = [];
  const otherStackNames: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    const { name, tags } =
      kind === 0
        ? {
            name: gen2StackName({ namespace: `app${i}`, name: `dev${i % 7}`, type: 'sandbox' }),
            tags: { 'created-by': 'amplify', 'amplify:deployment-type': 'sandbox' },
          }
        : kind === 1
          ? { name: `amplify-project${i}-dev-${state.ids.hex(5)}`, tags: { 'user:Stack': 'dev', 'user:Application': `project${i}` } }
          : kind === 2
            ? { name: `orders-service-${i}-prod`, tags: { team: 'orders' } }
            : { name: `StackSet-baseline-${state.ids.uuid()}`, tags: {} };
    (kind < 2 ? amplifyStackNames : otherStackNames).push(name);
    const created = clock.next();
    const stack = state.addStack({ name, tags, creationTime: created, status: 'CREATE_IN_PROGRESS' });
    state.updateStatus(stack.id, 'CREATE_IN_PROGRESS', undefined, created);
    state.updateStatus(stack.id, 'CREATE_COMPLETE', undefined, clock.next());
    const finalStatus = statusFor(i);
    if (finalStatus !== 'CREATE_COMPLETE') state.updateStatus(stack.id, finalStatus, undefined, clock.next());
  }
  return { state, amplifyStackNames, otherStackNames };
}

/** Mostly settled stacks, with the occasional rollback and one deploy in flight per 25. */
function statusFor(i: number): StackStatus {
  if (i % 25 === 24) return 'UPDATE_IN_PROGRESS';
  if (i % 10 === 9) return 'UPDATE_ROLLBACK_COMPLETE';
  if (i % 3 === 0) return 'UPDATE_COMPLETE';
  return 'CREATE_COMPLETE';
}
