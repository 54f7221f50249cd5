import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { isPathWithin } from 'amplify-lens-model/files';

/** The `amplifyLens.logs.tailOnDebug` setting. */
export type TailOnDebugMode = 'function' | 'always' | 'off';

/** A function of an Amplify project and the folder holding its code. */
export interface ProjectFunction {
  projectRoot: string;
  name: string;
  folder: string;
}

/** The parts of a debug configuration that say what runs; any launch or attach config has them or not. */
export interface DebugConfigurationLike {
  name?: string;
  type?: string;
  program?: unknown;
  cwd?: unknown;
  args?: unknown;
  /** AWS Toolkit's SAM configurations: `{ target: 'code', projectRoot }` or `{ target: 'template', logicalId }`. */
  invokeTarget?: unknown;
}

/**
 * The functions of an environment with their folders: Gen 1 keeps each in
 * `amplify/backend/function/<name>`, Gen 2 beside its `resource.ts` (`amplify/functions/<name>`).
 */
export function projectFunctions(environment: AmplifyEnvironment): ProjectFunction[] {
  return environment.resources
    .filter((resource) => resource.category === 'function')
    .map((resource) => ({
      projectRoot: environment.projectRoot,
      name: resource.name,
      folder:
        environment.kind === 'gen1-env' || !resource.definitionPath
          ? join(environment.projectRoot, 'amplify', 'backend', 'function', resource.name)
          : dirname(isAbsolute(resource.definitionPath) ? resource.definitionPath : join(environment.projectRoot, resource.definitionPath)),
    }));
}

/**
 * Which functions' logs to tail for a debug configuration: those whose folder holds its program,
 * cwd, an argument path or SAM project root, or whose name it names (`Debug summarizePost`). With
 * `always`, a configuration that matches no function tails every function of the projects in its
 * workspace folder; with `off`, none.
 */
export function matchDebugFunctions(
  configuration: DebugConfigurationLike,
  workspaceFolder: string | undefined,
  functions: readonly ProjectFunction[],
  mode: TailOnDebugMode,
): ProjectFunction[] {
  if (mode === 'off') return [];
  const paths = configurationPaths(configuration, workspaceFolder);
  const words = new Set(
    [configuration.name, invokeTargetField(configuration, 'logicalId')].flatMap((text) =>
      typeof text === 'string' ? text.toLowerCase().split(/[^a-z0-9_-]+/) : [],
    ),
  );
  const matched = functions.filter((fn) => paths.some((path) => isPathWithin(path, fn.folder)) || words.has(fn.name.toLowerCase()));
  if (matched.length > 0 || mode !== 'always' || !workspaceFolder) return matched;
  return functions.filter((fn) => isPathWithin(fn.projectRoot, workspaceFolder) || isPathWithin(workspaceFolder, fn.projectRoot));
}

function configurationPaths(configuration: DebugConfigurationLike, workspaceFolder: string | undefined): string[] {
  const args = Array.isArray(configuration.args) ? configuration.args : [];
  const candidates = [configuration.program, configuration.cwd, invokeTargetField(configuration, 'projectRoot'), ...args];
  return candidates.flatMap((value) => {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const expanded = workspaceFolder ? value.replace(/\$\{workspaceFolder(?::[^}]*)?\}/g, workspaceFolder) : value;
    if (expanded.includes('${')) return [];
    if (isAbsolute(expanded)) return [normalize(expanded)];
    return workspaceFolder && /[\\/]/.test(expanded) ? [normalize(join(workspaceFolder, expanded))] : [];
  });
}

function invokeTargetField(configuration: DebugConfigurationLike, field: string): unknown {
  const target = configuration.invokeTarget;
  return target && typeof target === 'object' ? (target as Record<string, unknown>)[field] : undefined;
}
