import { isAbsolute, posix, relative, sep } from 'node:path';
import { parseGitIndex, type TrackedPaths } from './git-index';
import { appendAll } from '../../collections/append-all';
import { GitignoreMatcher, parseGitignore, type IgnoreRule } from './gitignore-matcher';
import type { ProjectFiles } from 'amplify-lens-model/files';
import { readProjectBytes } from './project-bytes';

/** How far above the project root to look for the repository's top folder. */
const MAX_LEVELS_UP = 12;

/** What git ignores in the repository holding a project, asked with project-relative paths. */
export interface ProjectIgnore {
  isIgnored(relativePath: string, isDirectory: boolean): boolean;
  /**
   * Whether git tracks the file (or something below the folder), read from the index; undefined
   * when the index cannot be read (a split index, an unknown format, no index yet).
   */
  isTracked(relativePath: string, isDirectory: boolean): boolean | undefined;
}

/** Indexes beyond this size are not read (the largest monorepos stay well below it). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

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
  const tracked = await readTrackedPaths(files, top);
  const topRelative = (relativePath: string) => (top.projectPrefix === '' ? relativePath : `${top.projectPrefix}/${relativePath}`);
  return {
    isIgnored: (relativePath, isDirectory) => matcher.isIgnored(topRelative(relativePath), isDirectory),
    isTracked: (relativePath, isDirectory) => tracked?.isTracked(topRelative(relativePath), isDirectory),
  };
}

/**
 * The repository's index. `.git` is a folder, or (worktrees, submodules) a file saying
 * `gitdir: <path>`; a SHA-256 repository says so in its config. Nothing is executed.
 */
async function readTrackedPaths(files: ProjectFiles, top: RepositoryTop): Promise<TrackedPaths | undefined> {
  const dotGit = joinRelative(top.relativePath, '.git');
  let gitDir = dotGit;
  const pointer = await files.readText(dotGit);
  if (pointer !== undefined) {
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(pointer);
    if (!match) return undefined;
    gitDir = isAbsolute(match[1]) ? toProjectRelative(files, match[1]) : posix.join(top.relativePath || '.', match[1]);
  }
  const bytes = await readProjectBytes(files, posix.join(gitDir, 'index'), MAX_INDEX_BYTES);
  if (!bytes) return undefined;
  const commonDir = (await files.readText(posix.join(gitDir, 'commondir')))?.trim();
  const config =
    (await files.readText(posix.join(gitDir, 'config'))) ??
    (commonDir
      ? await files.readText(posix.join(isAbsolute(commonDir) ? toProjectRelative(files, commonDir) : posix.join(gitDir, commonDir), 'config'))
      : undefined);
  const sha256 = config !== undefined && /^\s*objectformat\s*=\s*sha256\s*$/im.test(config);
  return parseGitIndex(bytes, sha256 ? 32 : 20);
}

function toProjectRelative(files: ProjectFiles, absolutePath: string): string {
  return relative(files.root, absolutePath).split(sep).join('/') || '.';
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
