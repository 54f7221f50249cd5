import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_AMPLIFY, FAKE_AMPX, FAKE_CLI_DIR } from '../../../test/fake-cli/fake-cli-projects';
import { locateCli, splitCommand } from './cli-locator';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
  made.push(dir);
  return dir;
}

describe('CLI locator', () => {
  it('splits command settings with quotes', () => {
    expect(splitCommand('npx ampx')).toEqual(['npx', 'ampx']);
    expect(splitCommand('"/opt/my tools/amplify" --debug')).toEqual(['/opt/my tools/amplify', '--debug']);
  });

  it('finds a bare name on PATH as its absolute path, takes an absolute path, and explains a missing CLI with the install hint', () => {
    const env = { PATH: FAKE_CLI_DIR };
    expect(locateCli('amplify', undefined, { projectRoot: '/projects/app', env, platform: 'linux' })).toEqual({
      found: true,
      program: [FAKE_AMPLIFY],
      typed: ['amplify'],
    });
    expect(locateCli('ampx', FAKE_AMPX, { projectRoot: '/projects/app', env: { PATH: '' }, platform: 'linux' }).found).toBe(true);
    const missing = locateCli('amplify', 'amplify', { projectRoot: '/projects/app', env: { PATH: tempDir() }, platform: 'linux' });
    expect(missing).toMatchObject({
      found: false,
      message: 'Amplify Lens could not find `amplify`.',
      hint: expect.stringContaining('npm install -g @aws-amplify/cli'),
    });
  });

  it('never runs a program from the project folder: no relative PATH entry, no relative setting', () => {
    const project = tempDir();
    writeFileSync(join(project, 'amplify'), '#!/bin/sh\n', { mode: 0o755 });
    mkdirSync(join(project, 'bin'));
    writeFileSync(join(project, 'bin', 'amplify'), '#!/bin/sh\n', { mode: 0o755 });
    // Relative PATH entries mean the working folder, which is the project when the CLI runs.
    expect(locateCli('amplify', undefined, { projectRoot: project, env: { PATH: `.:bin::${tempDir()}` }, platform: 'linux' }).found).toBe(false);
    expect(locateCli('amplify', './bin/amplify', { projectRoot: project, env: { PATH: '' }, platform: 'linux' })).toMatchObject({
      found: false,
      hint: expect.stringContaining('a name on PATH or a full path'),
    });
  });

  it('asks for ampx installed in the project before running it through npx', () => {
    const bin = tempDir();
    writeFileSync(join(bin, 'npx'), '#!/bin/sh\n', { mode: 0o755 });
    const project = tempDir();
    const env = { PATH: bin };
    expect(locateCli('ampx', undefined, { projectRoot: project, env, platform: 'linux' })).toMatchObject({
      found: false,
      hint: expect.stringContaining('@aws-amplify/backend-cli'),
    });
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(project, 'node_modules', '.bin', 'ampx'), '', { mode: 0o755 });
    expect(locateCli('ampx', undefined, { projectRoot: project, env, platform: 'linux' })).toEqual({
      found: true,
      program: [join(bin, 'npx'), 'ampx'],
      typed: ['npx', 'ampx'],
    });
  });
});

describe('CLI locator on Windows (its path rules, on any machine)', () => {
  // A Windows disk: npm's global folder holds the shims, the project holds a planted amplify.cmd.
  const disk = new Set([
    'C:\\Users\\dev\\AppData\\Roaming\\npm\\amplify',
    'C:\\Users\\dev\\AppData\\Roaming\\npm\\amplify.cmd',
    'C:\\Program Files\\nodejs\\npx.cmd',
    'C:\\Program Files\\nodejs\\node.exe',
    'C:\\work\\app\\amplify.cmd',
    'C:\\work\\app\\node_modules\\.bin\\ampx.cmd',
    'D:\\tools\\amplify.exe',
  ]);
  const windows = (PATH: string) => ({
    projectRoot: 'C:\\work\\app',
    platform: 'win32' as const,
    env: { Path: PATH, PATHEXT: '.COM;.EXE;.BAT;.CMD' },
    isRunnable: (path: string) => disk.has(path),
  });

  it('resolves npm’s .cmd shim on PATH, never the extensionless shell script beside it', () => {
    expect(locateCli('amplify', undefined, windows('C:\\Windows\\system32;C:\\Users\\dev\\AppData\\Roaming\\npm'))).toEqual({
      found: true,
      program: ['C:\\Users\\dev\\AppData\\Roaming\\npm\\amplify.cmd'],
      typed: ['amplify'],
    });
  });

  it('resolves npx.cmd from a quoted PATH entry, and ampx from the project through it', () => {
    expect(locateCli('ampx', undefined, windows('"C:\\Program Files\\nodejs"'))).toEqual({
      found: true,
      program: ['C:\\Program Files\\nodejs\\npx.cmd', 'ampx'],
      typed: ['npx', 'ampx'],
    });
  });

  it('ignores the project folder: a planted amplify.cmd is not found through `.` or an empty PATH entry', () => {
    expect(locateCli('amplify', undefined, windows('.;;app')).found).toBe(false);
    expect(locateCli('amplify', 'amplify.cmd', windows('')).found).toBe(false);
    expect(locateCli('amplify', '.\\amplify.cmd', windows('')).found).toBe(false);
  });

  it('takes a full path with or without its extension', () => {
    expect(locateCli('amplify', 'D:\\tools\\amplify.exe', windows('')).program).toEqual(['D:\\tools\\amplify.exe']);
    expect(locateCli('amplify', '"D:\\tools\\amplify"', windows('')).program).toEqual(['D:\\tools\\amplify.exe']);
  });
});
