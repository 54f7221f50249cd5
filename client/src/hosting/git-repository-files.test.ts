import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHead, parseRemotes, readGitRepository } from './git-repository-files';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function files(entries: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'lens-git-'));
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('reading a git repository without git', () => {
  it('finds .git above a project in a monorepo: the branch, the remotes, the local branches', async () => {
    const repo = files({
      '.git/HEAD': 'ref: refs/heads/feature/login\n',
      '.git/config':
        '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:example/mono.git\n[remote "upstream"]\n\turl = "https://github.com/upstream/mono"\n',
      '.git/refs/heads/main': 'a\n',
      '.git/refs/heads/feature/login': 'b\n',
      '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${'c'.repeat(40)} refs/heads/release/1.0\n${'d'.repeat(40)} refs/tags/v1\n`,
      'apps/web/amplify/backend.ts': '',
    });
    expect(await readGitRepository(join(repo, 'apps/web'))).toEqual({
      root: repo,
      commonDir: join(repo, '.git'),
      currentBranch: 'feature/login',
      remotes: { origin: 'git@github.com:example/mono.git', upstream: 'https://github.com/upstream/mono' },
      localBranches: ['feature/login', 'main', 'release/1.0'],
    });
  });

  it("follows a worktree's .git file to its folder and the common folder", async () => {
    const repo = files({
      'main/.git/config': '[remote "origin"]\n\turl = https://github.com/example/app\n',
      'main/.git/refs/heads/main': 'a\n',
      'main/.git/worktrees/wt/HEAD': 'ref: refs/heads/hotfix\n',
      'main/.git/worktrees/wt/commondir': '../..\n',
      'wt/.git': 'gitdir: ../main/.git/worktrees/wt\n',
    });
    const info = await readGitRepository(join(repo, 'wt'));
    expect([info?.currentBranch, info?.remotes]).toEqual(['hotfix', { origin: 'https://github.com/example/app' }]);
  });

  it('reads a detached HEAD as no branch, and ignores what is not a branch or a remote', () => {
    expect(parseHead('0123456789abcdef0123456789abcdef01234567\n')).toBeUndefined();
    expect(parseHead('ref: refs/heads/bad..name\n')).toBeUndefined();
    expect(parseRemotes('[remote "a"]\n\tpushurl = x\n[branch "main"]\n\turl = not-a-remote\n[remote "b"]\nurl=https://h/o/r\n')).toEqual({
      b: 'https://h/o/r',
    });
  });

  it('answers undefined outside a repository', async () => {
    expect(await readGitRepository(files({ 'amplify/backend.ts': '' }))).toBeUndefined();
  });
});
