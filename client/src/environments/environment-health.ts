import type { Stack } from '../aws/aws-types';
import type { EnvironmentHealth } from './environment-types';
import { isFailed, isInProgress, isRolledBack, isRollingBack } from 'amplify-lens-model/presentation';

export interface DerivedHealth {
  health: EnvironmentHealth;
  reason?: string;
}

/**
 * An environment's health from its root and nested stacks. The root speaks first (deleting, in
 * progress, failed, rolled back); a nested stack that is still moving or failed while the root looks
 * settled is reported too; drift on any stack turns "deployed" into "drifted". `failureReason` is the
 * reason found in the events of the failed deploy, which the root's status reason usually is not.
 */
export function deriveHealth(root: Stack | undefined, nested: readonly Stack[], failureReason?: string): DerivedHealth {
  if (!root || root.status === 'DELETE_COMPLETE') return { health: 'not-deployed' };
  const status = root.status;
  if (status === 'DELETE_IN_PROGRESS') return { health: 'deleting', reason: root.statusReason };
  if (status === 'DELETE_FAILED') return { health: 'failed', reason: failureReason ?? root.statusReason ?? 'The stack could not be deleted.' };
  if (isRollingBack(status)) return { health: 'deploying', reason: `Rolling back${reasonSuffix(failureReason ?? root.statusReason)}` };
  if (isInProgress(status)) return { health: 'deploying', reason: inProgressReason(root, nested) };
  if (isFailed(status)) return { health: 'failed', reason: failureReason ?? root.statusReason };
  if (isRolledBack(status)) {
    const what = status === 'ROLLBACK_COMPLETE' ? 'The first deploy failed and was rolled back' : 'The last deploy failed and was rolled back';
    return { health: 'failed', reason: `${what}${reasonSuffix(failureReason ?? root.statusReason)}` };
  }
  const moving = nested.find((stack) => isInProgress(stack.status));
  if (moving) return { health: 'deploying', reason: `${moving.name} is ${moving.status}` };
  const broken = nested.find((stack) => isFailed(stack.status));
  if (broken) return { health: 'failed', reason: `${broken.name} is ${broken.status}${reasonSuffix(broken.statusReason)}` };
  const drifted = [root, ...nested].filter((stack) => stack.driftStatus === 'DRIFTED');
  if (drifted.length > 0) {
    return { health: 'drifted', reason: `Changed outside CloudFormation: ${drifted.map((stack) => stack.name).join(', ')}` };
  }
  return { health: 'deployed' };
}

function inProgressReason(root: Stack, nested: readonly Stack[]): string {
  const moving = nested.filter((stack) => isInProgress(stack.status)).length;
  return moving > 0 ? `${root.status} (${moving} nested stack${moving === 1 ? '' : 's'} in progress)` : root.status;
}

function reasonSuffix(reason: string | undefined): string {
  return reason ? `: ${reason}` : '';
}
