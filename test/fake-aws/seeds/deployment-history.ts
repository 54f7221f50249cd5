import { NESTED_STACK_TYPE } from '../cloudformation-model';
import type { FakeCloudFormationState } from '../fake-cloudformation-state';
import type { SeedClock } from './seed-clock';

export type DeploymentOperation = 'CREATE' | 'UPDATE';

export interface DeploymentOptions {
  operation: DeploymentOperation;
  /** What happens to the nested stacks; a first `amplify push` updates the root and creates them. */
  nestedOperation?: DeploymentOperation;
  clock: SeedClock;
}

/**
 * Writes the events of one successful deployment of a stack tree, in the order CloudFormation emits
 * them: the stack starts, each resource goes IN_PROGRESS → COMPLETE (nested stacks recursively, their
 * status mirrored on the parent), then the stack completes (after a cleanup phase for updates).
 * Resources of a stack that is only updated are left untouched, as unchanged resources are.
 */
export function recordDeployment(state: FakeCloudFormationState, stackNameOrId: string, options: DeploymentOptions): void {
  const { operation, clock } = options;
  const stack = state.getStack(stackNameOrId);
  const nestedOperation = options.nestedOperation ?? operation;
  state.updateStatus(stack.id, `${operation}_IN_PROGRESS`, undefined, clock.next());
  for (const resource of stack.resources) {
    if (resource.type === NESTED_STACK_TYPE && resource.physicalId) {
      recordDeployment(state, resource.physicalId, { operation: nestedOperation, clock });
    } else if (operation === 'CREATE') {
      state.updateResourceStatus(stack.id, resource.logicalId, 'CREATE_IN_PROGRESS', undefined, clock.next());
      state.updateResourceStatus(stack.id, resource.logicalId, 'CREATE_IN_PROGRESS', 'Resource creation Initiated', clock.next());
      state.updateResourceStatus(stack.id, resource.logicalId, 'CREATE_COMPLETE', undefined, clock.next());
    }
  }
  if (operation === 'UPDATE') state.updateStatus(stack.id, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', undefined, clock.next());
  state.updateStatus(stack.id, `${operation}_COMPLETE`, undefined, clock.next());
}
