import type { Stack } from '../aws/aws-types';
import type { Gen1EnvInfo, Gen1ProjectInfo, Gen1ResourceInfo } from 'amplify-lens-model/project';
import { latestFailureReason } from './deploy-events';
import { deriveHealth } from './environment-health';
import { gen1Outputs } from './environment-outputs';
import type { AmplifyEnvironment, EnvironmentResource, ResourceCategory } from './environment-types';
import { readerFor, type StackReaderSource } from './stack-reader';
import { isFailed, isRolledBack, isRollingBack } from 'amplify-lens-model/presentation';
import { loadNestedStacks, logicalIdInParent } from './stack-tree';

const CATEGORIES: ReadonlySet<string> = new Set(['api', 'auth', 'storage', 'function', 'hosting', 'custom']);

/**
 * One Gen 1 env joined with its stacks: the root stack by the name the project recorded (its ARN
 * tells a deleted stack from one never deployed), nested stacks by root id, and each resource of
 * backend-config.json matched to its nested stack by logical id `<category><name>`.
 */
export async function loadGen1Environment(
  project: Gen1ProjectInfo,
  env: Gen1EnvInfo,
  source: StackReaderSource,
  signal?: AbortSignal,
): Promise<AmplifyEnvironment> {
  const base = gen1Base(project, env);
  if (!env.rootStackName) {
    return { ...base, health: 'not-deployed', healthReason: `No root stack recorded for ${env.name}; run amplify push to deploy it.` };
  }
  const reader = readerFor(source, { region: env.region, profile: env.profile });
  const root = await reader.describeStack(env.rootStackName, signal);
  if (!root) {
    const deleted = env.rootStackId ? await reader.describeStack(env.rootStackId, signal) : undefined;
    const healthReason =
      deleted?.status === 'DELETE_COMPLETE'
        ? `Its root stack ${env.rootStackName} was deleted.`
        : `No stack ${env.rootStackName} in ${reader.region}.`;
    return { ...base, health: 'not-deployed', healthReason };
  }
  const nestedStacks = await loadNestedStacks(root, reader, signal);
  const resources = project.resources.map((resource) => gen1Resource(resource, root, nestedStacks));
  const needsReason = isFailed(root.status) || isRolledBack(root.status) || isRollingBack(root.status);
  const reason = needsReason ? await latestFailureReason(reader, root, signal) : undefined;
  const { health, reason: healthReason } = deriveHealth(root, nestedStacks, reason);
  return {
    ...base,
    rootStack: root,
    nestedStacks,
    health,
    healthReason,
    lastDeployedAt: root.lastUpdatedAt ?? root.createdAt,
    resources,
    outputs: gen1Outputs(
      project.resources.map((resource, index) => ({
        category: resource.category,
        name: resource.name,
        stack: resources[index].stack,
        recordedOutputs: env.name === project.currentEnv ? resource.outputs : undefined,
      })),
    ),
    rawOutputs: root.outputs,
  };
}

/** The env as the files describe it, before (or without) AWS. */
export function gen1Base(project: Gen1ProjectInfo, env: Gen1EnvInfo): AmplifyEnvironment {
  return {
    kind: 'gen1-env',
    name: env.name,
    projectRoot: project.root,
    isCurrent: env.name === project.currentEnv,
    region: env.region,
    profile: env.profile,
    rootStackName: env.rootStackName,
    nestedStacks: [],
    health: 'unknown',
    resources: project.resources.map((resource) => ({
      category: categoryOf(resource.category),
      name: resource.name,
      definitionPath: resource.definitionPath,
    })),
    outputs: [],
    rawOutputs: [],
  };
}

function gen1Resource(resource: Gen1ResourceInfo, root: Stack, nestedStacks: readonly Stack[]): EnvironmentResource {
  const stack = nestedStacks.find((candidate) => candidate.parentId === root.id && logicalIdInParent(candidate, root) === resource.logicalId);
  return {
    category: categoryOf(resource.category),
    name: resource.name,
    stack,
    status: stack?.status,
    definitionPath: resource.definitionPath,
  };
}

function categoryOf(category: string): ResourceCategory {
  return CATEGORIES.has(category) ? (category as ResourceCategory) : 'other';
}
