/**
 * A CloudFormation stack status as an icon and a short phrase, for resource rows. The families
 * matter more than the exact status: anything in progress spins, a completed rollback is a failure
 * the user must look at (the stack runs the previous version), a completed create/update passes.
 */
import { humanizeStackStatus } from './display-format';
import type { ViewNodeIcon } from './view-node-icon';

export interface StackStatusPresentation {
  label: string;
  icon: ViewNodeIcon;
}

const PASS: ViewNodeIcon = { id: 'pass', color: 'testing.iconPassed' };
const FAIL: ViewNodeIcon = { id: 'error', color: 'testing.iconFailed' };
const DRIFT: ViewNodeIcon = { id: 'warning', color: 'list.warningForeground' };

/** A status that could not be read (CloudFormation unreachable): unknown, never "not deployed". */
export const UNKNOWN_STATUS_PRESENTATION: StackStatusPresentation = { label: 'unknown', icon: { id: 'question' } };

export function stackStatusPresentation(status: string | undefined, drifted = false): StackStatusPresentation {
  if (!status) return { label: 'not deployed', icon: { id: 'circle-outline' } };
  const label = humanizeStackStatus(status);
  if (status === 'DELETE_IN_PROGRESS') return { label, icon: { id: 'trash', color: 'list.warningForeground' } };
  if (status.endsWith('_IN_PROGRESS')) return { label, icon: { id: 'sync~spin' } };
  if (status.endsWith('_FAILED') || status.endsWith('ROLLBACK_COMPLETE')) return { label, icon: FAIL };
  if (status === 'DELETE_COMPLETE') return { label: 'deleted', icon: { id: 'circle-slash' } };
  if (status.endsWith('_COMPLETE')) return drifted ? { label: `${label}, drifted`, icon: DRIFT } : { label, icon: PASS };
  return { label, icon: { id: 'question' } };
}
