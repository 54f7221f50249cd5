import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_AMPX, FAKE_CLI_DIR } from '../../../test/fake-cli/fake-cli-projects';
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

  it('finds a bare name on PATH and an absolute path, and explains a missing CLI with the install hint', () => {
    const env = { PATH: FAKE_CLI_DIR };
    expect(locateCli('amplify', undefined, { projectRoot: '/projects/app', env, platform: 'linux' })).toEqual({ found: true, program: ['amplify'] });
    expect(locateCli('ampx', FAKE_AMPX, { projectRoot: '/projects/app', env: { PATH: '' }, platform: 'linux' }).found).toBe(true);
    const missing = locateCli('amplify', 'amplify', { projectRoot: '/projects/app', env: { PATH: tempDir() }, platform: 'linux' });
    expect(missing).toMatchObject({ found: false, message: 'Amplify Lens could not find `amplify`.', hint: expect.stringContaining('npm install -g @aws-amplify/cli') });
  });

  it('asks for ampx installed in the project before running it through npx', () => {
    const bin = tempDir();
    writeFileSync(join(bin, 'npx'), '#!/bin/sh\n', { mode: 0o755 });
    const project = tempDir();
    const env = { PATH: bin };
    expect(locateCli('ampx', undefined, { projectRoot: project, env, platform: 'linux' })).toMatchObject({ found: false, hint: expect.stringContaining('@aws-amplify/backend-cli') });
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(project, 'node_modules', '.bin', 'ampx'), '', { mode: 0o755 });
    expect(locateCli('ampx', undefined, { projectRoot: project, env, platform: 'linux' })).toEqual({ found: true, program: ['npx', 'ampx'] });
  });
});
