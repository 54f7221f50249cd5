import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles, loadSsoSessionData } from '@smithy/core/config';

/**
 * Where the shared config and credentials files are, as every AWS SDK and the CLI agree:
 * `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/config` and `~/.aws/credentials`.
 */
export interface SharedConfigPaths {
  configFile: string;
  credentialsFile: string;
}

export function sharedConfigPaths(env: NodeJS.ProcessEnv = process.env): SharedConfigPaths {
  const home = env.HOME || env.USERPROFILE || homedir();
  return {
    configFile: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    credentialsFile: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
  };
}

/** Sections by name, each its keys and values. */
export type ProfileSections = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface SharedConfigFiles {
  /** Profiles of the config file by bare name (`[profile dev]` → `dev`, `[default]` → `default`). */
  configProfiles: ProfileSections;
  /** Profiles of the credentials file (`[dev]`). Lens reads only their names, never their values. */
  credentialProfiles: ProfileSections;
  /** `[sso-session name]` sections of the config file. */
  ssoSessions: ProfileSections;
}

/**
 * Both files as the SDK's credential providers read them: through the SDK's own loader
 * (`@smithy/core/config`, the shared-ini-file-loader), so a profile Lens lists is the profile the
 * SDK finds, with the same comments, sub-properties and `[profile …]` prefixes. Read afresh each
 * time: `aws configure` or `aws sso login` may have changed them. A missing or unreadable file is
 * an empty one, as for the SDK: the chain may still find credentials elsewhere.
 */
export async function readSharedConfigFiles(paths: SharedConfigPaths = sharedConfigPaths()): Promise<SharedConfigFiles> {
  const files = await loadSharedConfigFiles({ configFilepath: paths.configFile, filepath: paths.credentialsFile, ignoreCache: true });
  // After the fresh read: the session loader takes the config file from the loader's cache, which that read just renewed.
  const sessions = await loadSsoSessionData({ configFilepath: paths.configFile });
  // The loader also keeps `[sso-session x]` and `[services x]` in the config data, prefixed with their kind.
  const profiles = Object.entries(files.configFile).filter(([name]) => !/^(sso-session|services)\./.test(name));
  return {
    configProfiles: sections(profiles),
    credentialProfiles: sections(Object.entries(files.credentialsFile)),
    ssoSessions: sections(Object.entries(sessions)),
  };
}

function sections(entries: [string, Record<string, string | undefined>][]): ProfileSections {
  return new Map(
    entries.map(([name, values]) => [
      name,
      new Map(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    ]),
  );
}
