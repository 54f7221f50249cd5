import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, win32 } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFrame, type FrameResolverFiles } from './log-frame-resolver';

let workspace: string;
let gen1: string;
let gen2: string;

function file(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '// source\n');
  return path;
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'frames-'));
  gen1 = join(workspace, 'gen1-app');
  gen2 = join(workspace, 'gen2-app');
  file(join(gen1, 'amplify/backend/function/summarizePost/src/index.js'));
  file(join(gen1, 'amplify/backend/function/summarizePost/src/lib/summarize.ts'));
  file(join(gen1, 'amplify/backend/function/post/src/index.js'));
  file(join(gen1, 'amplify/backend/function/resizer/src/app.py'));
  file(join(gen1, 'amplify/backend/function/resizer/src/only-here.js'));
  file(join(gen2, 'amplify/functions/say-hello/handler.ts'));
  file(join(gen2, 'amplify/functions/say-hello/resource.ts'));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const frame = (logGroup: string, path: string, line = 12, column?: number) => ({ logGroup, path, line, column });

describe('resolveFrame', () => {
  it('maps /var/task of a Gen 1 function (<name>-<env>) to its src folder', async () => {
    const result = await resolveFrame(frame('/aws/lambda/summarizePost-dev', '/var/task/index.js', 12, 5), [gen1, gen2]);
    expect(result).toEqual({ kind: 'found', file: join(gen1, 'amplify/backend/function/summarizePost/src/index.js'), line: 12, column: 5 });
  });

  it('prefers the longest function name the log group starts with', async () => {
    const result = await resolveFrame(frame('/aws/lambda/post-dev', '/var/task/index.js'), [gen1]);
    expect(result).toMatchObject({ kind: 'found', file: join(gen1, 'amplify/backend/function/post/src/index.js') });
  });

  it('opens the TypeScript source beside compiled JavaScript', async () => {
    const result = await resolveFrame(frame('/aws/lambda/summarizePost-dev', '/var/task/lib/summarize.js'), [gen1]);
    expect(result).toMatchObject({ kind: 'found', file: join(gen1, 'amplify/backend/function/summarizePost/src/lib/summarize.ts') });
  });

  it("maps a Gen 2 bundle to the function's handler.ts", async () => {
    const result = await resolveFrame(
      frame('/aws/lambda/amplify-d1abc-main-branch-7f-sayhellolambda1A2B3C-xYz', 'file:///var/task/index.mjs', 40, 3),
      [gen1, gen2],
    );
    expect(result).toEqual({ kind: 'found', file: join(gen2, 'amplify/functions/say-hello/handler.ts'), line: 40, column: 3 });
  });

  it('resolves Python frames and relative paths', async () => {
    expect(await resolveFrame(frame('/aws/lambda/resizer-prod', '/var/task/app.py', 8), [gen1])).toMatchObject({
      kind: 'found',
      file: join(gen1, 'amplify/backend/function/resizer/src/app.py'),
    });
    expect(await resolveFrame(frame('/aws/lambda/resizer-prod', './app.py', 8), [gen1])).toMatchObject({
      kind: 'found',
      file: join(gen1, 'amplify/backend/function/resizer/src/app.py'),
    });
  });

  it('falls back to the one function that has the file when the log group names none', async () => {
    const result = await resolveFrame(frame('/aws/lambda/custom-name', '/var/task/only-here.js'), [gen1]);
    expect(result).toMatchObject({ kind: 'found', file: join(gen1, 'amplify/backend/function/resizer/src/only-here.js') });
  });

  it('refuses an ambiguous file, a layer, a missing file and a path that leaves the function', async () => {
    expect(await resolveFrame(frame('/aws/lambda/custom-name', '/var/task/index.js'), [gen1])).toEqual({
      kind: 'not-found',
      reason: 'index.js exists in 2 functions and /aws/lambda/custom-name names none of them.',
    });
    expect((await resolveFrame(frame('/aws/lambda/summarizePost-dev', '/opt/nodejs/node_modules/x.js'), [gen1])).kind).toBe('not-found');
    expect(await resolveFrame(frame('/aws/lambda/summarizePost-dev', '/var/task/missing.js'), [gen1])).toEqual({
      kind: 'not-found',
      reason: 'missing.js was not found in function summarizePost.',
    });
    expect((await resolveFrame(frame('/aws/lambda/summarizePost-dev', '/var/task/../../etc/passwd'), [gen1])).kind).toBe('not-found');
  });

  it('opens an absolute path only inside a project', async () => {
    const inside = join(gen1, 'amplify/backend/function/post/src/index.js');
    expect(await resolveFrame(frame('/aws/lambda/post-dev', inside), [gen1])).toMatchObject({ kind: 'found', file: inside });
    expect((await resolveFrame(frame('/aws/lambda/post-dev', inside), [gen2])).kind).toBe('not-found');
  });
});

describe('resolveFrame with Windows path rules (the project on a Windows disk, tested anywhere)', () => {
  const root = 'C:\\Users\\dev\\app';
  const fn = `${root}\\amplify\\backend\\function\\resizer\\src`;
  const disk = new Set([
    `${fn}\\app.py`,
    `${fn}\\lib\\util.py`,
    `${root}\\secrets.txt`,
    'C:\\Users\\dev\\.aws\\credentials',
    'D:\\other\\app.py',
  ]);
  const files: FrameResolverFiles = {
    isFile: async (path) => disk.has(path),
    directories: async (path) => (path === `${root}\\amplify\\backend\\function` ? ['resizer'] : []),
  };
  const resolve = (path: string) => resolveFrame(frame('/aws/lambda/resizer-dev', path, 3), [root], files, win32);

  it('maps frames with either separator into the function folder', async () => {
    expect(await resolve('/var/task/app.py')).toMatchObject({ kind: 'found', file: `${fn}\\app.py` });
    expect(await resolve('lib\\util.py')).toMatchObject({ kind: 'found', file: `${fn}\\lib\\util.py` });
    expect(await resolve('.\\lib/util.py')).toMatchObject({ kind: 'found', file: `${fn}\\lib\\util.py` });
  });

  it("never climbs out: a Python frame's ..\\..\\ segments, a drive letter or an absolute path elsewhere", async () => {
    for (const path of [
      '..\\..\\..\\..\\..\\secrets.txt',
      '/var/task/..\\..\\..\\..\\..\\..\\secrets.txt',
      'lib\\..\\..\\..\\..\\..\\..\\..\\.aws\\credentials',
      'C:secrets.txt',
      'D:\\other\\app.py',
      '\\\\server\\share\\app.py',
    ]) {
      expect(await resolve(path), path).toMatchObject({ kind: 'not-found' });
    }
  });

  it('opens an absolute Windows path only inside a project, whatever its case', async () => {
    expect(await resolve(`${fn}\\app.py`)).toMatchObject({ kind: 'found' });
    expect((await resolve('c:\\users\\dev\\app\\..\\secrets.txt')).kind).toBe('not-found');
  });

  it("does not resolve Lambda's runtime", async () => {
    expect(await resolve('/var/runtime/bootstrap.py')).toEqual({
      kind: 'not-found',
      reason: "/var/runtime/bootstrap.py is Lambda's runtime, not the project's code.",
    });
  });
});
