import { spawn, type ChildProcess } from 'node:child_process';
import { commandLine } from './deploy-command-catalog';
import { spawnPlan, windowsVariable } from './windows-command-line';

/** Where a run is written: the extension's log (the command, where, its exit code and duration; never its output). */
export interface CliRunLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface CliInvocation {
  /**
   * The program, as an absolute path (cli-locator.ts), and the arguments that come before the
   * action's (`['/usr/local/bin/npx', 'ampx']`).
   */
  program: readonly string[];
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  log?: CliRunLog;
  /**
   * Written to the CLI's standard input, which then ends (`ampx sandbox secret set` reads a
   * secret's value there when it is not talking to a terminal). Never on the command line, where
   * other processes could read it.
   */
  input?: string;
}

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliProcessHandlers {
  /** Raw output, stdout and stderr as they come, for the terminal. */
  onText(text: string): void;
  /** Whole lines, for Lens to read. */
  onLine(line: string): void;
}

/** After Ctrl+C the CLI gets this long to stop on its own before SIGTERM. */
export const DEFAULT_GRACE_MS = 5_000;

/**
 * The user's CLI as a child process: its own process group (so `npx` and what it starts stop
 * together), CI=1 so ampx and amplify print plain lines instead of spinners, output handed on as
 * text and as lines. `interrupt()` is Ctrl+C for the whole tree: SIGINT, then SIGTERM after a grace period.
 * Never through a shell of Node's making: on Windows npm's `.cmd` shims run through `cmd.exe` with
 * every argument quoted for it (windows-command-line.ts), so no argument can become a command.
 */
export class CliProcess {
  readonly exited: Promise<CliExit>;
  private readonly child: ChildProcess;
  private partial = '';
  private graceTimer?: NodeJS.Timeout;

  constructor(invocation: CliInvocation, handlers: CliProcessHandlers) {
    const [command, ...prefix] = invocation.program;
    if (!command) throw new Error('no CLI program to run');
    const windows = process.platform === 'win32';
    const plan = spawnPlan(command, [...prefix, ...invocation.args], process.platform, process.env);
    const started = Date.now();
    const shown = commandLine(invocation.program, invocation.args);
    invocation.log?.info(`Running ${shown} in ${invocation.cwd}`);
    this.child = spawn(plan.file, plan.args, {
      cwd: invocation.cwd,
      env: { ...process.env, ...invocation.env, CI: '1' },
      detached: !windows,
      shell: false,
      windowsVerbatimArguments: plan.windowsVerbatimArguments,
      windowsHide: true,
      stdio: [invocation.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (invocation.input !== undefined) {
      // A CLI that exits before reading its input closes the pipe: that is its answer, not a crash.
      this.child.stdin?.on('error', () => undefined);
      this.child.stdin?.end(invocation.input, 'utf8');
    }
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      handlers.onText(text);
      const lines = (this.partial + text).split(/\r?\n/);
      this.partial = lines.pop() ?? '';
      lines.forEach((line) => handlers.onLine(line));
    };
    this.child.stdout?.on('data', take);
    this.child.stderr?.on('data', take);
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        handlers.onText(`${error.message}\n`);
        invocation.log?.warn(`${shown} could not start: ${error.message}`);
        resolve({ code: 127, signal: null });
      });
      this.child.on('close', (code, signal) => {
        clearTimeout(this.graceTimer);
        if (this.partial) handlers.onLine(this.partial);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const ended = `${shown} exited with code ${code ?? '–'}${signal ? ` (${signal})` : ''} after ${seconds} s`;
        if (code === 0) invocation.log?.info(ended);
        else invocation.log?.warn(ended);
        resolve({ code, signal });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  interrupt(graceMs = DEFAULT_GRACE_MS): void {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.signal('SIGINT');
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => this.signal('SIGTERM'), graceMs);
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      // By full path: a bare name would be looked up in the working folder (the project) first.
      if (process.platform === 'win32')
        spawn(`${windowsVariable(process.env, 'SystemRoot') ?? 'C:\\Windows'}\\System32\\taskkill.exe`, ['/pid', String(pid), '/T', '/F'], {
          windowsHide: true,
        });
      else process.kill(-pid, signal); // the whole group: npx and the CLI it started
    } catch {
      // Already gone.
    }
  }
}
