import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { listProfiles } from '../aws/aws-profiles';
import { findAmplifyProjects } from 'amplify-lens-model/project';

/** The outcome of one first-run check, worded for the person reading the walkthrough. */
export interface SetupCheck {
  ok: boolean;
  message: string;
}

export type RunVersion = (command: string, args: string[]) => Promise<string | undefined>;

/** `command --version`, or undefined when it is not installed (bounded: a hung binary does not hang the check). */
export const runVersion: RunVersion = (command, args) =>
  new Promise((resolve) => {
    execFile(command, args, { timeout: 10_000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });

/**
 * The Amplify CLI (Gen 1) on PATH, or `ampx` (Gen 2) in a workspace folder's node_modules — looked
 * up locally rather than with `npx`, which would try to download it.
 */
export async function checkAmplifyTools(folders: readonly string[], run: RunVersion = runVersion): Promise<SetupCheck> {
  const found: string[] = [];
  const cli = await run('amplify', ['--version']);
  if (cli) found.push(`the Amplify CLI ${cli.split('\n').at(-1)}`);
  for (const folder of folders) {
    const ampx = join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'ampx.cmd' : 'ampx');
    if (await exists(ampx)) {
      found.push(`ampx in ${folder}`);
      break;
    }
  }
  if (found.length > 0) return { ok: true, message: `Found ${found.join(' and ')}.` };
  return {
    ok: false,
    message:
      'Neither the Amplify CLI nor ampx was found. Gen 1: `npm install -g @aws-amplify/cli`. Gen 2: `npm create amplify@latest` in your app, which installs `@aws-amplify/backend-cli` (ampx).',
  };
}

/** Credentials Lens can use: environment variables or a profile in the shared AWS files. Never reads keys out. */
export async function checkAwsCredentials(env: NodeJS.ProcessEnv = process.env): Promise<SetupCheck> {
  if (env.AWS_ACCESS_KEY_ID) return { ok: true, message: 'AWS credentials are set in the environment.' };
  const profiles = await listProfiles();
  if (profiles.length > 0) {
    const names = profiles.map((profile) => `${profile.name}${profile.sso ? ' (SSO)' : ''}`).join(', ');
    return { ok: true, message: `AWS profiles found: ${names}. Choose one from the status bar.` };
  }
  return {
    ok: false,
    message: 'No AWS credentials found. Run `aws configure` or `aws configure sso`, or `amplify configure` for Gen 1.',
  };
}

export async function checkAmplifyProject(folders: readonly string[]): Promise<SetupCheck> {
  const projects = (await Promise.all(folders.map((folder) => findAmplifyProjects(folder)))).flat();
  if (projects.length === 0) {
    return { ok: false, message: 'No Amplify project in this workspace: open a folder with `amplify/` (Gen 1) or `amplify/backend.ts` (Gen 2).' };
  }
  const described = projects.map((project) => `${project.root} (Gen ${project.generation})`).join(', ');
  return { ok: true, message: `Amplify project${projects.length > 1 ? 's' : ''} found: ${described}.` };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
