import { basename, relative } from 'node:path';
import type { AmplifyEnvironment, EnvironmentKind, EnvironmentResource, EnvironmentsSnapshot } from '../environments/environment-types';
import { environmentKey } from '../environments/environment-key';
import type { DeployAction } from './deploy-command-catalog';

/** What an action runs against: a project, and the environment (and resource) it was started from. */
export interface DeployTarget {
  projectRoot: string;
  generation: 1 | 2;
  environment?: AmplifyEnvironment;
  resource?: EnvironmentResource;
}

/** Accepts what a tree row passes (an environment, resource or project node) or nothing (the palette). */
export function targetFromArgument(argument: unknown, snapshots: readonly EnvironmentsSnapshot[]): DeployTarget | undefined {
  if (!argument || typeof argument !== 'object' || !('kind' in argument)) return undefined;
  const node = argument as { kind: string; environment?: AmplifyEnvironment; resource?: EnvironmentResource; snapshot?: EnvironmentsSnapshot };
  if (node.kind === 'environment' && node.environment) return environmentTarget(node.environment);
  if (node.kind === 'project' && node.snapshot) return { projectRoot: node.snapshot.projectRoot, generation: node.snapshot.generation };
  if (node.kind === 'resource' && node.resource) {
    const owner = snapshots.flatMap((snapshot) => snapshot.environments).find((env) => env.resources.includes(node.resource!));
    return owner ? { ...environmentTarget(owner), resource: node.resource } : undefined;
  }
  return undefined;
}

export function environmentTarget(environment: AmplifyEnvironment): DeployTarget {
  return { projectRoot: environment.projectRoot, generation: environment.kind === 'gen1-env' ? 1 : 2, environment };
}

const KIND_OF_ACTION: Partial<Record<DeployAction['id'], EnvironmentKind>> = {
  sandboxOnce: 'gen2-sandbox',
  sandboxWatch: 'gen2-sandbox',
  sandboxDelete: 'gen2-sandbox',
  branchDeploy: 'gen2-branch',
};

export interface TargetChoice {
  label: string;
  description?: string;
  target: DeployTarget;
}

/**
 * What the palette offers for an action: the environments it applies to, current ones first, and for
 * sandboxes also "your sandbox" in each Gen 2 project (ampx creates it on first deploy).
 */
export function targetChoices(action: DeployAction, snapshots: readonly EnvironmentsSnapshot[]): TargetChoice[] {
  const kind = KIND_OF_ACTION[action.id] ?? (action.generation === 1 ? 'gen1-env' : undefined);
  const choices: TargetChoice[] = [];
  for (const snapshot of snapshots.filter((candidate) => candidate.generation === action.generation)) {
    const project = basename(snapshot.projectRoot);
    const envs = snapshot.environments.filter((env) => !kind || env.kind === kind).sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
    for (const env of envs)
      choices.push({
        label: env.name,
        description: [project, env.isCurrent ? 'current' : undefined].filter(Boolean).join(' · '),
        target: environmentTarget(env),
      });
    const ownSandbox = snapshot.environments.some((env) => env.kind === 'gen2-sandbox' && env.isCurrent);
    if ((kind === 'gen2-sandbox' && !ownSandbox) || (!kind && envs.length === 0) || action.id === 'envAdd') {
      choices.push({
        label: kind === 'gen2-sandbox' ? 'Your sandbox' : project,
        description: relative(process.cwd(), snapshot.projectRoot) || project,
        target: { projectRoot: snapshot.projectRoot, generation: snapshot.generation },
      });
    }
  }
  return choices;
}

/** The key the lock and the outcome store use; a new sandbox is keyed like the one ampx will create. */
export function targetKey(target: DeployTarget, identifier = 'own'): string {
  if (target.environment) return environmentKey(target.environment);
  return environmentKey({ projectRoot: target.projectRoot, kind: target.generation === 1 ? 'gen1-env' : 'gen2-sandbox', name: identifier });
}
