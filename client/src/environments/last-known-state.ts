/**
 * What Lens shows while CloudFormation cannot be read: the state is unknown, and why, never "not
 * deployed". What the previous load read (stacks, resources and their statuses, outputs) stays on
 * screen, marked stale with the time it was read, so a network drop or an expired session does not
 * make a deployed backend look gone. A real answer (a stack that is not there) replaces it.
 */
import type { AmplifyEnvironment, EnvironmentLoadProblem, EnvironmentsSnapshot } from './environment-types';

/** Problems that say nothing about the stacks: AWS could not be asked, or did not answer. */
const UNREAD: ReadonlySet<EnvironmentLoadProblem['kind']> = new Set([
  'no-credentials',
  'sso-expired',
  'access-denied',
  'throttled',
  'network',
  'unknown',
]);

/** An environment whose stacks could not be read in this load (the loader leaves it `unknown`, without a root stack). */
export function wasNotRead(environment: AmplifyEnvironment): boolean {
  return environment.health === 'unknown' && !environment.rootStack && !environment.stale;
}

/**
 * The new snapshot, with each environment that could not be read given its last known state from
 * the previous snapshot (when there was one), marked stale. A Gen 2 project whose listing failed
 * keeps its previous environments, all stale.
 */
export function withLastKnownState(previous: EnvironmentsSnapshot | undefined, next: EnvironmentsSnapshot): EnvironmentsSnapshot {
  if (!previous || previous.projectRoot !== next.projectRoot) return next;
  const known = new Map(previous.environments.map((environment) => [keyOf(environment), { environment, readAt: previous.loadedAt }]));
  const listingFailed = next.problem !== undefined && UNREAD.has(next.problem.kind);
  if (next.environments.length === 0 && listingFailed && previous.environments.length > 0) {
    return {
      ...next,
      environments: previous.environments.map((environment) => staleCopy(environment, previous.loadedAt, next.problem!.message)),
    };
  }
  const environments = next.environments.map((environment) => {
    if (!wasNotRead(environment)) return environment;
    const last = known.get(keyOf(environment));
    if (!last || (!last.environment.rootStack && !last.environment.stale)) return environment;
    return staleCopy(
      last.environment,
      last.readAt,
      environment.healthReason ?? next.problem?.message ?? 'CloudFormation could not be read.',
      environment,
    );
  });
  return { ...next, environments };
}

/**
 * The last known environment, its health unknown with the reason; `current` brings what the
 * project's files say now (the checked-out env, the profile), which needs no AWS to know.
 */
function staleCopy(last: AmplifyEnvironment, readAt: Date, reason: string, current?: AmplifyEnvironment): AmplifyEnvironment {
  const since = last.stale?.since ?? readAt;
  const lastHealth = last.stale?.lastHealth ?? last.health;
  return {
    ...last,
    ...(current ? { isCurrent: current.isCurrent, region: current.region, profile: current.profile } : {}),
    health: 'unknown',
    healthReason: reason,
    stale: { since, reason, lastHealth },
  };
}

/** The environment's identity across loads (as `environmentKey` of the views). */
function keyOf(environment: Pick<AmplifyEnvironment, 'projectRoot' | 'kind' | 'name'>): string {
  return JSON.stringify([environment.projectRoot, environment.kind, environment.name]);
}
