/**
 * The one module through which Lens reads a project's files from disk, in the extension and in
 * the language server alike: every other reader (the project model, the server's checks and
 * indexes) comes through here, so limits on what is read — only regular files, a size cap,
 * bounded concurrency — are added in one place and hold everywhere.
 *
 * Nothing here throws for a missing or unreadable file: a project is untrusted input and half of
 * its files may be absent; callers decide what absence means.
 */
import { readdir, stat } from 'node:fs/promises';
import { parseJson } from './json-values';
import { readTextFileOrUndefined } from './text-file-reader';

export interface DirectoryEntry {
  name: string;
  /** A real folder; a symbolic link is not followed and counts as a file. */
  isDirectory: boolean;
}

/**
 * A file's text (UTF-8), or undefined when it cannot be read: missing, not a regular file (a
 * named pipe, a device), too large, unreadable (text-file-reader.ts says why, for callers that report it).
 */
export async function readTextFile(path: string): Promise<string | undefined> {
  return readTextFileOrUndefined(path);
}

/** A folder's entries sorted by name; empty when it is missing or unreadable. */
export async function listDirectory(path: string): Promise<DirectoryEntry[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/** Whether `path` is a file (a link to one counts). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Whether `path` is a folder (a link to one counts). */
export async function directoryExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a JSON file; undefined when it is missing or not valid JSON (a half-saved file is not an error). */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  return text === undefined ? undefined : parseJson(text);
}
