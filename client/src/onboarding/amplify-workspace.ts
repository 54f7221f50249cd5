/**
 * What kind of Amplify workspace this is, as context keys for the manifest's `when` clauses: the
 * Amplify view and the project's commands appear only where there is a project, Gen 1 commands only
 * in Gen 1 projects and Gen 2 commands only in Gen 2 ones. Also decides whether the language server
 * has anything to do (an Amplify project, or Amplify Hosting's build settings). Reads the disk
 * only: no network, no process.
 */
import { join } from 'node:path';
import { fileExists } from 'amplify-lens-model/files';
import { PROJECT_SEARCH_DEPTH, findAmplifyProjects } from 'amplify-lens-model/project';

// The shared project search goes PROJECT_SEARCH_DEPTH levels down (`apps/<app>/amplify`,
// `packages/web/<app>/amplify`), as the language server's does and the manifest's
// `workspaceContains` activation events go.
export { PROJECT_SEARCH_DEPTH };

/** The files Amplify Hosting reads at a repository's root. */
const HOSTING_FILES = ['amplify.yml', 'amplify.yaml', 'customHttp.yml', 'customHttp.yaml'];

export const AMPLIFY_CONTEXT_KEYS = {
  /** A Gen 1 or Gen 2 project is in the workspace. */
  hasProject: 'amplifyLens.hasProject',
  hasGen1Project: 'amplifyLens.hasGen1Project',
  hasGen2Project: 'amplifyLens.hasGen2Project',
  /** The language server runs (it starts only when there is something Amplify to check). */
  languageServerEnabled: 'amplifyLens.languageServerEnabled',
} as const;

export interface AmplifyWorkspaceState {
  gen1: boolean;
  gen2: boolean;
  /** amplify.yml or customHttp.yml at a workspace folder's root. */
  hosting: boolean;
}

export const NO_AMPLIFY: AmplifyWorkspaceState = { gen1: false, gen2: false, hosting: false };

/** Projects and Hosting files in the given folders (paths on disk). */
export async function detectAmplifyWorkspace(folders: readonly string[], signal?: AbortSignal): Promise<AmplifyWorkspaceState> {
  const state = { ...NO_AMPLIFY };
  for (const folder of folders) {
    for (const project of await findAmplifyProjects(folder, signal)) {
      if (project.generation === 1) state.gen1 = true;
      else state.gen2 = true;
    }
    if (!state.hosting) state.hosting = (await Promise.all(HOSTING_FILES.map((name) => fileExists(join(folder, name))))).some(Boolean);
  }
  return state;
}

export function hasAmplifyProject(state: AmplifyWorkspaceState): boolean {
  return state.gen1 || state.gen2;
}

/** The language server checks schemas, configuration files and Hosting's YAML: it starts when one of those exists. */
export function needsLanguageServer(state: AmplifyWorkspaceState): boolean {
  return hasAmplifyProject(state) || state.hosting;
}

/** The context keys for a state, without the server's (set when it starts). */
export function contextKeysOf(state: AmplifyWorkspaceState): Record<string, boolean> {
  return {
    [AMPLIFY_CONTEXT_KEYS.hasProject]: hasAmplifyProject(state),
    [AMPLIFY_CONTEXT_KEYS.hasGen1Project]: state.gen1,
    [AMPLIFY_CONTEXT_KEYS.hasGen2Project]: state.gen2,
  };
}
