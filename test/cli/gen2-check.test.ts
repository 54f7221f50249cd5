import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo-root';
import { TempProject } from '../support/temp-project';

const CLI = resolve(__dirname, '../../server/out/cli.js');
const RESOURCE = 'amplify/data/resource.ts';
const run = promisify(execFile);

async function check(args: string[], cwd: string) {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('amplify-lens check on a Gen 2 TypeScript schema', () => {
  let project: TempProject;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen2-todo');
    await mkdir(project.path('node_modules/@aws-amplify'), { recursive: true });
    await symlink(join(repoRoot(), 'node_modules/esbuild'), project.path('node_modules/esbuild'), 'dir');
    await symlink(join(repoRoot(), 'node_modules/@aws-amplify/data-schema'), project.path('node_modules/@aws-amplify/data-schema'), 'dir');
  });

  afterEach(async () => {
    await project.dispose();
  });

  it('checks the valid example without a problem', async () => {
    const result = await check(['check'], project.root);
    expect(result.stdout).toMatch(/^No problems found: checked 1 schema file and \d+ configuration files? in 1 Amplify project\.$/m);
    expect(result.code).toBe(0);
  });

  it('prints a broken relationship at its TypeScript position, and exits 1', async () => {
    const original = await readFile(project.path(RESOURCE), 'utf8');
    await writeFile(project.path(RESOURCE), original.replace("      project: a.belongsTo('Project', 'projectId'),\n", ''));
    const result = await check(['check', '--format', 'json'], project.root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      diagnostics: { file: string; range: { start: { line: number; column: number } }; code: string }[];
    };
    expect(report.diagnostics.map((d) => [d.file, d.range.start, d.code])).toEqual([
      [RESOURCE, { line: 10, column: 14 }, 'gen2-schema-builder-error'],
    ]);
  });

  it('says once that the dependencies are missing when node_modules is not installed', async () => {
    const bare = await TempProject.fromExample('gen2-todo');
    try {
      const result = await check(['check'], bare.root);
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toMatch(
        /^amplify\/data\/resource\.ts:\d+:\d+ - information gen2-schema-dependencies-missing: .*Run `npm install`/,
      );
    } finally {
      await bare.dispose();
    }
  });
});
