import { isAbsolute, join, relative, sep } from 'node:path';
import type { ProjectLink } from 'amplify-lens-model/panels';

/**
 * Where in the project a failed resource comes from: a path the CloudFormation reason names (with a
 * line when it gives one), else the file that defines the resource — Gen 1 `amplify/backend/<category>/<name>/…`
 * from its nested stack's logical id `<category><name>`, Gen 2 `amplify/<category>/resource.ts` (or
 * the function's own folder) from the CDK logical id `<category><hash>`.
 */
export interface FailedResource {
  /** Logical ids of the nested stacks from the root down to the resource's stack (root excluded). */
  stackPath: string[];
  logicalId: string;
  resourceType: string;
  reason: string;
}

export interface ProjectLinkContext {
  projectRoot: string;
  generation: 1 | 2;
  /** Gen 1 resources (category and name) from backend-config.json, to split `<category><name>`. */
  gen1Resources?: { category: string; name: string }[];
  fileExists(path: string): boolean;
}

const GEN1_CATEGORIES = [
  'api',
  'auth',
  'function',
  'storage',
  'hosting',
  'custom',
  'analytics',
  'notifications',
  'interactions',
  'predictions',
  'geo',
];
const PATH_IN_REASON =
  /((?:[A-Za-z]:)?[\w@.\-\\/]*amplify[\\/][\w@.\-\\/]+\.(?:graphql|ts|tsx|js|mjs|cjs|json|py))(?:[:(](\d+)(?:[:,](\d+))?\)?)?/;

export function projectLinkFor(resource: FailedResource, context: ProjectLinkContext): ProjectLink | undefined {
  return linkFromReason(resource.reason, context) ?? definitionLink(resource, context);
}

function linkFromReason(reason: string, context: ProjectLinkContext): ProjectLink | undefined {
  const match = PATH_IN_REASON.exec(reason);
  if (!match) return undefined;
  const path = isAbsolute(match[1]!) ? match[1]! : join(context.projectRoot, match[1]!);
  const inside = relative(context.projectRoot, path);
  if (inside.startsWith('..') || isAbsolute(inside) || !context.fileExists(path)) return undefined;
  const line = match[2] ? Number(match[2]) : undefined;
  const column = match[3] ? Number(match[3]) : undefined;
  return { path, line, column, label: `${inside.split(sep).join('/')}${line ? `:${line}` : ''}` };
}

function definitionLink(resource: FailedResource, context: ProjectLinkContext): ProjectLink | undefined {
  const candidates = context.generation === 1 ? gen1Candidates(resource, context) : gen2Candidates(resource);
  for (const candidate of candidates) {
    const path = join(context.projectRoot, ...candidate.split('/'));
    if (context.fileExists(path)) return { path, label: candidate.replace(/^amplify\//, '') };
  }
  return undefined;
}

function gen1Candidates(resource: FailedResource, context: ProjectLinkContext): string[] {
  const top = resource.stackPath[0];
  if (!top) return [];
  const known = context.gen1Resources?.find((candidate) => `${candidate.category}${candidate.name}` === top);
  const category = known?.category ?? GEN1_CATEGORIES.find((candidate) => top.startsWith(candidate) && top.length > candidate.length);
  if (!category) return [];
  const name = known?.name ?? top.slice(category.length);
  const folder = `amplify/backend/${category}/${name}`;
  const own =
    category === 'api'
      ? ['schema.graphql']
      : category === 'function'
        ? ['src/index.js', 'src/index.ts', 'src/index.py', 'function-parameters.json']
        : [];
  return [...own, 'cli-inputs.json', 'parameters.json', `${name}-cloudformation-template.json`].map((file) => `${folder}/${file}`);
}

function gen2Candidates(resource: FailedResource): string[] {
  const top = resource.stackPath[0];
  // CDK appends an 8-hex-digit hash to the construct id: `auth179371D7`, `function1351588B`.
  const category = top?.replace(/[0-9A-F]{8}$/, '');
  if (category === 'function') {
    const name = /^(.+?)lambda/.exec(resource.logicalId)?.[1];
    return name
      ? [...functionFolders(name).map((folder) => `amplify/functions/${folder}/resource.ts`), 'amplify/backend.ts']
      : ['amplify/backend.ts'];
  }
  if (category) return [`amplify/${category}/resource.ts`, 'amplify/backend.ts'];
  return ['amplify/backend.ts'];
}

/** `sayHello` lives in `functions/sayHello` or, by the docs' convention, `functions/say-hello`. */
function functionFolders(name: string): string[] {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return kebab === name ? [name] : [name, kebab];
}
