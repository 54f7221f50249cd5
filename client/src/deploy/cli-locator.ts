import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { CliTool } from './deploy-command-catalog';
import { windowsVariable } from './windows-command-line';

/** The settings that name the CLIs, and their defaults. */
export const CLI_SETTINGS = {
  amplify: { key: 'cli.amplifyPath', default: 'amplify' },
  ampx: { key: 'cli.ampxCommand', default: 'npx ampx' },
} as const;

export const INSTALL_HINTS: Record<CliTool, string> = {
  amplify: 'Install the Amplify CLI with `npm install -g @aws-amplify/cli`, or set amplifyLens.cli.amplifyPath to where it is.',
  ampx: 'Add the Gen 2 backend tools to the project with `npm add --save-dev @aws-amplify/backend @aws-amplify/backend-cli`, or set amplifyLens.cli.ampxCommand.',
};

/**
 * `program` is what to start: its first word the absolute path of the executable found, the rest
 * the setting's leading arguments (`ampx` after `npx`). `typed` is the setting as the user wrote it,
 * for what the terminal and the timeline show.
 */
export type CliLocation =
  { found: true; program: string[]; typed: string[] } | { found: false; program: string[]; typed: string[]; message: string; hint: string };

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
  /** Whether a file exists and may be run; tests describe a Windows disk with it. */
  isRunnable?: (path: string) => boolean;
}

/**
 * Finds the CLI a setting names, as an absolute path: a full path must exist; a bare name is looked
 * up in the absolute folders of PATH only. Never in the project folder: Windows would otherwise run
 * an `amplify.exe` or `npx.cmd` a cloned repository put beside its files (a process started without
 * a path is looked up in its working folder first, and a relative PATH entry means that folder too).
 * `npx ampx` also needs ampx installed in the project, or npx would download a stranger's package.
 */
export function locateCli(tool: CliTool, setting: string | undefined, options: LocateOptions): CliLocation {
  const typed = splitCommand(setting?.trim() || CLI_SETTINGS[tool].default);
  const platform = options.platform ?? process.platform;
  const path = platform === 'win32' ? win32 : posix;
  const runnable = options.isRunnable ?? ((file: string) => isRunnableFile(file, platform));
  const missing = (what: string, hint = INSTALL_HINTS[tool]): CliLocation => ({
    found: false,
    program: typed,
    typed,
    message: `Amplify Lens could not find ${what}.`,
    hint,
  });
  const [command, ...rest] = typed;
  if (!command) return missing(`the ${tool} CLI (the setting is empty)`);
  const executable = findExecutable(command, options.env ?? process.env, platform, runnable);
  if (executable === 'relative') {
    return missing(
      `\`${command}\``,
      `The setting amplifyLens.${CLI_SETTINGS[tool].key} must be a name on PATH or a full path; Lens does not run programs from the project folder.`,
    );
  }
  if (!executable) return missing(`\`${command}\``);
  if (/^npx(\.cmd)?$/i.test(path.basename(command)) && rest[0] === 'ampx') {
    const local = ['ampx', 'ampx.cmd'].some((name) => runnable(path.join(options.projectRoot, 'node_modules', '.bin', name)));
    if (!local) return missing('ampx in this project (node_modules/.bin/ampx)');
  }
  return { found: true, program: [executable, ...rest], typed };
}

/** The absolute path of the program, undefined when there is none, `relative` for a path Lens will not resolve. */
function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  runnable: (path: string) => boolean,
): string | 'relative' | undefined {
  const path = platform === 'win32' ? win32 : posix;
  const windows = platform === 'win32';
  // Windows starts only files with an executable extension; npm puts a shell script named `amplify` beside `amplify.cmd`.
  const extensions = windows ? executableExtensions(command, env) : [''];
  const first = (base: string) => extensions.map((extension) => base + extension).find(runnable);
  if (path.isAbsolute(command)) return first(path.normalize(command));
  if (command.includes('/') || (windows && command.includes('\\'))) return 'relative';
  const variable = windows ? windowsVariable(env, 'PATH') : env.PATH;
  const folders = (variable ?? '').split(path.delimiter).map((folder) => folder.replace(/^"(.*)"$/, '$1'));
  for (const folder of folders) {
    if (!folder || !path.isAbsolute(folder)) continue; // `.` or `node_modules/.bin` would mean the project folder
    const found = first(path.join(folder, command));
    if (found) return found;
  }
  return undefined;
}

function executableExtensions(command: string, env: NodeJS.ProcessEnv): string[] {
  const known = (windowsVariable(env, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((extension) => extension.trim().toLowerCase())
    .filter((extension) => /^\.\w+$/.test(extension));
  // A name that already ends in one (`amplify.cmd`) is taken as it is.
  return known.includes(win32.extname(command).toLowerCase()) ? [''] : known;
}

function isRunnableFile(path: string, platform: NodeJS.Platform): boolean {
  try {
    accessSync(path, platform === 'win32' ? constants.F_OK : constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
