import { accessSync, constants } from 'node:fs';
import { posix, win32 } from 'node:path';

/**
 * Whether the AWS CLI (`aws`) is on PATH, in absolute folders only (a terminal opens in the
 * project folder, where a relative entry would point). Amplify itself needs only Node, so many
 * Amplify developers have no AWS CLI: signing in must not depend on it.
 */
export function awsCliOnPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  isRunnable = runnable(platform),
): boolean {
  const path = platform === 'win32' ? win32 : posix;
  const names = platform === 'win32' ? ['aws.exe', 'aws.cmd'] : ['aws'];
  const variable = Object.entries(env).find(([name]) => (platform === 'win32' ? name.toUpperCase() === 'PATH' : name === 'PATH'))?.[1] ?? '';
  return variable.split(path.delimiter).some((folder) => path.isAbsolute(folder) && names.some((name) => isRunnable(path.join(folder, name))));
}

function runnable(platform: NodeJS.Platform): (file: string) => boolean {
  return (file) => {
    try {
      accessSync(file, platform === 'win32' ? constants.F_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
}
