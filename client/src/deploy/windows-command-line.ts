/**
 * How a program and its arguments become one Windows command line that means exactly them. Pure
 * (no `process.platform`), so the rules are tested on any machine.
 *
 * Windows passes a program one string; the program splits it. A `.exe` built with the Microsoft C
 * runtime (node.exe among them) splits it by the rules of `CommandLineToArgvW`, and Node's `spawn`
 * quotes for those rules itself. A `.cmd` or `.bat` file (npm's `amplify.cmd` and `npx.cmd`) is
 * another matter: only `cmd.exe` runs it, and `cmd.exe` reads the line first, treating `& | < > ( )`
 * as operators and `%NAME%` as a variable. That is why Node refuses to start a batch file without a
 * shell since CVE-2024-27980, and why joining arguments with spaces under `shell: true` lets an env
 * name like `dev&calc.exe` start `calc.exe`.
 *
 * So for a batch file Lens starts `cmd.exe /d /s /c "<line>"` itself, with every argument quoted for
 * the C runtime and then every character `cmd.exe` treats specially escaped with `^`: escaped, a
 * quote no longer opens a quoted region, so every later caret still counts, and `^%` breaks any
 * `%NAME%` before it is looked up. An npm shim hands its arguments on with `%*`, which `cmd.exe`
 * reads once more, so arguments to a batch file are escaped twice.
 */

/** What `cmd.exe` gives a meaning to on a command line (space included: it ends a word). */
const CMD_SPECIAL = /[()[\]%!^"`<>&|;, *?]/g;

/** One argument quoted for `CommandLineToArgvW`: backslashes double only before a quote. */
export function quoteWindowsArgument(argument: string): string {
  let quoted = '"';
  let backslashes = 0;
  for (const character of argument) {
    if (character === '\\') {
      backslashes += 1;
      continue;
    }
    // Backslashes before a quote escape it, so each counts twice, and the quote gets one of its own.
    quoted += '\\'.repeat(character === '"' ? backslashes * 2 + 1 : backslashes) + character;
    backslashes = 0;
  }
  // Before the closing quote, backslashes must not escape it.
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

/** Every character `cmd.exe` treats specially, escaped with a caret. */
export function escapeForCmd(text: string): string {
  return text.replace(CMD_SPECIAL, '^$&');
}

/** Whether Windows can start this file only through `cmd.exe`. */
export function isBatchFile(file: string): boolean {
  return /\.(cmd|bat)$/i.test(file);
}

/**
 * The line `cmd.exe /d /s /c` runs for a batch file and its arguments: `/d` skips AutoRun
 * commands from the registry, `/s` takes the line between the outer quotes as it is.
 */
export function cmdRunLine(batchFile: string, args: readonly string[]): string {
  const escapedArgs = args.map((argument) => escapeForCmd(escapeForCmd(quoteWindowsArgument(argument))));
  return `"${[escapeForCmd(batchFile), ...escapedArgs].join(' ')}"`;
}

/** What to hand `child_process.spawn`: never a shell of Node's making. */
export interface SpawnPlan {
  file: string;
  args: string[];
  /** The arguments are one command line already quoted for `cmd.exe` (Windows only). */
  windowsVerbatimArguments: boolean;
}

/**
 * How to start `file` (an absolute path, found by the locator) with `args`. On Windows a batch file
 * runs through `comSpec` (the ComSpec variable, else `cmd.exe` in the system folder); anything
 * else, on any platform, is started directly with the arguments as they are.
 */
export function spawnPlan(file: string, args: readonly string[], platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}): SpawnPlan {
  if (platform !== 'win32' || !isBatchFile(file)) return { file, args: [...args], windowsVerbatimArguments: false };
  return { file: comSpec(env), args: ['/d', '/s', '/c', cmdRunLine(file, args)], windowsVerbatimArguments: true };
}

function comSpec(env: NodeJS.ProcessEnv): string {
  const value = windowsVariable(env, 'ComSpec');
  if (value && /^[A-Za-z]:\\/.test(value)) return value;
  const root = windowsVariable(env, 'SystemRoot') ?? 'C:\\Windows';
  return `${root.replace(/\\+$/, '')}\\System32\\cmd.exe`;
}

/** Windows variable names ignore case; a copied environment object does not. */
export function windowsVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}
