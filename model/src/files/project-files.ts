import { posix, resolve, sep } from 'node:path';
import { listDirectory, readTextFile, type DirectoryEntry } from './file-reading';
import { parseJson } from './json-values';

export type { DirectoryEntry };

/**
 * The project's files as the cross-file checks see them. Paths are relative to `root`, use
 * forward slashes, and may climb above it with `..` (a project's parent folders hold the
 * `.gitignore` files that apply to it). Missing files read as `undefined`, missing folders list
 * as empty: the checks decide what absence means.
 */
export interface ProjectFiles {
  /** The folder that holds `amplify/` (absolute, as the platform spells it). */
  root: string;
  readText(relativePath: string): Promise<string | undefined>;
  listDirectory(relativePath: string): Promise<DirectoryEntry[]>;
}

/** The absolute path of a project-relative path, in the platform's spelling. */
export function absolutePathOf(files: ProjectFiles, relativePath: string): string {
  return resolve(files.root, ...relativePath.split('/'));
}

/**
 * Files read from disk. `overlay` returns the text of a document open in an editor (unsaved
 * edits win over the disk), or `undefined` to read the disk.
 */
export function nodeProjectFiles(root: string, overlay?: (absolutePath: string) => string | undefined): ProjectFiles {
  return {
    root,
    async readText(relativePath) {
      const path = resolve(root, ...relativePath.split('/'));
      const open = overlay?.(path);
      return open !== undefined ? open : readTextFile(path);
    },
    listDirectory(relativePath) {
      return listDirectory(resolve(root, ...relativePath.split('/')));
    },
  };
}

/** A project file's JSON value; undefined when it is missing or not valid JSON. */
export async function readProjectJson(files: ProjectFiles, relativePath: string): Promise<unknown> {
  const text = await files.readText(relativePath);
  return text === undefined ? undefined : parseJson(text);
}

/** Whether a project file exists, asked of its folder's listing (which a cached reader keeps). */
export async function projectFileExists(files: ProjectFiles, relativePath: string): Promise<boolean> {
  const slash = relativePath.lastIndexOf('/');
  const name = relativePath.slice(slash + 1);
  const entries = await files.listDirectory(slash === -1 ? '.' : relativePath.slice(0, slash));
  return entries.some((entry) => entry.name === name && !entry.isDirectory);
}

/**
 * Files held in memory, for tests: keys are paths relative to `root` (`../.gitignore` allowed);
 * folders exist as far as some file lies inside them.
 */
export function memoryProjectFiles(root: string, files: Record<string, string>): ProjectFiles {
  const posixRoot = toPosix(root);
  const byPath = new Map<string, string>();
  for (const [relativePath, text] of Object.entries(files)) byPath.set(posix.join(posixRoot, relativePath), text);
  return {
    root,
    async readText(relativePath) {
      return byPath.get(posix.join(posixRoot, relativePath));
    },
    async listDirectory(relativePath) {
      const folder = posix.join(posixRoot, relativePath);
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const entries = new Map<string, boolean>();
      for (const path of byPath.keys()) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length).split('/');
        entries.set(rest[0], (entries.get(rest[0]) ?? false) || rest.length > 1);
      }
      return [...entries].map(([name, isDirectory]) => ({ name, isDirectory })).sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split('\\').join('/') : path;
}
