import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { CliTool } from './deploy-command-catalog';

/** The settings that name the CLIs, and their defaults. */
export const CLI_SETTINGS = {
  amplify: { key: 'cli.amplifyPath', default: 'amplify' },
  ampx: { key: 'cli.ampxCommand', default: 'npx ampx' },
} as const;

export const INSTALL_HINTS: Record<CliTool, string> = {
  amplify: 'Install the Amplify CLI with `npm install -g @aws-amplify/cli`, or set amplifyLens.cli.amplifyPath to where it is.',
  ampx: 'Add the Gen 2 backend tools to the project with `npm add --save-dev @aws-amplify/backend @aws-amplify/backend-cli`, or set amplifyLens.cli.ampxCommand.',
};

export type CliLocation = { found: true; program: string[] } | { found: false; program: string[]; message: string; hint: string };

/** Splits a command setting into words, honouring quotes (`"C:\Program Files\amplify.cmd"`, `npx ampx`). */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}

export interface LocateOptions {
  projectRoot: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * Finds the CLI a setting names: an absolute or project-relative path must exist; a bare name must
 * be on PATH; `npx ampx` needs `npx` on PATH and ampx installed in the project (npx would otherwise
 * download a stranger's package named ampx).
 */
export function locateCli(tool: CliTool, setting: string | undefined, options: LocateOptions): CliLocation {
  const program = splitCommand(setting?.trim() || CLI_SETTINGS[tool].default);
  const missing = (what: string): CliLocation => ({ found: false, program, message: `Amplify Lens could not find ${what}.`, hint: INSTALL_HINTS[tool] });
  const [command, ...rest] = program;
  if (!command) return missing(`the ${tool} CLI (the setting is empty)`);
  if (!findExecutable(command, options)) return missing(`\`${command}\``);
  if (/^npx(\.cmd)?$/.test(command) && rest[0] === 'ampx') {
    const local = ['ampx', 'ampx.cmd'].some((name) => existsSync(join(options.projectRoot, 'node_modules', '.bin', name)));
    if (!local) return missing('ampx in this project (node_modules/.bin/ampx)');
  }
  return { found: true, program };
}

function findExecutable(command: string, options: LocateOptions): boolean {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const extensions = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').map((ext) => ext.toLowerCase())] : [''];
  const runnable = (path: string) => extensions.some((ext) => isRunnable(path + ext, platform));
  if (isAbsolute(command)) return runnable(command);
  if (command.includes('/') || command.includes('\\')) return runnable(join(options.projectRoot, command));
  return (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean).some((dir) => runnable(join(dir, command)));
}

function isRunnable(path: string, platform: NodeJS.Platform): boolean {
  try {
    accessSync(path, platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
