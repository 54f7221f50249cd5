import { join } from 'node:path';
import { directoryExists, fileExists, listDirectory } from '../files/file-reading';
import type { AmplifyProject } from './amplify-project-types';

/**
 * How deep below a workspace folder projects are looked for. Monorepos keep them in `apps/<app>`
 * or `packages/<group>/<app>`; four levels reach `a/b/c/d/amplify` without walking a large
 * workspace whole. (The server searched four levels and the extension three; four keeps every
 * project the language server already analysed, and the sidebar now shows them too.)
 */
export const PROJECT_SEARCH_DEPTH = 4;

/**
 * Folders never worth descending into: dependencies, build output, CDK's and Amplify's own
 * generated trees. Hidden folders (`.git`, `.next`, `.amplify`, …) are skipped as well.
 */
const SKIPPED = new Set(['node_modules', 'build', 'dist', 'out', 'cdk.out', 'coverage', '#current-cloud-backend']);

/**
 * What kind of Amplify project `root` is, if any. Gen 2: `amplify/backend.ts`, which `ampx`
 * requires. Gen 1: the files `amplify init` writes (`backend/backend-config.json`,
 * `.config/project-config.json`), or an `amplify/backend/api` folder alone, as a schema copied
 * without the rest of the project has it. Gen 2 wins when a migrating project has both.
 */
export async function detectAmplifyProject(root: string): Promise<AmplifyProject | undefined> {
  const amplify = join(root, 'amplify');
  if (await fileExists(join(amplify, 'backend.ts'))) return { root, generation: 2 };
  if (
    (await fileExists(join(amplify, 'backend', 'backend-config.json'))) ||
    (await fileExists(join(amplify, '.config', 'project-config.json'))) ||
    (await directoryExists(join(amplify, 'backend', 'api')))
  ) {
    return { root, generation: 1 };
  }
  return undefined;
}

/**
 * Amplify projects at or below `folder`, breadth-first and in name order, never inside skipped
 * or hidden folders, and never one inside another (an Amplify project does not nest another).
 */
export async function findAmplifyProjects(folder: string, signal?: AbortSignal): Promise<AmplifyProject[]> {
  const found: AmplifyProject[] = [];
  let level = [folder];
  for (let depth = 0; depth <= PROJECT_SEARCH_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (signal?.aborted) return found;
      const project = await detectAmplifyProject(dir);
      if (project) {
        found.push(project);
        continue;
      }
      for (const entry of await listDirectory(dir)) {
        if (entry.isDirectory && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) next.push(join(dir, entry.name));
      }
    }
    level = next;
  }
  return found;
}
