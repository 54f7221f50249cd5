import type { AmplifyEnvironment } from './environment-types';

/**
 * Identity of an environment across refreshes (snapshots are replaced, objects are not kept). A
 * domain word: the views, the deploy commands and the overview panel all key environments by it.
 */
export function environmentKey(environment: Pick<AmplifyEnvironment, 'projectRoot' | 'kind' | 'name'>): string {
  return JSON.stringify([environment.projectRoot, environment.kind, environment.name]);
}
