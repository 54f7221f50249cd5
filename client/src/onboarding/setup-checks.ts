import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { findAmplifyProjects } from 'amplify-lens-model/project';
import { profileOriginWords, projectAwsSettings, regionOriginWords, resolveAwsTarget, type AwsTarget } from '../environments/aws-target';

/** The outcome of one first-run check, worded for the person reading the walkthrough. */
export interface SetupCheck {
  ok: boolean;
  message: string;
}

/** `amplify --version` as deploys would start it (the setting, PATH only, `.cmd` shims through cmd.exe), or undefined when there is none. */
export type AmplifyVersion = () => Promise<string | undefined>;

/**
 * The Amplify CLI (Gen 1) on PATH, or `ampx` (Gen 2) in a workspace folder's node_modules — looked
 * up locally rather than with `npx`, which would try to download it.
 */
export async function checkAmplifyTools(folders: readonly string[], amplifyVersion: AmplifyVersion): Promise<SetupCheck> {
  const found: string[] = [];
  const cli = await amplifyVersion();
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
      'Neither the Amplify CLI nor ampx was found. Gen 1: `npm install -g @aws-amplify/cli`. Gen 2: `npm create amplify@latest` in your app, which installs `@aws-amplify/backend-cli`.',
  };
}

/** What the credentials check needs: the choice made in the status bar, and (trusted only) a way to resolve a profile's credentials. */
export interface CredentialsCheckDeps {
  selection(): { profile?: string; region?: string };
  /**
   * Resolves the credentials the SDK would use for the profile (undefined: the default chain), as
   * the views' AWS clients do. Absent in Restricted Mode, where Lens asks AWS for nothing.
   */
  resolve?(profile: string | undefined): Promise<{ ok: true; temporary: boolean } | { ok: false; message: string }>;
  /** Profiles of the shared config and credentials files, names only. */
  profiles(): Promise<{ name: string }[]>;
  sdkRegion: Parameters<typeof resolveAwsTarget>[0]['sdkRegion'];
  env?: NodeJS.ProcessEnv;
}

/**
 * The credentials Lens will read AWS with: for the workspace's first project, the profile chosen in
 * the status bar, else the project's own (a Gen 1 env's `profileName`), else the default chain. It
 * resolves exactly those, as the Environments view would, and says which they are and where they
 * come from. Never reads keys out.
 */
export async function checkAwsCredentials(folders: readonly string[], deps: CredentialsCheckDeps): Promise<SetupCheck> {
  const env = deps.env ?? process.env;
  const projects = (await Promise.all(folders.map((folder) => findAmplifyProjects(folder)))).flat();
  const settings = projects[0] ? await projectAwsSettings(projects[0]).catch(() => undefined) : undefined;
  const target = await resolveAwsTarget({ selection: deps.selection(), project: settings, sdkRegion: deps.sdkRegion, env });
  const who = describeTarget(target, env);
  if (target.profile && !(await deps.profiles()).some((profile) => profile.name === target.profile)) {
    return {
      ok: false,
      message: `Lens reads AWS with ${who}, which is in neither ~/.aws/config nor ~/.aws/credentials. Run \`aws configure --profile ${target.profile}\`, or choose another profile from the status bar.`,
    };
  }
  if (!deps.resolve) return { ok: true, message: `Lens will read AWS with ${who} once you trust this workspace.` };
  const resolved = await deps.resolve(target.profile);
  if (!resolved.ok) return { ok: false, message: `Lens reads AWS with ${who}: ${resolved.message}` };
  return { ok: true, message: `Lens reads AWS with ${who}: its ${resolved.temporary ? 'temporary ' : ''}credentials are ready.` };
}

function describeTarget(target: AwsTarget, env: NodeJS.ProcessEnv): string {
  const profile = target.profile ?? env.AWS_PROFILE;
  const credentials = profile
    ? `profile ${profile} (${profileOriginWords(target, env)})`
    : env.AWS_ACCESS_KEY_ID
      ? 'the credentials in the environment (AWS_ACCESS_KEY_ID)'
      : 'the default profile (no profile is named)';
  return `${credentials} in ${target.region} (${regionOriginWords(target, env)})`;
}

export async function checkAmplifyProject(folders: readonly string[]): Promise<SetupCheck> {
  const projects = (await Promise.all(folders.map((folder) => findAmplifyProjects(folder)))).flat();
  if (projects.length === 0) {
    return {
      ok: false,
      message: 'No Amplify project in this workspace: open a folder with `amplify/` (Gen 1) or `amplify/backend.ts` (Gen 2).',
    };
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
