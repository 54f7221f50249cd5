/**
 * The profile and region Lens reads a project's environments with, and where each came from, from
 * files alone (no AWS call): the status bar shows them from activation, the walkthrough checks the
 * credentials of exactly this profile, and the loader uses the same rules.
 *
 * Profile: the one chosen in the status bar, else the project's (Gen 1: the checked-out env's
 * `profileName` in amplify/.config/local-aws-info.json, what `amplify` itself uses), else the SDK's
 * default chain (`AWS_PROFILE`, or environment variables and then `default`).
 * Region: the one chosen, else the project's (Gen 1: the env's Region in team-provider-info.json),
 * else the SDK's for that profile (`AWS_REGION`, the profile's `region`), else `us-east-1`.
 */
import type { AmplifyProject } from 'amplify-lens-model/project';

export type ProfileOrigin = 'chosen' | 'project' | 'AWS_PROFILE' | 'default';
export type RegionOrigin = 'chosen' | 'project' | 'AWS_REGION' | 'profile' | 'AWS_DEFAULT_REGION' | 'fallback';

export interface AwsTarget {
  /** The named profile, or undefined for the default credential chain. */
  profile?: string;
  profileOrigin: ProfileOrigin;
  region: string;
  regionOrigin: RegionOrigin;
}

export const FALLBACK_REGION = 'us-east-1';

/** What Lens knows before any AWS call: whether the workspace has a project, and the profile and region it reads with. */
export interface LocalAwsState {
  hasProject: boolean;
  target?: AwsTarget;
}

export interface AwsTargetInputs {
  selection: { profile?: string; region?: string };
  /** What the project's files say for the env Lens follows (Gen 1: the checked-out env). */
  project?: { profile?: string; region?: string };
  /** The SDK's region for a profile, with its origin (aws-config's resolveRegionWithOrigin). */
  sdkRegion(
    profile: string | undefined,
  ): Promise<{ region: string; origin: 'AWS_REGION' | 'profile' | 'AWS_DEFAULT_REGION' } | { region: undefined; origin: undefined }>;
  env?: NodeJS.ProcessEnv;
}

export async function resolveAwsTarget(inputs: AwsTargetInputs): Promise<AwsTarget> {
  const env = inputs.env ?? process.env;
  const { selection, project } = inputs;
  const profile = selection.profile ?? project?.profile;
  const profileOrigin: ProfileOrigin = selection.profile ? 'chosen' : project?.profile ? 'project' : env.AWS_PROFILE ? 'AWS_PROFILE' : 'default';
  if (selection.region) return { profile, profileOrigin, region: selection.region, regionOrigin: 'chosen' };
  if (project?.region) return { profile, profileOrigin, region: project.region, regionOrigin: 'project' };
  const sdk = await inputs.sdkRegion(profile);
  if (sdk.region) return { profile, profileOrigin, region: sdk.region, regionOrigin: sdk.origin };
  return { profile, profileOrigin, region: FALLBACK_REGION, regionOrigin: 'fallback' };
}

/** The profile and region a project's files name for the env Lens follows (Gen 2 names none). Reads files only. */
export async function projectAwsSettings(project: AmplifyProject): Promise<{ profile?: string; region?: string } | undefined> {
  if (project.generation !== 1) return undefined;
  const { readAmplifyProject } = await import('./project-reader');
  const info = await readAmplifyProject(project);
  if (info.generation !== 1) return undefined;
  const env = info.envs.find((candidate) => candidate.name === info.currentEnv) ?? (info.envs.length === 1 ? info.envs[0] : undefined);
  return env && { profile: env.profile, region: env.region };
}

/** How the tooltip and the walkthrough say where a value came from. */
export function profileOriginWords(target: AwsTarget, env: NodeJS.ProcessEnv = process.env): string {
  switch (target.profileOrigin) {
    case 'chosen':
      return 'chosen in the status bar';
    case 'project':
      return "the project's (amplify/.config/local-aws-info.json)";
    case 'AWS_PROFILE':
      return `AWS_PROFILE=${env.AWS_PROFILE}`;
    default:
      return 'the default credential chain (environment variables, then the default profile)';
  }
}

export function regionOriginWords(target: AwsTarget, env: NodeJS.ProcessEnv = process.env): string {
  const profile = target.profile ?? env.AWS_PROFILE;
  const words: Record<RegionOrigin, string> = {
    chosen: 'chosen in the status bar',
    project: "the project's (team-provider-info.json)",
    AWS_REGION: 'from AWS_REGION',
    profile: `the region of ${profile ? `profile ${profile}` : 'the default profile'}`,
    AWS_DEFAULT_REGION: 'from AWS_DEFAULT_REGION',
    fallback: 'nothing names one; Lens looks in us-east-1',
  };
  return words[target.regionOrigin];
}
