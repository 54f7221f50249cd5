import { describe, expect, it } from 'vitest';
import { CachedProjectFiles } from './cached-project-files';
import type { ProjectFiles } from './project-files';

function countingFiles(texts: Record<string, string>) {
  const reads: string[] = [];
  const files: ProjectFiles = {
    root: '/projects/app',
    async readText(path) {
      reads.push(path);
      return texts[path];
    },
    async listDirectory(path) {
      reads.push(`${path}/`);
      return [{ name: 'x.json', isDirectory: false }];
    },
  };
  return { files, reads };
}

describe('CachedProjectFiles', () => {
  it('reads each file and folder once within the time to live', async () => {
    const { files, reads } = countingFiles({ 'a.json': '{}' });
    let now = 1000;
    const cached = new CachedProjectFiles(
      files,
      () => false,
      2000,
      () => now,
    );
    expect(await cached.readText('a.json')).toBe('{}');
    await cached.readText('a.json');
    await cached.listDirectory('amplify');
    await cached.listDirectory('amplify');
    expect(reads).toEqual(['a.json', 'amplify/']);
    now += 2001;
    await cached.readText('a.json');
    expect(reads).toEqual(['a.json', 'amplify/', 'a.json']);
  });

  it('reads again after invalidate, and never caches texts open in an editor', async () => {
    const { files, reads } = countingFiles({ 'a.json': '{}', 'open.json': '{"x":1}' });
    const cached = new CachedProjectFiles(
      files,
      (path) => path === 'open.json',
      60_000,
      () => 0,
    );
    await cached.readText('a.json');
    cached.invalidate();
    await cached.readText('a.json');
    await cached.readText('open.json');
    await cached.readText('open.json');
    expect(reads).toEqual(['a.json', 'a.json', 'open.json', 'open.json']);
  });
});
