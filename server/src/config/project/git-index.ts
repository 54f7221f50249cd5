/**
 * The paths git tracks, read from the repository's index file (`.git/index`) without running
 * git: ignore rules say what git *would* leave out, the index says what is committed (or staged)
 * — a file that was committed before its ignore rule was added stays tracked.
 *
 * The format (git's Documentation/gitformat-index.txt): a 12-byte header `DIRC`, version (2, 3
 * or 4), entry count; then the entries, each 40 bytes of stat data, the object id (20 bytes, 32
 * in a SHA-256 repository), 16 bits of flags, 16 more in version 3+ when the flags' extended
 * bit is set, and the path — NUL-terminated and padded to a multiple of 8 bytes in versions 2 and
 * 3, prefix-compressed against the previous path in version 4. Extensions follow; a split index
 * (`link`) keeps entries in another file, so its paths cannot be listed from this one.
 *
 * The bytes come from a cloned repository, so they are untrusted: every read is bounds-checked,
 * and anything unexpected gives `undefined` (unknown), never a partial list.
 */
export interface TrackedPaths {
  /** Whether git tracks the file, or any file below the folder, at this top-relative path. */
  isTracked(topRelativePath: string, isDirectory: boolean): boolean;
  /** Number of entries, for tests and diagnostics. */
  readonly size: number;
}

const SIGNATURE = 0x44495243; // "DIRC"
const STAT_BYTES = 40;
const EXTENDED_FLAG = 0x4000;
/** More entries than any real index holds: beyond it the count is taken as corruption. */
const MAX_ENTRIES = 5_000_000;

export function parseGitIndex(bytes: Uint8Array, hashBytes = 20): TrackedPaths | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== SIGNATURE) return undefined;
  const version = view.getUint32(4);
  if (version < 2 || version > 4) return undefined;
  const count = view.getUint32(8);
  if (count > MAX_ENTRIES) return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const files = new Set<string>();
  const folders = new Set<string>();
  let offset = 12;
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const start = offset;
    const fixed = STAT_BYTES + hashBytes + 2;
    if (offset + fixed > bytes.length) return undefined;
    const mode = view.getUint32(start + 24);
    const flags = view.getUint16(start + STAT_BYTES + hashBytes);
    offset += fixed;
    if (version >= 3 && flags & EXTENDED_FLAG) {
      if (offset + 2 > bytes.length) return undefined;
      offset += 2;
    }
    let path: Uint8Array;
    if (version === 4) {
      const strip = readVarint(bytes, offset);
      if (!strip || strip.value > previous.length) return undefined;
      offset = strip.next;
      const end = bytes.indexOf(0, offset);
      if (end === -1) return undefined;
      const suffix = bytes.subarray(offset, end);
      path = new Uint8Array(previous.length - strip.value + suffix.length);
      path.set(previous.subarray(0, previous.length - strip.value));
      path.set(suffix, previous.length - strip.value);
      offset = end + 1;
    } else {
      const end = bytes.indexOf(0, offset);
      if (end === -1) return undefined;
      path = bytes.subarray(offset, end);
      // the entry (from its start) is padded with 1 to 8 NULs to a multiple of 8 bytes
      offset = start + Math.ceil((end + 1 - start) / 8) * 8;
      if (offset > bytes.length) return undefined;
    }
    previous = path;
    const text = decoder.decode(path);
    // a sparse index stores whole folders as entries of mode 040000
    if ((mode & 0o170000) === 0o040000) addFolder(folders, text.replace(/\/$/, ''));
    else {
      files.add(text);
      addFolder(folders, parentOf(text));
    }
  }
  if (hasExtension(bytes, view, offset, bytes.length - hashBytes, 'link')) return undefined;
  return {
    size: count,
    isTracked: (topRelativePath, isDirectory) => (isDirectory ? folders.has(topRelativePath) : files.has(topRelativePath)),
  };
}

/** git's offset varint: 7 bits a byte, big-endian, each continuation adding one. */
function readVarint(bytes: Uint8Array, offset: number): { value: number; next: number } | undefined {
  if (offset >= bytes.length) return undefined;
  let byte = bytes[offset++];
  let value = byte & 0x7f;
  while (byte & 0x80) {
    if (offset >= bytes.length || value > 0xffffff) return undefined;
    byte = bytes[offset++];
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return { value, next: offset };
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function addFolder(folders: Set<string>, folder: string): void {
  for (let current = folder; current !== '' && !folders.has(current); current = parentOf(current)) folders.add(current);
}

/** Whether one of the extensions between the entries and the trailing checksum has this signature. */
function hasExtension(bytes: Uint8Array, view: DataView, offset: number, end: number, signature: string): boolean {
  const wanted = [...signature].map((c) => c.charCodeAt(0));
  while (offset + 8 <= end) {
    if (wanted.every((code, i) => bytes[offset + i] === code)) return true;
    offset += 8 + view.getUint32(offset + 4);
  }
  return false;
}
