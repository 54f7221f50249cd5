import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { FakeAws } from '../fake-aws';
import type { Gen1EnvStacks } from '../fake-aws/seeds';
import { repoRoot } from '../support/repo-root';
import { TempProject } from '../support/temp-project';

/** The folder holding the fake `amplify` and `ampx`: put it first on PATH, or name the scripts in settings. */
export const FAKE_CLI_DIR = join(repoRoot(), 'test', 'fake-cli');
export const FAKE_AMPLIFY = join(FAKE_CLI_DIR, 'amplify');
export const FAKE_AMPX = join(FAKE_CLI_DIR, 'ampx');

/** The examples/gen1-blog project with its envs pointing at the seeded root stacks; the first env checked out. */
export async function gen1FakeProject(envs: Gen1EnvStacks[], region: string): Promise<TempProject> {
  const project = await TempProject.fromExample('gen1-blog');
  const teamProviderInfo = Object.fromEntries(
    envs.map((env) => [env.env, { awscloudformation: { Region: region, StackName: env.rootStackName, StackId: env.rootStackId } }]),
  );
  await project.write('amplify/team-provider-info.json', JSON.stringify(teamProviderInfo, null, 2));
  await project.write(
    'amplify/.config/local-env-info.json',
    JSON.stringify({ projectPath: project.root, defaultEditor: 'code', envName: envs[0]!.env }),
  );
  return project;
}

/** The examples/gen2-todo project (package.json name `gen2-todo`, the sandbox namespace). */
export function gen2FakeProject(): Promise<TempProject> {
  return TempProject.fromExample('gen2-todo');
}

/** What the fake CLIs read: the control endpoint, the scenario, a quick pace and a fixed sandbox user. */
export function fakeCliEnv(fake: FakeAws, scenario: string, extra: Record<string, string> = {}): Record<string, string> {
  return { LENS_FAKE_AWS_CONTROL: fake.endpoint, LENS_FAKE_SCENARIO: scenario, LENS_FAKE_STEP_MS: '5', LENS_FAKE_USER: 'lens', ...extra };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runFakeCli(script: string, args: string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(script, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
