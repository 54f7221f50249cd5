import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFileWithReason } from './text-file-reader';

const posix = process.platform !== 'win32';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lens-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTextFileWithReason', () => {
  it('reads a regular file', async () => {
    await writeFile(join(dir, 'schema.graphql'), 'type Post { id: ID! }\n');
    expect(await readTextFileWithReason(join(dir, 'schema.graphql'))).toEqual({ ok: true, text: 'type Post { id: ID! }\n' });
  });

  it('says a missing file is missing', async () => {
    expect(await readTextFileWithReason(join(dir, 'none.graphql'))).toMatchObject({ ok: false, reason: 'missing', code: 'ENOENT' });
  });

  it.skipIf(!posix)('does not wait on a named pipe nobody writes to', async () => {
    const pipe = join(dir, 'pipe.graphql');
    execFileSync('mkfifo', [pipe]);
    expect(await readTextFileWithReason(pipe)).toEqual({ ok: false, reason: 'not-a-file', detail: 'a named pipe' });
  });

  it.skipIf(!posix)('does not read a device', async () => {
    await symlink('/dev/zero', join(dir, 'zero.graphql'));
    expect(await readTextFileWithReason(join(dir, 'zero.graphql'))).toEqual({ ok: false, reason: 'not-a-file', detail: 'a device' });
  });

  it.skipIf(!posix)('reports a symbolic link to itself', async () => {
    await symlink('loop.graphql', join(dir, 'loop.graphql'));
    expect(await readTextFileWithReason(join(dir, 'loop.graphql'))).toMatchObject({ ok: false, reason: 'unreadable', code: 'ELOOP' });
  });

  it('reports a folder as not a file', async () => {
    expect(await readTextFileWithReason(dir)).toMatchObject({ ok: false, reason: 'not-a-file', detail: 'a folder' });
  });

  it('does not read past its size bound', async () => {
    await writeFile(join(dir, 'big.json'), 'x'.repeat(2048));
    expect(await readTextFileWithReason(join(dir, 'big.json'), 1024)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await readTextFileWithReason(join(dir, 'big.json'), 4096)).toMatchObject({ ok: true });
  });

  it('reads 2,000 files asked for at once, a few at a time', async () => {
    const paths = await Promise.all(
      Array.from({ length: 2_000 }, async (_, i) => {
        const path = join(dir, `many-${i}.graphql`);
        await writeFile(path, `type T${i} { id: ID! }\n`);
        return path;
      }),
    );
    const reads = await Promise.all(paths.map((path) => readTextFileWithReason(path)));
    expect(reads.every((read, i) => read.ok && read.text === `type T${i} { id: ID! }\n`)).toBe(true);
  });
});
