/**
 * A deploy as a VS Code task: a `CustomExecution` whose pseudoterminal runs the `DeployRunner`, so
 * the user sees the CLI's own output in the integrated terminal, the `$amplify-*` problem matchers
 * read it, and Lens reads it too. Closing the terminal interrupts the CLI like Ctrl+C.
 */
import * as vscode from 'vscode';
import type { DeployResult, DeployRunner } from './deploy-runner';
import { PROBLEM_MATCHERS } from './deploy-task-matchers';

export const TASK_TYPE = 'amplify';

export interface DeployTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  action: string;
  env?: string;
}

/** Text written before the terminal opened is kept and written on open. */
export class TerminalRelay {
  private readonly writes = new vscode.EventEmitter<string>();
  private pending: string[] | undefined = [];
  readonly onDidWrite = this.writes.event;

  write(text: string): void {
    if (this.pending) this.pending.push(text);
    else this.writes.fire(text);
  }

  open(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    pending.forEach((text) => this.writes.fire(text));
  }

  dispose(): void {
    this.writes.dispose();
  }
}

export interface DeployTaskRun {
  /** Settles when the CLI has exited and the stacks are read to the end. */
  result: Promise<DeployResult>;
  execution: Thenable<vscode.TaskExecution>;
}

const CLOSE_AFTER_LAST_WRITE_MS = 500;

export function runDeployTask(
  runner: DeployRunner,
  relay: TerminalRelay,
  definition: DeployTaskDefinition,
  folder: vscode.WorkspaceFolder | undefined,
  title: string,
): DeployTaskRun {
  let settle!: { resolve(result: DeployResult): void; reject(error: unknown): void };
  const result = new Promise<DeployResult>((resolve, reject) => (settle = { resolve, reject }));
  const execution = new vscode.CustomExecution(async () => {
    const closes = new vscode.EventEmitter<number>();
    const terminal: vscode.Pseudoterminal = {
      onDidWrite: relay.onDidWrite,
      onDidClose: closes.event,
      open: () => {
        relay.open();
        // The terminal parses written text asynchronously, and the task's problem matchers read the
        // parsed lines: closing at once can end the task before its last lines (the located errors
        // Lens writes after the CLI exits) are matched. A short pause lets them through.
        const closeSoon = (code: number) => setTimeout(() => closes.fire(code), CLOSE_AFTER_LAST_WRITE_MS);
        runner.run().then(
          (outcome) => {
            settle.resolve(outcome);
            closeSoon(outcome.exit.code ?? 1);
          },
          (error: unknown) => {
            settle.reject(error);
            closeSoon(1);
          },
        );
      },
      close: () => runner.cancel(),
    };
    return terminal;
  });
  const task = new vscode.Task(definition, folder ?? vscode.TaskScope.Workspace, title, 'Amplify', execution, PROBLEM_MATCHERS);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, panel: vscode.TaskPanelKind.Dedicated, clear: true };
  return { result, execution: vscode.tasks.executeTask(task) };
}

/**
 * An action that asks the user questions runs as a plain shell task: the terminal takes their
 * answers, which a pseudoterminal reading the CLI's output would not pass on. Settles with the exit code.
 */
export async function runShellTask(
  program: readonly string[],
  args: readonly string[],
  cwd: string,
  definition: DeployTaskDefinition,
  folder: vscode.WorkspaceFolder | undefined,
  title: string,
): Promise<number | undefined> {
  const [command, ...prefix] = program;
  // Every word quoted by the terminal's shell (the program is an absolute path, which may hold
  // spaces); the arguments are names the CLI accepts (cli-argument-rules.ts), so no shell reads more into them.
  const quoted = (value: string): vscode.ShellQuotedString => ({ value, quoting: vscode.ShellQuoting.Strong });
  const execution = new vscode.ShellExecution(quoted(command!), [...prefix, ...args].map(quoted), { cwd });
  const task = new vscode.Task(definition, folder ?? vscode.TaskScope.Workspace, title, 'Amplify', execution, PROBLEM_MATCHERS);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, focus: true, panel: vscode.TaskPanelKind.Dedicated, clear: true };
  const started = await vscode.tasks.executeTask(task);
  return new Promise((resolve) => {
    const subscription = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution !== started) return;
      subscription.dispose();
      resolve(event.exitCode);
    });
  });
}
