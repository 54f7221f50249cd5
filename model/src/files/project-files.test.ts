import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absolutePathOf, memoryProjectFiles, nodeProjectFiles } from './project-files';

describe('nodeProjectFiles', () => {
  let folder: string;
  let root: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'lens-project-files-'));
    root = join(folder, 'app');
    await mkdir(join(root, 'amplify', 'backend', 'api', 'blog'), { recursive: true });
    await writeFile(join(root, 'amplify', 'backend', 'backend-config.json'), '{"api":{}}');
    await writeFile(join(folder, '.gitignore'), 'node_modules/\n');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads files relative to the root, and above it', async () => {
    const files = nodeProjectFiles(root);
    expect(await files.readText('amplify/backend/backend-config.json')).toBe('{"api":{}}');
    expect(await files.readText('../.gitignore')).toBe('node_modules/\n');
    expect(await files.readText('amplify/missing.json')).toBeUndefined();
  });

  it('lists folders sorted, telling folders from files; a missing folder lists empty', async () => {
    const files = nodeProjectFiles(root);
    expect(await files.listDirectory('amplify/backend')).toEqual([
      { name: 'api', isDirectory: true },
      { name: 'backend-config.json', isDirectory: false },
    ]);
    expect(await files.listDirectory('amplify/nothing')).toEqual([]);
  });

  it('prefers the open editor text over the disk', async () => {
    const path = join(root, 'amplify', 'backend', 'backend-config.json');
    const files = nodeProjectFiles(root, (absolutePath) => (absolutePath === path ? '{"edited":true}' : undefined));
    expect(await files.readText('amplify/backend/backend-config.json')).toBe('{"edited":true}');
    expect(await files.readText('../.gitignore')).toBe('node_modules/\n');
  });

  it('turns relative paths into absolute ones', () => {
    expect(absolutePathOf(nodeProjectFiles(root), 'amplify/backend.ts')).toBe(join(root, 'amplify', 'backend.ts'));
  });
});

describe('memoryProjectFiles', () => {
  const files = memoryProjectFiles('/p/app', {
    'amplify/backend/backend-config.json': '{}',
    'amplify/backend/api/blog/schema.graphql': '',
    '../.gitignore': 'x',
  });

  it('reads by relative path, normalizing . and ..', async () => {
    expect(await files.readText('amplify/backend/backend-config.json')).toBe('{}');
    expect(await files.readText('./amplify/backend/../backend/backend-config.json')).toBe('{}');
    expect(await files.readText('../.gitignore')).toBe('x');
    expect(await files.readText('nope')).toBeUndefined();
  });

  it('derives folders from the files inside them', async () => {
    expect(await files.listDirectory('amplify/backend')).toEqual([
      { name: 'api', isDirectory: true },
      { name: 'backend-config.json', isDirectory: false },
    ]);
    expect(await files.listDirectory('..')).toEqual([
      { name: '.gitignore', isDirectory: false },
      { name: 'app', isDirectory: true },
    ]);
    expect(await files.listDirectory('amplify/none')).toEqual([]);
  });
});
