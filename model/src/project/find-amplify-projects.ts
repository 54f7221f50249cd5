import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AmplifyProject } from './amplify-project-types';
import { fileExists } from '../files/file-reading';

/** Folders that never hold an Amplify project of the user's own. */
const SKIPPED = new Set(['node_modules', 'build', 'dist', 'out', 'cdk.out', 'coverage', '#current-cloud-backend']);

/** What kind of Amplify project `root` is, if any. Gen 2 wins when a migrating project has both. */
export async function detectAmplifyProject(root: string): Promise<AmplifyProject | undefined> {
  if (await fileExists(join(root, 'amplify', 'backend.ts'))) return { root, generation: 2 };
  if (
    (await fileExists(join(root, 'amplify', 'backend', 'backend-config.json'))) ||
    (await fileExists(join(root, 'amplify', '.config', 'project-config.json')))
  ) {
    return { root, generation: 1 };
  }
  return undefined;
}

/**
 * Amplify projects at or below `folder`, breadth-first and a few levels deep (monorepos keep them in
 * `apps/*` or `packages/*`), never inside node_modules or hidden folders, and never one inside another.
 */
export async function findAmplifyProjects(folder: string, maxDepth = 3, signal?: AbortSignal): Promise<AmplifyProject[]> {
  const found: AmplifyProject[] = [];
  let level = [folder];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (signal?.aborted) return found;
      const project = await detectAmplifyProject(dir);
      if (project) {
        found.push(project);
        continue;
      }
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) next.push(join(dir, entry.name));
      }
    }
    level = next.sort();
  }
  return found;
}
