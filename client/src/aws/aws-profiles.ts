import { readSharedConfigFiles, sharedConfigPaths, type SharedConfigPaths } from './shared-config-files';

/**
 * The named profiles a user can pick, from the shared config and credentials files. Only names,
 * regions and the kind of sign-in leave this module; key material is never read into a result.
 */
export interface AwsProfile {
  name: string;
  /** The profile's `region` (config file), when it sets one. */
  region?: string;
  /** Signs in through IAM Identity Center (`sso_session` or `sso_start_url`). */
  sso?: boolean;
  /** Where the profile is defined. */
  sources: ('config' | 'credentials')[];
}

export async function listProfiles(paths: SharedConfigPaths = sharedConfigPaths()): Promise<AwsProfile[]> {
  const files = await readSharedConfigFiles(paths);
  const profiles = new Map<string, AwsProfile>();
  for (const [name, values] of files.configProfiles) {
    profiles.set(name, {
      name,
      region: values.get('region') || undefined,
      sso: values.has('sso_session') || values.has('sso_start_url') || undefined,
      sources: ['config'],
    });
  }
  for (const name of files.credentialProfiles.keys()) {
    const known = profiles.get(name);
    if (known) known.sources.push('credentials');
    else profiles.set(name, { name, sources: ['credentials'] });
  }
  // `default` first, then by name, as the AWS Toolkit lists them.
  return [...profiles.values()].sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name)));
}

/** The profile the SDK uses when none is named: `AWS_PROFILE`, else `default`. */
export function defaultProfileName(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWS_PROFILE || 'default';
}

/** Where the region Lens uses came from, for the status bar's tooltip. */
export type RegionOrigin = 'AWS_REGION' | 'profile' | 'AWS_DEFAULT_REGION';

/**
 * The region the SDK would use for a profile: `AWS_REGION` first, then the profile's `region`
 * (the SDK's NODE_REGION_CONFIG_OPTIONS, so ampx looks where Lens looks), then the AWS CLI's
 * `AWS_DEFAULT_REGION`.
 */
export async function resolveRegionWithOrigin(
  profile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  paths: SharedConfigPaths = sharedConfigPaths(env),
): Promise<{ region: string; origin: RegionOrigin } | { region: undefined; origin: undefined }> {
  if (env.AWS_REGION) return { region: env.AWS_REGION, origin: 'AWS_REGION' };
  const files = await readSharedConfigFiles(paths);
  const fromProfile = files.configProfiles.get(profile ?? defaultProfileName(env))?.get('region');
  if (fromProfile) return { region: fromProfile, origin: 'profile' };
  if (env.AWS_DEFAULT_REGION) return { region: env.AWS_DEFAULT_REGION, origin: 'AWS_DEFAULT_REGION' };
  return { region: undefined, origin: undefined };
}

/** The region of `resolveRegionWithOrigin`, when there is one. */
export async function resolveRegion(
  profile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  paths: SharedConfigPaths = sharedConfigPaths(env),
): Promise<string | undefined> {
  return (await resolveRegionWithOrigin(profile, env, paths)).region;
}
