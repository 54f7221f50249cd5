import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { nodeProjectFiles } from 'amplify-lens-model/files';
import { configFileKindOf } from '../config/config-file-kind';
import { checkHostingFiles } from '../config/project/hosting-checks';
import type { ConfigFileLocation } from '../workspace/find-config-files';

/** How far above a project the repository root may be (`apps/web`, `packages/site/frontend`…). */
const MAX_LEVELS_UP = 8;
const HOSTING_FILES = ['amplify.yml', 'amplify.yaml', 'customHttp.yml', 'customHttp.yaml'];

/**
 * The folder holding `.git` (a folder in a clone, a file in a worktree or submodule) at or above
 * `dir`, at most MAX_LEVELS_UP levels up; undefined outside a repository, where Lens cannot
 * know which folder Hosting builds from.
 */
export async function repositoryRootOf(dir: string): Promise<string | undefined> {
  let current = dir;
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    if (
      await stat(join(current, '.git')).then(
        () => true,
        () => false,
      )
    )
      return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

export interface RepositoryHostingFiles {
  root: string;
  files: ConfigFileLocation[];
}

/**
 * Amplify Hosting reads `amplify.yml` and `customHttp.yml` at the repository root, a monorepo's
 * projects named by `applications[].appRoot` (Amplify Hosting's monorepo build settings): a
 * project in `apps/web` is deployed by files that are not its own. These are the repository
 * roots above the projects (not a project root itself, whose files the project's own check
 * reads), each once however many projects share it, with the Hosting files they hold.
 */
export async function repositoryHostingFiles(projectRoots: readonly string[]): Promise<RepositoryHostingFiles[]> {
  const roots = new Set<string>();
  for (const projectRoot of projectRoots) {
    const root = await repositoryRootOf(projectRoot);
    if (root && root !== projectRoot && !projectRoots.includes(root)) roots.add(root);
  }
  const found: RepositoryHostingFiles[] = [];
  for (const root of [...roots].sort()) {
    const files: ConfigFileLocation[] = [];
    for (const name of HOSTING_FILES) {
      const path = join(root, name);
      const kind = configFileKindOf(path);
      if (
        kind &&
        (await stat(path).then(
          (stats) => stats.isFile(),
          () => false,
        ))
      )
        files.push({ path, kind });
    }
    if (files.length > 0) found.push({ root, files });
  }
  return found;
}

/** The checks of those files against the front ends they build: their `appRoot`s, from the repository root. */
export function checkRepositoryHosting(root: string) {
  return checkHostingFiles(nodeProjectFiles(root));
}
