/**
 * Writes a git index (`.git/index`) for tests, following git's Documentation/gitformat-index.txt:
 * version 2 or 3 (NUL-padded paths, optionally an extended-flags entry) or 4 (prefix-compressed
 * paths), stat data zeroed, a fixed object id, and the extensions given (name and payload).
 */
export interface IndexOptions {
  version?: 2 | 3 | 4;
  hashBytes?: number;
  /** Paths whose entry carries the extended-flags word (version 3). */
  extended?: readonly string[];
  extensions?: readonly { signature: string; payload?: Uint8Array }[];
  /** Entry mode; 0o040000 writes a sparse-index folder entry. */
  modes?: Readonly<Record<string, number>>;
}

export function gitIndexBytes(paths: readonly string[], options: IndexOptions = {}): Uint8Array {
  const version = options.version ?? 2;
  const hashBytes = options.hashBytes ?? 20;
  const encoder = new TextEncoder();
  const chunks: number[] = [];
  const u32 = (value: number) => chunks.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
  const u16 = (value: number) => chunks.push((value >>> 8) & 0xff, value & 0xff);
  chunks.push(...encoder.encode('DIRC'));
  u32(version);
  u32(paths.length);
  let previous = new Uint8Array(0);
  for (const path of [...paths].sort()) {
    const start = chunks.length;
    const bytes = encoder.encode(path);
    for (let i = 0; i < 6; i++) u32(0); // ctime, mtime, dev, ino
    u32(options.modes?.[path] ?? 0o100644);
    for (let i = 0; i < 3; i++) u32(0); // uid, gid, size
    for (let i = 0; i < hashBytes; i++) chunks.push(0xab);
    const extended = version >= 3 && (options.extended ?? []).includes(path);
    u16((extended ? 0x4000 : 0) | Math.min(bytes.length, 0xfff));
    if (extended) u16(0x2000);
    if (version === 4) {
      let common = 0;
      while (common < previous.length && common < bytes.length && previous[common] === bytes[common]) common++;
      chunks.push(...varint(previous.length - common), ...bytes.subarray(common), 0);
    } else {
      chunks.push(...bytes, 0);
      while ((chunks.length - start) % 8 !== 0) chunks.push(0);
    }
    previous = bytes;
  }
  for (const { signature, payload = new Uint8Array(0) } of options.extensions ?? []) {
    chunks.push(...encoder.encode(signature));
    u32(payload.length);
    chunks.push(...payload);
  }
  for (let i = 0; i < hashBytes; i++) chunks.push(0xcd); // checksum (not verified)
  return new Uint8Array(chunks);
}

/** git's offset varint, as varint.c encode_varint writes it. */
function varint(value: number): number[] {
  const out = [value & 0x7f];
  while ((value >>= 7)) out.unshift(0x80 | (--value & 0x7f));
  return out;
}
