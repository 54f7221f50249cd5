/** How CloudFormation's stack statuses read to a person, as predicates over the status string. */

export function isInProgress(status: string): boolean {
  return status.endsWith('_IN_PROGRESS');
}

export function isFailed(status: string): boolean {
  return status.endsWith('_FAILED');
}

/** A rollback that completed: the operation failed and was undone (CREATE → ROLLBACK_COMPLETE, UPDATE/IMPORT → *_ROLLBACK_COMPLETE). */
export function isRolledBack(status: string): boolean {
  return status === 'ROLLBACK_COMPLETE' || status === 'UPDATE_ROLLBACK_COMPLETE' || status === 'IMPORT_ROLLBACK_COMPLETE';
}

export function isRollingBack(status: string): boolean {
  return status.includes('ROLLBACK') && isInProgress(status);
}

/** The first event of an operation on a stack. */
export function isOperationStart(status: string): boolean {
  return (
    status === 'CREATE_IN_PROGRESS' || status === 'UPDATE_IN_PROGRESS' || status === 'DELETE_IN_PROGRESS' || status === 'IMPORT_IN_PROGRESS'
  );
}
