import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './repo-root';

export const EXAMPLES_DIR = join(repoRoot(), 'examples');

/** A throwaway copy of an example project (or an empty folder), so tests may edit files freely. */
export class TempProject {
  private constructor(readonly root: string) {}

  static async fromExample(name: string): Promise<TempProject> {
    const root = await mkdtemp(join(tmpdir(), 'amplify-lens-'));
    await cp(join(EXAMPLES_DIR, name), root, { recursive: true });
    return new TempProject(root);
  }

  static async empty(): Promise<TempProject> {
    return new TempProject(await mkdtemp(join(tmpdir(), 'amplify-lens-')));
  }

  path(...segments: string[]): string {
    return join(this.root, ...segments);
  }

  async write(relativePath: string, text: string): Promise<string> {
    const path = this.path(relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    return path;
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}
