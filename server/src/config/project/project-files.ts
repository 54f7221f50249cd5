import { readdir, readFile, stat } from 'node:fs/promises';
import { posix, resolve, sep } from 'node:path';

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
  /**
   * A binary file (git's index), up to `maxBytes`: larger or missing ones read as `undefined`.
   * Optional: without it the checks work from text files alone.
   */
  readBytes?(relativePath: string, maxBytes: number): Promise<Uint8Array | undefined>;
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
      try {
        return await readFile(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    async readBytes(relativePath, maxBytes) {
      const path = resolve(root, ...relativePath.split('/'));
      try {
        const info = await stat(path);
        return info.isFile() && info.size <= maxBytes ? new Uint8Array(await readFile(path)) : undefined;
      } catch {
        return undefined;
      }
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
 * Files held in memory, for tests: keys are paths relative to `root` (`../.gitignore` allowed),
 * values texts or bytes; folders exist as far as some file lies inside them.
 */
export function memoryProjectFiles(root: string, files: Record<string, string | Uint8Array>): ProjectFiles {
  const posixRoot = toPosix(root);
  const byPath = new Map<string, string | Uint8Array>();
  for (const [relativePath, content] of Object.entries(files)) byPath.set(posix.join(posixRoot, relativePath), content);
  return {
    root,
    async readText(relativePath) {
      const content = byPath.get(posix.join(posixRoot, relativePath));
      return typeof content === 'string' ? content : undefined;
    },
    async readBytes(relativePath, maxBytes) {
      const content = byPath.get(posix.join(posixRoot, relativePath));
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return bytes && bytes.length <= maxBytes ? bytes : undefined;
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
