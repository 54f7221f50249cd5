/**
 * The Resources view as plain data: the focused environment's resources grouped by category (API,
 * Auth, Storage, …), each with its nested stack's status and a click that opens the file defining it
 * (Gen 1: the resource's folder file; Gen 2: its `resource.ts`). While CloudFormation cannot be
 * read a status is unknown, never "not deployed"; one read before shows as last known.
 */
import { isAbsolute, join } from 'node:path';
import type { AmplifyEnvironment, EnvironmentResource, ResourceCategory } from '../environments/environment-types';
import {
  UNKNOWN_STATUS_PRESENTATION,
  escapeMarkdown,
  inlineCode,
  markdownLines,
  stackStatusPresentation,
  utcTimestamp,
} from 'amplify-lens-model/presentation';
import { environmentKey } from '../environments/environment-key';
import type { ViewNode, ViewNodeIcon } from './view-node';

export const OPEN_RESOURCE_DEFINITION_COMMAND = 'amplifyLens.openResourceDefinition';

export interface CategoryNode extends ViewNode {
  kind: 'category';
  category: ResourceCategory;
  environment: AmplifyEnvironment;
}
export interface ResourceNode extends ViewNode {
  kind: 'resource';
  resource: EnvironmentResource;
  /** Absolute path of the defining file, when known. */
  definitionFile?: string;
}
export interface ResourcesMessageNode extends ViewNode {
  kind: 'message';
}
export type ResourcesViewNode = CategoryNode | ResourceNode | ResourcesMessageNode;

/** Display order: what people open most first. */
const CATEGORIES: readonly { category: ResourceCategory; title: string; icon: ViewNodeIcon }[] = [
  { category: 'api', title: 'API', icon: { id: 'symbol-interface' } },
  { category: 'data', title: 'Data', icon: { id: 'database' } },
  { category: 'auth', title: 'Auth', icon: { id: 'shield' } },
  { category: 'storage', title: 'Storage', icon: { id: 'archive' } },
  { category: 'function', title: 'Functions', icon: { id: 'symbol-function' } },
  { category: 'hosting', title: 'Hosting', icon: { id: 'globe' } },
  { category: 'custom', title: 'Custom', icon: { id: 'extensions' } },
  { category: 'other', title: 'Other', icon: { id: 'symbol-misc' } },
];

export function resourcesChildNodes(environment: AmplifyEnvironment | undefined, parent?: ResourcesViewNode): ResourcesViewNode[] {
  if (parent) return parent.kind === 'category' ? categoryResourceNodes(parent.environment, parent.category) : [];
  if (!environment) return [message('no-environment', 'Select an environment to see its resources')];
  const present = CATEGORIES.filter(({ category }) => environment.resources.some((resource) => resource.category === category));
  if (present.length === 0) return [message(`empty:${environmentKey(environment)}`, `No resources in ${environment.name}`)];
  return present.map(({ category, title, icon }) => {
    const count = environment.resources.filter((resource) => resource.category === category).length;
    return {
      kind: 'category',
      category,
      environment,
      id: `category:${environmentKey(environment)}:${category}`,
      label: title,
      description: String(count),
      icon,
      contextValue: `resourceCategory.${category}`,
      collapse: 'expanded',
    };
  });
}

function categoryResourceNodes(environment: AmplifyEnvironment, category: ResourceCategory): ResourceNode[] {
  return environment.resources
    .filter((resource) => resource.category === category)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
    .map((resource) => resourceNode(environment, resource));
}

export function resourceNode(environment: AmplifyEnvironment, resource: EnvironmentResource): ResourceNode {
  const status = resource.status ?? resource.stack?.status;
  const unknown = environment.health === 'unknown';
  const presentation =
    !status && unknown ? UNKNOWN_STATUS_PRESENTATION : stackStatusPresentation(status, resource.stack?.driftStatus === 'DRIFTED');
  const lastKnown = unknown && status !== undefined;
  const stale = environment.stale;
  const definitionFile = resource.definitionPath && resolveDefinitionPath(environment.projectRoot, resource.definitionPath);
  return {
    kind: 'resource',
    resource,
    definitionFile,
    id: `resource:${environmentKey(environment)}:${resource.category}:${resource.name}`,
    label: resource.name,
    description: lastKnown ? `${presentation.label} · last known` : presentation.label,
    icon: presentation.icon,
    tooltip: markdownLines([
      `**${escapeMarkdown(resource.name)}** — ${resource.category}`,
      lastKnown
        ? `Status: ${escapeMarkdown(presentation.label)}, last known${stale ? ` (read ${utcTimestamp(stale.since)})` : ''}`
        : `Status: ${escapeMarkdown(presentation.label)}`,
      unknown && `$(question) The current state is unknown: ${escapeMarkdown(environment.healthReason ?? 'CloudFormation could not be read.')}`,
      resource.stack?.statusReason && `Reason: ${escapeMarkdown(resource.stack.statusReason)}`,
      resource.stack && `Stack: ${inlineCode(resource.stack.name)}`,
      resource.definitionPath && `Defined in ${inlineCode(resource.definitionPath)}`,
    ]),
    contextValue: `resource.${resource.category}`,
    command: definitionFile ? { command: OPEN_RESOURCE_DEFINITION_COMMAND, title: 'Open Definition', arguments: [definitionFile] } : undefined,
    collapse: 'none',
  };
}

/** Definition paths may be absolute or relative to the project folder. */
export function resolveDefinitionPath(projectRoot: string, definitionPath: string): string {
  return isAbsolute(definitionPath) ? definitionPath : join(projectRoot, definitionPath);
}

function message(id: string, label: string): ResourcesMessageNode {
  return { kind: 'message', id: `message:${id}`, label, icon: { id: 'info' }, collapse: 'none' };
}
