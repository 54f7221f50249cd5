import { NESTED_STACK_TYPE, type FakeStack, type FakeStackEvent } from '../cloudformation-model';
import type { FakeCloudFormationState } from '../fake-cloudformation-state';

/** One thing CloudFormation does during a deploy; it writes one or more events into the state. */
export type DeployStep = (state: FakeCloudFormationState) => FakeStackEvent[];

/** Where a deploy fails: a leaf resource, named by the logical ids of the stacks above it (root excluded). */
export interface DeployFailure {
  stackPath: string[];
  logicalId: string;
  reason: string;
}

const CANCELLED = 'Resource update cancelled';

/**
 * The steps of an `UPDATE` of a stack tree, in the order CloudFormation emits its events. A stack's
 * nested stacks start together (so a failure finds siblings still running), then each does its
 * work in turn: every leaf goes UPDATE_IN_PROGRESS → UPDATE_COMPLETE, and a stack ends with
 * UPDATE_COMPLETE_CLEANUP_IN_PROGRESS → UPDATE_COMPLETE. With a failure, the failing leaf ends in
 * UPDATE_FAILED, the stacks above it roll back (UPDATE_ROLLBACK_IN_PROGRESS with the service's
 * "The following resource(s) failed to update" reason, the parent's resource failing with
 * "Embedded stack … was not successfully updated"), running siblings end "Resource update
 * cancelled", and every stack on the path finishes in UPDATE_ROLLBACK_COMPLETE.
 */
export function planUpdate(state: FakeCloudFormationState, rootNameOrId: string, failure?: DeployFailure): DeployStep[] {
  const planner = new UpdatePlanner(state, failure);
  planner.run(state.getStack(rootNameOrId), []);
  // Rollbacks finish inside out: the failing stack first, the root last.
  return [...planner.steps, ...planner.finishes.flat()];
}

class UpdatePlanner {
  readonly steps: DeployStep[] = [];
  /** Each rolling-back stack's remaining steps, innermost first. */
  readonly finishes: DeployStep[][] = [];
  private failed = false;

  constructor(
    private readonly state: FakeCloudFormationState,
    private readonly failure?: DeployFailure,
  ) {}

  /** Plans one stack's update; answers whether it failed (then the caller rolls back too). */
  run(stack: FakeStack, path: string[]): boolean {
    const id = stack.id;
    if (path.length === 0) this.steps.push((state) => [state.updateStatus(id, 'UPDATE_IN_PROGRESS')]);
    const leaves = stack.resources.filter((resource) => resource.type !== NESTED_STACK_TYPE);
    const nested = this.state.nestedStacksOf(id).map((child) => ({ child, logicalId: this.logicalIdOf(stack, child) }));
    const updated: string[] = [];
    for (const leaf of leaves) {
      const logicalId = leaf.logicalId;
      this.steps.push((state) => [state.updateResourceStatus(id, logicalId, 'UPDATE_IN_PROGRESS')]);
      if (this.failsHere(path, logicalId)) {
        const reason = this.failure!.reason;
        this.steps.push((state) => [state.updateResourceStatus(id, logicalId, 'UPDATE_FAILED', reason)]);
        this.rollBack(stack, logicalId, updated, []);
        return true;
      }
      this.steps.push((state) => [state.updateResourceStatus(id, logicalId, 'UPDATE_COMPLETE')]);
      updated.push(logicalId);
    }
    // Nested stacks start together; the service updates them in parallel.
    for (const { child } of nested) this.steps.push((state) => [state.updateStatus(child.id, 'UPDATE_IN_PROGRESS')]);
    for (const [index, { child, logicalId }] of nested.entries()) {
      if (this.run(child, [...path, logicalId])) {
        const running = nested.slice(index + 1).map((entry) => entry.child);
        this.rollBack(stack, logicalId, updated, running, child);
        return true;
      }
      this.steps.push((state) => [state.updateStatus(child.id, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')]);
      this.steps.push((state) => [state.updateStatus(child.id, 'UPDATE_COMPLETE')]);
    }
    if (path.length === 0) {
      this.steps.push((state) => [state.updateStatus(id, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS')]);
      this.steps.push((state) => [state.updateStatus(id, 'UPDATE_COMPLETE')]);
    }
    return false;
  }

  private failsHere(path: string[], logicalId: string): boolean {
    const failure = this.failure;
    if (!failure || this.failed) return false;
    const hit = failure.logicalId === logicalId && failure.stackPath.join('/') === path.join('/');
    if (hit) this.failed = true;
    return hit;
  }

  /**
   * The stack rolls back because `failedLogicalId` failed: running siblings are cancelled, updated
   * leaves go back, and the stack ends UPDATE_ROLLBACK_COMPLETE (a nested one also fails on its parent).
   */
  private rollBack(stack: FakeStack, failedLogicalId: string, updated: string[], running: FakeStack[], failedChild?: FakeStack): void {
    const id = stack.id;
    const reason = `The following resource(s) failed to update: [${failedLogicalId}].`;
    if (failedChild) {
      const childId = failedChild.id;
      this.steps.push((state) => [
        state.updateResourceStatus(
          id,
          failedLogicalId,
          'UPDATE_FAILED',
          `Embedded stack ${childId} was not successfully updated. Currently in UPDATE_ROLLBACK_IN_PROGRESS with reason: ${state.getStack(childId).statusReason ?? reason}`,
        ),
      ]);
    }
    for (const sibling of running) {
      const siblingId = sibling.id;
      const siblingLogicalId = this.logicalIdOf(stack, sibling);
      this.steps.push((state) => [state.updateResourceStatus(id, siblingLogicalId, 'UPDATE_FAILED', CANCELLED)]);
      this.steps.push((state) => [state.updateStatus(siblingId, 'UPDATE_ROLLBACK_IN_PROGRESS', CANCELLED)]);
      this.steps.push((state) => [state.updateStatus(siblingId, 'UPDATE_ROLLBACK_COMPLETE')]);
    }
    this.steps.push((state) => [state.updateStatus(id, 'UPDATE_ROLLBACK_IN_PROGRESS', reason)]);
    const finish: DeployStep[] = [];
    for (const logicalId of [...updated].reverse()) {
      finish.push((state) => [state.updateResourceStatus(id, logicalId, 'UPDATE_IN_PROGRESS')]);
      finish.push((state) => [state.updateResourceStatus(id, logicalId, 'UPDATE_COMPLETE')]);
    }
    finish.push((state) => [state.updateStatus(id, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS')]);
    finish.push((state) => [state.updateStatus(id, 'UPDATE_ROLLBACK_COMPLETE')]);
    this.finishes.push(finish);
  }

  private logicalIdOf(parent: FakeStack, child: FakeStack): string {
    const resource = parent.resources.find((candidate) => candidate.physicalId === child.id);
    if (!resource) throw new Error(`stack ${parent.name} has no resource for ${child.name}`);
    return resource.logicalId;
  }
}
