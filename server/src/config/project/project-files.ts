import { readdir } from 'node:fs/promises';
import { posix, resolve, sep } from 'node:path';
import { readTextFileOrUndefined } from '../../workspace/text-file-reader';

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
}

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
      if (open !== undefined) return open;
      // Never blocks on a named pipe, never reads a device; anything unreadable reads as absent.
      return readTextFileOrUndefined(path);
    },
    async listDirectory(relativePath) {
      try {
        const entries = await readdir(resolve(root, ...relativePath.split('/')), { withFileTypes: true });
        return entries
          .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
          .sort((a, b) => a.name.localeCompare(b.name));
      } catch {
        return [];
      }
    },
  };
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
      return [...entries]
        .map(([name, isDirectory]) => ({ name, isDirectory }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split('\\').join('/') : path;
}
