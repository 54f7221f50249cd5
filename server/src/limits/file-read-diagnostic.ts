import type { LensDiagnostic } from '../lens-diagnostic';
import { MAX_FILE_BYTES, type TextFileRead } from 'amplify-lens-model/files';
import { formatSize, TOO_LARGE_CODE } from './input-limits';

export const UNREADABLE_CODE = 'file-unreadable';
export const NOT_A_FILE_CODE = 'file-not-regular';

type FailedRead = Extract<TextFileRead, { ok: false }>;

/**
 * Why a file Lens should check could not be read, on that file. A file that cannot be read, or is
 * a pipe or a device where Amplify expects a schema or a configuration file, breaks Amplify's own
 * build just the same, so these are errors; a file past Lens' size bound is only unchecked, so a
 * warning.
 */
export function fileReadDiagnostic(uri: string, read: FailedRead): LensDiagnostic {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  switch (read.reason) {
    case 'not-a-file':
      return {
        uri,
        range,
        severity: 'error',
        code: NOT_A_FILE_CODE,
        message: `This is ${read.detail}, not a regular file, so Amplify Lens does not read it (neither can Amplify). Replace it with a regular file.`,
      };
    case 'too-large':
      return {
        uri,
        range,
        severity: 'warning',
        code: TOO_LARGE_CODE,
        message: `Amplify Lens does not read files larger than ${formatSize(MAX_FILE_BYTES)}, so this one was not checked. Split it into smaller files to have them checked.`,
      };
    default:
      return { uri, range, severity: 'error', code: UNREADABLE_CODE, message: `Amplify Lens could not read this file: ${remedy(read)}` };
  }
}

function remedy(read: FailedRead): string {
  switch (read.code) {
    case 'ELOOP':
      return 'it is a symbolic link that leads back to itself. Point the link at a real file.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied. Make the file readable.';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open. Close other programs, or raise the limit (`ulimit -n`), and check again.';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'it is a symbolic link to a file that does not exist. Point the link at a real file, or remove it.';
    default:
      return `${read.detail.replace(/\.$/, '')}.`;
  }
}
