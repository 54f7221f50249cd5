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

/** The region a profile sets, else `AWS_REGION` / `AWS_DEFAULT_REGION`. */
export async function resolveRegion(
  profile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  paths: SharedConfigPaths = sharedConfigPaths(env),
): Promise<string | undefined> {
  const name = profile ?? defaultProfileName(env);
  const files = await readSharedConfigFiles(paths);
  return files.configProfiles.get(name)?.get('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}
