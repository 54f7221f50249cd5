import type { Stack } from '../aws/aws-types';
import type { Gen2ProjectInfo, Gen2Resource, Gen2ResourceKind } from 'amplify-lens-model/project';
import { latestFailureReason } from './deploy-events';
import { deriveHealth } from './environment-health';
import { gen2Outputs } from './environment-outputs';
import type { AmplifyEnvironment, EnvironmentResource } from './environment-types';
import { gen2StackName, hasNamespace, parseGen2StackName, type Gen2StackIdentity } from './gen2-stack-names';
import type { StackReader } from './stack-reader';
import { isFailed, isRolledBack, isRollingBack } from 'amplify-lens-model/presentation';
import { loadNestedStacks, logicalIdInParent } from './stack-tree';

export interface Gen2LoadOptions {
  /** The sandbox identifier of this machine (`--identifier`, else the OS user name). */
  currentSandboxIdentifier?: string;
  /** Amplify app ids whose branch deployments belong to this project. */
  appIds?: readonly string[];
  signal?: AbortSignal;
}

/** The CDK construct ids amplify-backend gives each category's nested stack (logical id = id + 8 hex digits). */
const NESTED_STACK_IDS: Record<Gen2ResourceKind, string> = { auth: 'auth', data: 'data', storage: 'storage', function: 'function' };

/**
 * A Gen 2 project's sandboxes and branch deployments, found the way amplify-backend lists backends:
 * root stacks whose names parse as backend identifiers, confirmed by their `amplify:deployment-type`
 * tag. Only this project's are kept: sandboxes by its namespace, branches by its app ids.
 */
export async function loadGen2Environments(
  project: Gen2ProjectInfo,
  reader: StackReader,
  options: Gen2LoadOptions,
): Promise<AmplifyEnvironment[]> {
  const { signal } = options;
  const appIds = new Set(options.appIds ?? []);
  const candidates = (await reader.listStacks(signal))
    .filter((summary) => !summary.parentId)
    .map((summary) => ({ summary, identity: parseGen2StackName(summary.name) }))
    .filter(({ identity }) => identity && belongsToProject(identity, project, appIds));
  const roots = await reader.describeStacks(
    candidates.map(({ summary }) => summary.name),
    signal,
  );
  const currentSandbox =
    project.namespace && options.currentSandboxIdentifier
      ? gen2StackName(project.namespace, options.currentSandboxIdentifier, 'sandbox')
      : undefined;
  const environments: AmplifyEnvironment[] = [];
  for (const root of roots) {
    const identity = parseGen2StackName(root.name);
    if (!identity || root.tags['amplify:deployment-type'] !== identity.type) continue;
    environments.push(await gen2Environment(project, root, identity, reader, root.name === currentSandbox, options));
  }
  // The current sandbox first, then sandboxes, then branches, each by name.
  const rank = (env: AmplifyEnvironment) => (env.isCurrent ? 0 : env.kind === 'gen2-sandbox' ? 1 : 2);
  return environments.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

function belongsToProject(identity: Gen2StackIdentity, project: Gen2ProjectInfo, appIds: ReadonlySet<string>): boolean {
  if (identity.type === 'sandbox') return project.namespace !== undefined && hasNamespace(identity, project.namespace);
  if (identity.type === 'branch') return appIds.has(identity.namespace);
  return false;
}

async function gen2Environment(
  project: Gen2ProjectInfo,
  root: Stack,
  identity: Gen2StackIdentity,
  reader: StackReader,
  isCurrent: boolean,
  options: Gen2LoadOptions,
): Promise<AmplifyEnvironment> {
  const nestedStacks = await loadNestedStacks(root, reader, options.signal);
  const needsReason = isFailed(root.status) || isRolledBack(root.status) || isRollingBack(root.status);
  const reason = needsReason ? await latestFailureReason(reader, root, options.signal) : undefined;
  const { health, reason: healthReason } = deriveHealth(root, nestedStacks, reason);
  const sandbox = identity.type === 'sandbox';
  return {
    kind: sandbox ? 'gen2-sandbox' : 'gen2-branch',
    name: sandbox
      ? isCurrent && options.currentSandboxIdentifier
        ? options.currentSandboxIdentifier
        : identity.name
      : (root.tags['amplify:branch-name'] ?? identity.name),
    projectRoot: project.root,
    isCurrent,
    region: reader.region,
    profile: reader.profile,
    rootStackName: root.name,
    rootStack: root,
    nestedStacks,
    health,
    healthReason,
    lastDeployedAt: root.lastUpdatedAt ?? root.createdAt,
    resources: project.resources.map((resource) => gen2Resource(resource, root, nestedStacks)),
    outputs: gen2Outputs(root),
    rawOutputs: root.outputs,
  };
}

function gen2Resource(resource: Gen2Resource, root: Stack, nestedStacks: readonly Stack[]): EnvironmentResource {
  const id = NESTED_STACK_IDS[resource.kind];
  const pattern = new RegExp(`^${id}[0-9A-F]{8}$`);
  const stack = nestedStacks.find((candidate) => candidate.parentId === root.id && pattern.test(logicalIdInParent(candidate, root) ?? ''));
  return {
    category: resource.kind,
    name: resource.name ?? resource.exportName,
    stack,
    status: stack?.status,
    definitionPath: resource.file,
  };
}
