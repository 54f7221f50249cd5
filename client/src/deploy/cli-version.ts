/**
 * `<cli> --version` for the walkthrough's tools check, found and started the way deploys start the
 * CLI (cli-locator.ts, windows-command-line.ts): the setting's program, looked up on PATH only, an
 * npm `.cmd` shim through `cmd.exe` with quoted arguments. Bounded, so a hung binary cannot hang the check.
 */
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { locateCli } from './cli-locator';
import type { CliTool } from './deploy-command-catalog';
import { spawnPlan } from './windows-command-line';

const VERSION_TIMEOUT_MS = 10_000;

/** The version the CLI prints, or undefined when it is not installed or does not answer. */
export function cliVersion(tool: CliTool, setting: string | undefined, projectRoot: string): Promise<string | undefined> {
  const location = locateCli(tool, setting, { projectRoot });
  if (!location.found) return Promise.resolve(undefined);
  const [file, ...prefix] = location.program;
  const plan = spawnPlan(file!, [...prefix, '--version'], process.platform, process.env);
  return new Promise((resolve) => {
    execFile(
      plan.file,
      plan.args,
      // Not in the project folder: asking for a version must not read (or run) anything of the project's.
      {
        cwd: tool === 'amplify' ? homedir() : projectRoot,
        timeout: VERSION_TIMEOUT_MS,
        windowsHide: true,
        windowsVerbatimArguments: plan.windowsVerbatimArguments,
      },
      (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}
