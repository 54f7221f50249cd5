import { posix, sep } from 'node:path';
import { appendAll } from '../../collections/append-all';
import { GitignoreMatcher, parseGitignore, type IgnoreRule } from './gitignore-matcher';
import type { ProjectFiles } from './project-files';

/** How far above the project root to look for the repository's top folder. */
const MAX_LEVELS_UP = 12;

/** What git ignores in the repository holding a project, asked with project-relative paths. */
export interface ProjectIgnore {
  isIgnored(relativePath: string, isDirectory: boolean): boolean;
}

/**
 * Git's view of the project's files: the `.gitignore` files from the repository's top folder
 * (the first folder at or above the project holding `.git`) down to the project root, deeper
 * folders' files included, plus `.git/info/exclude`. Undefined when the project is in no git
 * repository: then nothing is committed and nothing needs ignoring. (A global
 * `core.excludesFile` is not read.)
 */
export async function loadProjectIgnore(files: ProjectFiles): Promise<ProjectIgnore | undefined> {
  const top = await findRepositoryTop(files);
  if (top === undefined) return undefined;
  const rules: IgnoreRule[] = [];
  const exclude = await files.readText(joinRelative(top.relativePath, '.git/info/exclude'));
  if (exclude !== undefined) appendAll(rules, parseGitignore(exclude, ''));
  // Folders from the top down to the project root, then every folder below the root.
  const above = top.projectPrefix === '' ? [] : top.projectPrefix.split('/');
  for (let depth = 0; depth <= above.length; depth++) {
    const base = above.slice(0, depth).join('/');
    const text = await files.readText(joinRelative(top.relativePath, base === '' ? '.gitignore' : `${base}/.gitignore`));
    if (text !== undefined) appendAll(rules, parseGitignore(text, base));
  }
  appendAll(rules, await nestedGitignoreRules(files, '', top.projectPrefix, new GitignoreMatcher(rules)));
  const matcher = new GitignoreMatcher(rules);
  return {
    isIgnored: (relativePath, isDirectory) =>
      matcher.isIgnored(top.projectPrefix === '' ? relativePath : `${top.projectPrefix}/${relativePath}`, isDirectory),
  };
}

/** `.gitignore` files in the project's sub-folders (the Amplify ones sit high, so the walk stays shallow). */
async function nestedGitignoreRules(
  files: ProjectFiles,
  folder: string,
  projectPrefix: string,
  outer: GitignoreMatcher,
  depth = 0,
): Promise<IgnoreRule[]> {
  if (depth > 3) return [];
  const rules: IgnoreRule[] = [];
  for (const entry of await files.listDirectory(folder === '' ? '.' : folder)) {
    if (!entry.isDirectory || entry.name === '.git' || entry.name === 'node_modules') continue;
    const child = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const topRelative = projectPrefix === '' ? child : `${projectPrefix}/${child}`;
    if (outer.isIgnored(topRelative, true)) continue;
    const text = await files.readText(`${child}/.gitignore`);
    if (text !== undefined) appendAll(rules, parseGitignore(text, topRelative));
    appendAll(rules, await nestedGitignoreRules(files, child, projectPrefix, outer, depth + 1));
  }
  return rules;
}

interface RepositoryTop {
  /** The top folder relative to the project root: '', '..', '../..', … */
  relativePath: string;
  /** The project root relative to the top folder ('' when they are the same). */
  projectPrefix: string;
}

async function findRepositoryTop(files: ProjectFiles): Promise<RepositoryTop | undefined> {
  const rootSegments = files.root.split(sep === '\\' ? /[\\/]/ : '/').filter((segment) => segment !== '');
  for (let up = 0; up <= Math.min(MAX_LEVELS_UP, rootSegments.length); up++) {
    const relativePath = up === 0 ? '' : Array.from({ length: up }, () => '..').join('/');
    const entries = await files.listDirectory(relativePath === '' ? '.' : relativePath);
    if (entries.some((entry) => entry.name === '.git')) {
      return { relativePath, projectPrefix: rootSegments.slice(rootSegments.length - up).join('/') };
    }
  }
  return undefined;
}

function joinRelative(folder: string, path: string): string {
  return folder === '' ? path : posix.join(folder, path);
}
