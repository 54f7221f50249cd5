import { readFile, stat } from 'node:fs/promises';
import { absolutePathOf, type ProjectFiles } from 'amplify-lens-model/files';

/**
 * A binary file of the project (git's index), up to `maxBytes`; larger or missing ones read as
 * `undefined`. Read from disk below the project root, unless the files object serves bytes itself
 * (the in-memory projects of tests do, through `readBytes`).
 */
export interface ByteReader {
  readBytes(relativePath: string, maxBytes: number): Promise<Uint8Array | undefined>;
}

export async function readProjectBytes(files: ProjectFiles, relativePath: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const own = (files as ProjectFiles & Partial<ByteReader>).readBytes;
  if (own) return own.call(files, relativePath, maxBytes);
  const path = absolutePathOf(files, relativePath);
  try {
    const info = await stat(path);
    return info.isFile() && info.size <= maxBytes ? new Uint8Array(await readFile(path)) : undefined;
  } catch {
    return undefined;
  }
}
