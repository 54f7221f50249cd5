import { execFile, execFileSync } from 'node:child_process';
import { chmod, rm, symlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manyFindings } from '../../server/test-support/graphql/extreme-schemas';
import { TempProject } from '../support/temp-project';

const CLI = resolve(__dirname, '../../server/out/cli.js');
const SCHEMA = 'amplify/backend/api/blog/schema.graphql';
const SCHEMA_FOLDER = 'amplify/backend/api/blog/schema';
const posix = process.platform !== 'win32';

interface JsonReport {
  diagnostics: { file: string; severity: string; code: string; message: string }[];
}

/** Runs `amplify-lens check --format json` in `cwd`, optionally under `ulimit -n`. */
function check(cwd: string, args: string[] = [], maxOpenFiles?: number): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const command = maxOpenFiles ? '/bin/sh' : process.execPath;
  const argv = maxOpenFiles
    ? ['-c', `ulimit -n ${maxOpenFiles} && exec "$0" "$@"`, process.execPath, CLI, 'check', ...args, '--format', 'json']
    : [CLI, 'check', ...args, '--format', 'json'];
  return new Promise((resolvePromise) => {
    execFile(command, argv, { cwd, maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code) : 0;
      resolvePromise({ code, report: stdout ? (JSON.parse(stdout) as JsonReport) : { diagnostics: [] }, stderr });
    });
  });
}

const summary = (report: JsonReport) => report.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`);

/**
 * `amplify-lens check` on what a cloned repository may hold: it reports each bad file as a
 * diagnostic on that file and goes on; the exit status follows the diagnostics (never 2 for a file).
 */
describe('amplify-lens check on unusual inputs', () => {
  let project: TempProject;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
  });

  afterEach(async () => {
    await project.dispose();
  });

  it.skipIf(!posix)('a named pipe, /dev/zero, a link to itself and an unreadable file: each reported, the run goes on', async () => {
    await rm(project.path(SCHEMA));
    await project.write(`${SCHEMA_FOLDER}/post.graphql`, 'type Post @model {\n  id: ID!\n}\n');
    execFileSync('mkfifo', [project.path(`${SCHEMA_FOLDER}/pipe.graphql`)]);
    await symlink('/dev/zero', project.path(`${SCHEMA_FOLDER}/zero.graphql`));
    await symlink('loop.graphql', project.path(`${SCHEMA_FOLDER}/loop.graphql`));
    await symlink('post.graphql/nothing', project.path(`${SCHEMA_FOLDER}/dangling.graphql`));
    const locked = await project.write('amplify/backend/api/blog/transform.conf.json', '{"Version": 5}');
    await chmod(locked, 0o000);
    const { code, report } = await check(project.root);
    expect(code).toBe(1);
    expect(summary(report)).toEqual(
      expect.arrayContaining([
        `${SCHEMA_FOLDER}/dangling.graphql error file-unreadable`,
        `${SCHEMA_FOLDER}/loop.graphql error file-unreadable`,
        `${SCHEMA_FOLDER}/pipe.graphql error file-not-regular`,
        `${SCHEMA_FOLDER}/zero.graphql error file-not-regular`,
      ]),
    );
    expect(report.diagnostics.find((d) => d.file.endsWith('loop.graphql'))?.message).toContain('a symbolic link that leads back to itself');
    // Root reads any file whatever its mode; everyone else gets the permission error.
    if (process.getuid?.() !== 0) expect(summary(report)).toContain('amplify/backend/api/blog/transform.conf.json error file-unreadable');
    // The configuration checks ran too.
    expect(report.diagnostics.some((d) => d.code === 'internal-error')).toBe(false);
  });

  it.skipIf(!posix)('a named pipe or a link to itself named on the command line is a finding, not a usage error', async () => {
    execFileSync('mkfifo', [project.path('pipe.graphql')]);
    await symlink('loop.graphql', project.path('loop.graphql'));
    const { code, report } = await check(project.root, ['pipe.graphql', 'loop.graphql']);
    expect(code).toBe(1);
    expect(summary(report)).toEqual(['pipe.graphql error file-not-regular', 'loop.graphql error file-unreadable']);
  });

  it.skipIf(!posix)('1,000 schema files under `ulimit -n 256`: all read, no problems', { timeout: 120_000 }, async () => {
    await rm(project.path(SCHEMA));
    for (let i = 0; i < 1_000; i++)
      await project.write(`${SCHEMA_FOLDER}/t${i}.graphql`, `type T${i} @model {\n  id: ID!\n  next: T${(i + 1) % 1_000}\n}\n`);
    const { code, report, stderr } = await check(project.root, [], 256);
    expect(stderr).toBe('');
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('YAML aliases to nothing or without end, and JSON nested 5,000 deep: diagnostics, exit by severity', async () => {
    await project.write('amplify.yml', 'version: 1\nfrontend:\n  <<: *base\n');
    await project.write(
      'customHttp.yml',
      `a0: &a0 ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`).join('\n')}\n`,
    );
    await project.write('amplify/team-provider-info.json', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`);
    const { code, report } = await check(project.root);
    expect(summary(report)).toEqual([
      'amplify.yml error yaml-unresolved-alias',
      'amplify/team-provider-info.json warning nesting-too-deep',
      'customHttp.yml warning yaml-alias-limit',
    ]);
    expect(code).toBe(1);
  });

  it('8,000 [ in a type and a 5 MB schema: warnings saying what was not checked, exit 0', { timeout: 60_000 }, async () => {
    await project.write(SCHEMA, `type Post @model {\n  id: ID!\n  tags: ${'['.repeat(8_000)}String${']'.repeat(8_000)}\n}\n`);
    let result = await check(project.root);
    expect(summary(result.report)).toEqual([`${SCHEMA} warning nesting-too-deep`]);
    expect(result.code).toBe(0);
    await project.write(SCHEMA, `type Post @model { id: ID! ${Array.from({ length: 400_000 }, (_, i) => `f${i}: String`).join(' ')} }`);
    result = await check(project.root);
    expect(summary(result.report)).toEqual([`${SCHEMA} warning file-too-large`]);
    expect(result.code).toBe(0);
  });

  it('more than 120,000 findings are all reported', { timeout: 120_000 }, async () => {
    await project.write(SCHEMA, manyFindings(130_000));
    const { code, report } = await check(project.root);
    expect(code).toBe(1);
    expect(report.diagnostics).toHaveLength(130_000);
    expect(new Set(report.diagnostics.map((d) => d.code))).toEqual(new Set(['primary-key-sort-key-not-found']));
  });
});
