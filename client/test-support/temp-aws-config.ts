import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points the shared config/credentials files and the home folder (where the SSO token cache lives)
 * at a temp folder for one test, and puts the environment back afterwards: tests never read ~/.aws.
 */
export interface TempAwsConfig {
  home: string;
  configFile: string;
  credentialsFile: string;
  writeSsoToken(cacheKey: string, token: Record<string, unknown>): void;
  restore(): void;
}

const VARIABLES = [
  'HOME',
  'USERPROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_EC2_METADATA_DISABLED',
];

export function useTempAwsConfig(files: { config?: string; credentials?: string } = {}): TempAwsConfig {
  const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  const home = mkdtempSync(join(tmpdir(), 'lens-aws-'));
  const configFile = join(home, 'config');
  const credentialsFile = join(home, 'credentials');
  writeFileSync(configFile, files.config ?? '');
  writeFileSync(credentialsFile, files.credentials ?? '');
  process.env.HOME = home;
  process.env.USERPROFILE = home;
  process.env.AWS_CONFIG_FILE = configFile;
  process.env.AWS_SHARED_CREDENTIALS_FILE = credentialsFile;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  return {
    home,
    configFile,
    credentialsFile,
    writeSsoToken(cacheKey, token) {
      const folder = join(home, '.aws', 'sso', 'cache');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${cacheKey}.json`), JSON.stringify(token));
    },
    restore() {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
