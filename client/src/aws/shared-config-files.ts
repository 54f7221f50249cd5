import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseIni, type IniSections } from './ini-file-parser';

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

export interface SharedConfigFiles {
  /** Profiles of the config file by bare name (`[profile dev]` → `dev`, `[default]` → `default`). */
  configProfiles: IniSections;
  /** Profiles of the credentials file (`[dev]`). Lens reads only their names, never their values. */
  credentialProfiles: IniSections;
  /** `[sso-session name]` sections of the config file. */
  ssoSessions: IniSections;
}

export async function readSharedConfigFiles(paths: SharedConfigPaths = sharedConfigPaths()): Promise<SharedConfigFiles> {
  const [config, credentials] = await Promise.all([readIni(paths.configFile), readIni(paths.credentialsFile)]);
  const configProfiles: IniSections = new Map();
  const ssoSessions: IniSections = new Map();
  for (const [section, values] of config) {
    const [kind, ...rest] = section.split(/\s+/);
    const name = rest.join(' ');
    if (section === 'default') configProfiles.set('default', values);
    else if (kind === 'profile' && name) configProfiles.set(name, values);
    else if (kind === 'sso-session' && name) ssoSessions.set(name, values);
  }
  return { configProfiles, credentialProfiles: credentials, ssoSessions };
}

async function readIni(path: string): Promise<IniSections> {
  try {
    return parseIni(await readFile(path, 'utf8'));
  } catch {
    // A missing or unreadable file is the same as an empty one: the chain may still find credentials elsewhere.
    return new Map();
  }
}
