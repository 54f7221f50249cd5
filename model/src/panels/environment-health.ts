/** A status a person reads at a glance, derived from the root and nested stacks. */
export type EnvironmentHealth =
  | 'deployed' // *_COMPLETE (not rollback), all nested stacks complete
  | 'deploying' // *_IN_PROGRESS on the root or a nested stack
  | 'failed' // *_FAILED, or a rollback completed after a failed update/create
  | 'deleting'
  | 'drifted' // deployed, but drift detection found changes
  | 'not-deployed' // known locally (e.g. team-provider-info) but no stack in the account/region
  | 'unknown'; // not loaded yet, or AWS could not be asked
