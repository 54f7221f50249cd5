import { describe, expect, it } from 'vitest';
import { parseGitIndex } from './git-index';
import { gitIndexBytes } from '../../../test-support/config/git-index-bytes';

const PATHS = ['amplify/.config/local-aws-info.json', 'amplify/backend/backend-config.json', 'src/aws-exports.js', 'README.md'];

describe('parseGitIndex', () => {
  it.each([2, 3, 4] as const)('lists the files and folders of a version %i index', (version) => {
    const tracked = parseGitIndex(gitIndexBytes(PATHS, { version, extended: version === 3 ? ['src/aws-exports.js'] : [] }));
    expect(tracked?.size).toBe(4);
    for (const path of PATHS) expect(tracked?.isTracked(path, false)).toBe(true);
    expect(tracked?.isTracked('amplify/.config', true)).toBe(true);
    expect(tracked?.isTracked('amplify', true)).toBe(true);
    expect(tracked?.isTracked('amplify/.config/local-env-info.json', false)).toBe(false);
    expect(tracked?.isTracked('amplify/#current-cloud-backend', true)).toBe(false);
    // a file is not a folder, nor a folder a file
    expect(tracked?.isTracked('src/aws-exports.js', true)).toBe(false);
    expect(tracked?.isTracked('src', false)).toBe(false);
  });

  it('decodes UTF-8 paths and long shared prefixes (version 4)', () => {
    const paths = ['docs/é/ä.md', 'docs/é/äb.md', `${'x'.repeat(300)}/y`, `${'x'.repeat(300)}/z`];
    const tracked = parseGitIndex(gitIndexBytes(paths, { version: 4 }));
    for (const path of paths) expect(tracked?.isTracked(path, false)).toBe(true);
  });

  it('reads a SHA-256 repository index when told the object id size', () => {
    const bytes = gitIndexBytes(PATHS, { hashBytes: 32 });
    expect(parseGitIndex(bytes, 32)?.isTracked('README.md', false)).toBe(true);
    expect(parseGitIndex(bytes, 20)?.isTracked('README.md', false)).not.toBe(true);
  });

  it('takes a sparse index folder entry as a tracked folder', () => {
    const tracked = parseGitIndex(gitIndexBytes(['amplify/backend/', 'README.md'], { modes: { 'amplify/backend/': 0o040000 } }));
    expect(tracked?.isTracked('amplify/backend', true)).toBe(true);
    expect(tracked?.isTracked('amplify', true)).toBe(true);
  });

  it('skips the extensions after the entries, but gives up on a split index', () => {
    const tree = { signature: 'TREE', payload: new Uint8Array([1, 2, 3]) };
    expect(parseGitIndex(gitIndexBytes(PATHS, { extensions: [tree] }))?.size).toBe(4);
    expect(parseGitIndex(gitIndexBytes(PATHS, { extensions: [tree, { signature: 'link', payload: new Uint8Array(20) }] }))).toBeUndefined();
  });

  it('gives undefined, never a partial list, for anything that is not a sound index', () => {
    const good = gitIndexBytes(PATHS);
    expect(parseGitIndex(new Uint8Array(0))).toBeUndefined();
    expect(parseGitIndex(new TextEncoder().encode('not an index at all'))).toBeUndefined();
    expect(parseGitIndex(good.subarray(0, good.length - 40))).toBeUndefined();
    const version9 = good.slice();
    version9[7] = 9;
    expect(parseGitIndex(version9)).toBeUndefined();
    const hugeCount = good.slice();
    hugeCount.set([0xff, 0xff, 0xff, 0xff], 8);
    expect(parseGitIndex(hugeCount)).toBeUndefined();
    // a version 4 prefix that strips more than the previous path holds
    const v4 = gitIndexBytes(['a', 'b'], { version: 4 });
    const second = v4.indexOf(0x61 /* a */) + 2 + 62;
    v4[second] = 0x7f;
    expect(parseGitIndex(v4)).toBeUndefined();
  });
});
