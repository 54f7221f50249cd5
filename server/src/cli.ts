#!/usr/bin/env node
/**
 * `amplify-lens check [DIR|FILE…] [--format text|json]`: the language server's diagnostics on the
 * command line, for CI. Exit status 1 when any error is found, 2 on a usage error. A file that
 * cannot be read is a diagnostic on that file, never a reason to stop: the run reports the rest.
 */
import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkPaths, type CheckReport } from './check/check-paths';
import { formatJsonReport, formatTextReport } from './check/report-format';

const USAGE = `Usage: amplify-lens check [DIR|FILE...] [--format text|json]

Checks the Amplify projects found in DIR (default: the current folder) — Gen 1 GraphQL
schemas under amplify/backend/api/*, Gen 2 schemas under amplify/data — and prints
every diagnostic the language server would show. Exits 1 when there are errors.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    console.log('0.1.0');
    return 0;
  }
  if (command !== 'check') {
    console.error(`Unknown command '${command}'.\n\n${USAGE}`);
    return 2;
  }
  let format: 'text' | 'json' = 'text';
  const targets: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') {
        console.error(`--format takes 'text' or 'json'.`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        console.error(`--format takes 'text' or 'json'.`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('-')) {
      console.error(`Unknown option '${arg}'.\n\n${USAGE}`);
      return 2;
    } else {
      targets.push(resolve(arg));
    }
  }
  if (targets.length === 0) targets.push(process.cwd());
  for (const target of targets) {
    // Only a path that names nothing is a usage error; a file that is there but cannot be read
    // (a link to itself, no permission) is reported as a diagnostic like any other bad file.
    const missing = await lstat(target).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (missing) {
      console.error(`No such file or folder: ${relative(process.cwd(), target) || target}`);
      return 2;
    }
  }
  const report: CheckReport = await checkPaths(targets);
  const output = format === 'json' ? formatJsonReport(report, process.cwd()) : formatTextReport(report, process.cwd());
  process.stdout.write(output);
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
