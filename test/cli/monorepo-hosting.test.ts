import { execFile } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, TempProject } from '../support/temp-project';

const CLI = resolve(__dirname, '../../server/out/cli.js');
const run = promisify(execFile);

interface Report {
  diagnostics: { file: string; range: { start: { line: number } }; code: string; severity: string }[];
}

async function checkJson(cwd: string, target = '.'): Promise<Report> {
  try {
    return JSON.parse((await run(process.execPath, [CLI, 'check', target, '--format', 'json'], { cwd })).stdout) as Report;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    if (failed.code === 1 && failed.stdout) return JSON.parse(failed.stdout) as Report;
    throw error;
  }
}

/** Hosting's monorepo build settings: one application per appRoot, `artifact:` a key Hosting does not read. */
const AMPLIFY_YML = `version: 1
applications:
  - appRoot: apps/web
    frontend:
      phases:
        build:
          commands:
            - npm run build
      artifact:
        baseDirectory: dist
        files:
          - '**/*'
  - appRoot: apps/admin
    frontend:
      phases:
        build:
          commands:
            - npm run build
      artifacts:
        baseDirectory: dist
        files:
          - '**/*'
`;

describe('amplify-lens check in a monorepo', () => {
  let repository: TempProject | undefined;
  afterEach(async () => {
    await repository?.dispose();
    repository = undefined;
  });

  async function monorepo(withGit: boolean): Promise<TempProject> {
    const project = await TempProject.empty();
    for (const app of ['apps/web', 'apps/admin']) {
      await mkdir(join(project.root, app), { recursive: true });
      await cp(join(EXAMPLES_DIR, 'gen2-todo'), join(project.root, app), { recursive: true });
    }
    await project.write('amplify.yml', AMPLIFY_YML);
    if (withGit) await project.write('.git/HEAD', 'ref: refs/heads/main\n');
    return project;
  }

  it("reads the repository's amplify.yml above the projects, once for the two projects it deploys", async () => {
    repository = await monorepo(true);
    const fromRoot = (await checkJson(repository.root)).diagnostics.filter((d) => d.file.endsWith('amplify.yml'));
    expect(fromRoot.map((d) => [d.file, d.range.start.line, d.code, d.severity])).toEqual([
      ['amplify.yml', 9, 'yaml-schema-unknown-property', 'warning'],
    ]);
    // Checked from one app's folder, the repository root is still found by its .git.
    const fromApp = (await checkJson(join(repository.root, 'apps/web'))).diagnostics.filter((d) => d.code === 'yaml-schema-unknown-property');
    expect(fromApp).toHaveLength(1);
  });

  it('reads nothing above a project outside a repository, where it cannot know what Hosting builds', async () => {
    repository = await monorepo(false);
    const report = await checkJson(repository.root);
    expect(report.diagnostics.filter((d) => d.file.endsWith('amplify.yml'))).toEqual([]);
  });
});
