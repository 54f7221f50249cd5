import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ProjectLocation {
  /** The folder that holds `amplify/`. */
  root: string;
  generation: 1 | 2;
}

/** Folders never worth descending into when looking for Amplify projects. */
const SKIPPED = new Set(['node_modules', '.git', 'build', 'dist', 'out', '.next', '.amplify', 'cdk.out', 'coverage']);

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** What kind of Amplify project `root` is, if any. Gen 2 wins when a migrating project has both. */
export async function detectProject(root: string): Promise<ProjectLocation | undefined> {
  if (await exists(join(root, 'amplify', 'backend.ts'))) return { root, generation: 2 };
  if (
    (await exists(join(root, 'amplify', 'backend', 'backend-config.json'))) ||
    (await exists(join(root, 'amplify', '.config', 'project-config.json'))) ||
    (await exists(join(root, 'amplify', 'backend', 'api')))
  ) {
    return { root, generation: 1 };
  }
  return undefined;
}

/**
 * Amplify projects at or below `folder` (monorepos keep them in sub-folders), breadth-first and
 * bounded in depth so a large workspace is not walked whole.
 */
export async function findAmplifyProjects(folder: string, maxDepth = 4): Promise<ProjectLocation[]> {
  const found: ProjectLocation[] = [];
  let level = [folder];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const project = await detectProject(dir);
      if (project) {
        found.push(project);
        continue; // an Amplify project does not nest another one
      }
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) {
          next.push(join(dir, entry.name));
        }
      }
    }
    level = next;
  }
  return found;
}
