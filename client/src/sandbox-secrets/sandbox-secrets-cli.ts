/**
 * Sandbox secrets through the user's own `ampx` (`sandbox secret list|set|remove`, run by the
 * CLI runner of client/src/deploy), so they land where `secret('NAME')` reads them (SSM, under the
 * sandbox's path) with the user's credentials and ampx's own rules. Values are never read back
 * and never put on a command line: `set` writes the value to ampx's standard input, which ampx
 * reads to its end when it is not talking to a terminal (sandbox_secret_set_command.ts).
 */
import { CliProcess, type CliRunLog } from '../deploy/cli-process';

/** amplify-backend's rule for secret names (sandbox_secret_set_command.ts). */
export const SECRET_NAME = /^[a-zA-Z0-9_.-]+$/;
/** ampx's rule for sandbox identifiers (sandbox_command.ts). */
const IDENTIFIER = /^[a-zA-Z0-9-]{1,15}$/;
const MAX_OUTPUT_CHARS = 20_000;

export interface SecretsTarget {
  /** The CLI program and its leading words (`['npx', 'ampx']`). */
  program: readonly string[];
  projectRoot: string;
  /** Another sandbox than the user's own (`--identifier`). */
  identifier?: string;
  /** Where the run is written: the command line (names only, the value goes on stdin), exit code and duration. */
  log?: CliRunLog;
}

export interface CliAnswer {
  ok: boolean;
  /** What ampx printed, ANSI colours removed, for an error message. */
  output: string;
}

export class SandboxSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxSecretError';
  }
}

export async function listSandboxSecrets(target: SecretsTarget): Promise<string[]> {
  const answer = await runAmpx(target, ['sandbox', 'secret', 'list']);
  if (!answer.ok) throw new SandboxSecretError(lastLines(answer.output));
  return parseSecretList(answer.output);
}

export async function setSandboxSecret(target: SecretsTarget, name: string, value: string): Promise<CliAnswer> {
  checkName(name);
  return runAmpx(target, ['sandbox', 'secret', 'set', name], value);
}

export async function removeSandboxSecret(target: SecretsTarget, name: string): Promise<CliAnswer> {
  checkName(name);
  return runAmpx(target, ['sandbox', 'secret', 'remove', name]);
}

/** `format.list` prints ` - <name>` per secret; anything else ampx prints is not a name. */
export function parseSecretList(output: string): string[] {
  const names: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const name = /^ - (\S+)$/.exec(line)?.[1];
    if (name && SECRET_NAME.test(name)) names.push(name);
  }
  return names;
}

function checkName(name: string): void {
  if (!SECRET_NAME.test(name)) throw new SandboxSecretError(`"${name}" is not a secret name: use letters, digits, and . _ -`);
}

function runAmpx(target: SecretsTarget, args: string[], input?: string): Promise<CliAnswer> {
  const identifier = target.identifier && IDENTIFIER.test(target.identifier) ? ['--identifier', target.identifier] : [];
  let output = '';
  const process = new CliProcess(
    { program: target.program, args: [...args, ...identifier], cwd: target.projectRoot, input, log: target.log },
    { onText: (text) => (output = (output + text).slice(-MAX_OUTPUT_CHARS)), onLine: () => undefined },
  );
  return process.exited.then((exit) => ({ ok: exit.code === 0, output: stripAnsi(output) }));
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function lastLines(output: string): string {
  return output.trim().split(/\r?\n/).slice(-4).join(' ').slice(0, 600) || 'ampx failed without saying why.';
}
