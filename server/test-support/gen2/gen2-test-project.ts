import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const WORKER_PATH = join(REPO_ROOT, 'server/out/gen2-schema-worker.js');

/** The packages a Gen 2 project has installed that Lens uses: the transpiler and the data-schema builder. */
export const GEN2_PACKAGES = ['esbuild', '@aws-amplify/data-schema'];

/**
 * A Gen 2 project in a temporary folder, its node_modules linking the repository's own installed
 * packages (real ones: the same esbuild and @aws-amplify/data-schema a project gets from npm).
 */
export class Gen2TestProject {
  private constructor(readonly root: string) {}

  static async create(files: Record<string, string>, packages: readonly string[] = GEN2_PACKAGES): Promise<Gen2TestProject> {
    const root = await mkdtemp(join(tmpdir(), 'amplify-lens-gen2-'));
    const project = new Gen2TestProject(root);
    await project.write('package.json', '{ "name": "gen2-test", "private": true, "type": "module" }');
    await project.write('amplify/package.json', '{ "type": "module" }');
    for (const [path, text] of Object.entries(files)) await project.write(path, text);
    for (const name of packages) {
      const target = join(REPO_ROOT, 'node_modules', name);
      const link = join(root, 'node_modules', name);
      await mkdir(dirname(link), { recursive: true });
      await symlink(target, link, 'dir').catch(() => undefined);
    }
    return project;
  }

  path(relative: string): string {
    return join(this.root, relative);
  }

  async write(relative: string, text: string): Promise<string> {
    const path = this.path(relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    return path;
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}
