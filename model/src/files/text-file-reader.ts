import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reads the text of a file from a project Lens did not write, safely. Anything a cloned repository
 * holds is untrusted: where a schema or configuration file should be there may be a named pipe
 * (opening it waits for a writer, forever), `/dev/zero` (endless), a symbolic link to itself, a file
 * of gigabytes, or a thousand schema files when the process may open 256 (macOS' default).
 *
 * So: at most a few files are open at once, the rest wait their turn; a file is opened without
 * blocking and read only if it is a regular file, and only up to a size; running out of file
 * descriptors is retried a few times; and every failure is a value saying why, never an exception
 * and never an empty text (an empty schema would make its types "unknown" everywhere else).
 *
 * Node only: this module imports nothing of the server or the client.
 */
export type TextFileRead =
  | { ok: true; text: string }
  | {
      ok: false;
      /** `missing`: no such file (or a link to none); `not-a-file`: a folder, pipe, device or socket. */
      reason: 'missing' | 'not-a-file' | 'too-large' | 'unreadable';
      /** What went wrong, for a message: `a named pipe`, `ELOOP: too many symbolic links`, `24 MB`. */
      detail: string;
      /** The system's error code, when there was one (`ELOOP`, `EACCES`, `EMFILE`). */
      code?: string;
    };

/** A generous bound: Lens' own input limits are lower, this one only keeps a read from filling memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Files open at once. Far below any process limit, and more than enough to keep the disk busy. */
const MAX_OPEN_FILES = 16;

/** Waits before retrying when the process or system ran out of file descriptors (EMFILE, ENFILE). */
const RETRY_DELAYS_MS = [20, 50, 100, 250, 500, 1000];

export async function readTextFileWithReason(path: string, maxBytes = MAX_FILE_BYTES): Promise<TextFileRead> {
  return openFiles.run(() => readWithRetries(path, maxBytes));
}

/** The text, or undefined when the file cannot be read for whatever reason. */
export async function readTextFileOrUndefined(path: string, maxBytes = MAX_FILE_BYTES): Promise<string | undefined> {
  const read = await readTextFileWithReason(path, maxBytes);
  return read.ok ? read.text : undefined;
}

async function readWithRetries(path: string, maxBytes: number): Promise<TextFileRead> {
  for (let attempt = 0; ; attempt++) {
    const read = await readOnce(path, maxBytes);
    const outOfDescriptors = !read.ok && (read.code === 'EMFILE' || read.code === 'ENFILE');
    if (!outOfDescriptors || attempt >= RETRY_DELAYS_MS.length) return read;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
  }
}

async function readOnce(path: string, maxBytes: number): Promise<TextFileRead> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe for reading would otherwise wait until something writes to it.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file', detail: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', detail: `${stats.size} bytes` };
    return await readUpTo(handle, stats.size, maxBytes);
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Reads to the end, but never more than `maxBytes` (a file may grow while it is read). */
async function readUpTo(handle: FileHandle, expectedSize: number, maxBytes: number): Promise<TextFileRead> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(Math.max(expectedSize - total, 64 * 1024), maxBytes + 1 - total)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return { ok: false, reason: 'too-large', detail: `more than ${maxBytes} bytes` };
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}

function failure(error: unknown): TextFileRead {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return { ok: false, reason: 'missing', detail, code };
  if (code === 'EISDIR') return { ok: false, reason: 'not-a-file', detail: 'a folder', code };
  return { ok: false, reason: 'unreadable', detail, ...(code ? { code } : {}) };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A counting semaphore: `run` starts a task when fewer than `max` run, otherwise it queues. */
class TaskLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.max) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, so a newcomer cannot take it in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const openFiles = new TaskLimiter(MAX_OPEN_FILES);
