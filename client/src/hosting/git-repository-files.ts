/**
 * What a project's git repository says about itself, read from its files without running git (a
 * cloned repository's hooks and config must not run): the checked-out branch from `HEAD`, the
 * remotes' URLs from `config`, and the local branch names from `refs/heads` and `packed-refs`.
 * Follows a `.git` file (`gitdir: …`) to a worktree's or submodule's folder and its `commondir`.
 * Everything here is untrusted text: sizes are capped and nothing is executed or interpreted.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { directoryExists, fileExists, listDirectory, readTextFile } from 'amplify-lens-model/files';

export interface GitRepositoryInfo {
  /** The folder holding `.git`. */
  root: string;
  /** Where refs and config live: `.git`, or the main repository's for a worktree. */
  commonDir: string;
  /** The checked-out branch; undefined when HEAD is detached. */
  currentBranch?: string;
  /** Remote name → URL, as `[remote "origin"] url = …` says. */
  remotes: Record<string, string>;
  /** Local branch names (at most a few thousand). */
  localBranches: string[];
}

/** Folders above the project Lens looks through for `.git` (a monorepo keeps it at its top). */
const MAX_LEVELS_UP = 6;
const MAX_FILE_CHARS = 1_000_000;
const MAX_BRANCHES = 5_000;

export async function readGitRepository(projectRoot: string): Promise<GitRepositoryInfo | undefined> {
  let folder = resolve(projectRoot);
  for (let level = 0; level <= MAX_LEVELS_UP; level++) {
    const dotGit = join(folder, '.git');
    const gitDir = (await directoryExists(dotGit)) ? dotGit : (await fileExists(dotGit)) ? await followGitFile(dotGit) : undefined;
    if (gitDir) return readGitDir(folder, gitDir);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return undefined;
}

async function followGitFile(path: string): Promise<string | undefined> {
  const text = (await readTextFile(path))?.slice(0, 4096);
  const target = /^gitdir:\s*(.+?)\s*$/m.exec(text ?? '')?.[1];
  if (!target) return undefined;
  const gitDir = isAbsolute(target) ? target : resolve(dirname(path), target);
  return (await directoryExists(gitDir)) ? gitDir : undefined;
}

async function readGitDir(root: string, gitDir: string): Promise<GitRepositoryInfo> {
  // A worktree's own folder holds HEAD; config and refs live in the common folder it names.
  const common = (await readTextFile(join(gitDir, 'commondir')))?.trim();
  const commonDir = common ? resolve(gitDir, common) : gitDir;
  const head = (await readTextFile(join(gitDir, 'HEAD')))?.slice(0, 4096) ?? '';
  const config = (await readTextFile(join(commonDir, 'config')))?.slice(0, MAX_FILE_CHARS) ?? '';
  return {
    root,
    commonDir,
    currentBranch: parseHead(head),
    remotes: parseRemotes(config),
    localBranches: await localBranches(commonDir),
  };
}

/** `ref: refs/heads/feature/x` → `feature/x`; a detached HEAD (a commit id) → undefined. */
export function parseHead(text: string): string | undefined {
  const ref = /^ref:\s*refs\/heads\/(.+?)\s*$/m.exec(text)?.[1];
  return ref && isPlausibleBranchName(ref) ? ref : undefined;
}

/** The `url` of each `[remote "<name>"]` section of a git config file. */
export function parseRemotes(config: string): Record<string, string> {
  const remotes: Record<string, string> = {};
  let remote: string | undefined;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      remote = /^\[remote\s+"([^"\\]{1,200})"\]$/.exec(line)?.[1];
      continue;
    }
    if (!remote || remotes[remote] !== undefined) continue;
    const url = /^url\s*=\s*(.+)$/i
      .exec(line)?.[1]
      ?.replace(/^"(.*)"$/, '$1')
      .trim();
    if (url && url.length <= 2048) remotes[remote] = url;
  }
  return remotes;
}

async function localBranches(commonDir: string): Promise<string[]> {
  const names = new Set<string>();
  const walk = async (folder: string, prefix: string, depth: number): Promise<void> => {
    if (depth > 8 || names.size >= MAX_BRANCHES) return;
    for (const entry of await listDirectory(folder)) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory) await walk(join(folder, entry.name), `${name}/`, depth + 1);
      else if (isPlausibleBranchName(name)) names.add(name);
      if (names.size >= MAX_BRANCHES) return;
    }
  };
  await walk(join(commonDir, 'refs', 'heads'), '', 0);
  const packed = (await readTextFile(join(commonDir, 'packed-refs')))?.slice(0, MAX_FILE_CHARS) ?? '';
  for (const match of packed.matchAll(/^[0-9a-f]{40,64} refs\/heads\/(.+)$/gm)) {
    if (names.size >= MAX_BRANCHES) break;
    if (isPlausibleBranchName(match[1]!)) names.add(match[1]!);
  }
  return [...names].sort();
}

/** Git's own rules, loosely: no control characters, spaces, `..`, or the characters git refuses. */
function isPlausibleBranchName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$/.test(name);
}
