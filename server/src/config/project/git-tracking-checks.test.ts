import { describe, expect, it } from 'vitest';
import { gitIndexBytes } from '../../../test-support/config/git-index-bytes';
import { json, project, summarize } from '../../../test-support/config/memory-project';
import { checkSecretsIgnored } from './secret-hygiene';

/**
 * The git-ignore checks against what git really tracks (its index) and what the author chose
 * (Amplify's .gitignore block, edited). Shapes from real projects: a block commented out whole,
 * an old block with a line deleted, a file committed before the ignore rule came.
 */
const FILES = {
  'amplify/.config/project-config.json': json({ projectName: 'app', frontend: 'javascript', javascript: { config: { SourceDir: 'src' } } }),
  'amplify/.config/local-env-info.json': json({ envName: 'dev' }),
  'amplify/backend/amplify-meta.json': '{}',
  'src/aws-exports.js': 'export default {};\n',
};
const BLOCK = [
  '#amplify-do-not-edit-begin',
  'amplify/\\#current-cloud-backend',
  'amplify/.config/local-*',
  'amplify/backend/amplify-meta.json',
  'aws-exports.js',
  '#amplify-do-not-edit-end',
  '',
];

describe("checkSecretsIgnored with the git index and the author's choices", () => {
  it('reports a file that is ignored but still tracked, and keeps quiet about ignored untracked ones', async () => {
    const index = gitIndexBytes(['.gitignore', 'amplify/backend/amplify-meta.json', 'src/App.js']);
    const files = project({ '.gitignore': BLOCK.join('\n'), '.git/index': index, ...FILES });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual(['config-committed-despite-ignore@amplify/backend/amplify-meta.json:1:1']);
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toContain('git rm --cached "amplify/backend/amplify-meta.json"');
  });

  it('says a folder committed despite its ignore rule on the .gitignore, with git rm -r', async () => {
    const index = gitIndexBytes(['amplify/#current-cloud-backend/amplify-meta.json']);
    const files = project({ '.gitignore': BLOCK.join('\n'), '.git/index': index, 'amplify/#current-cloud-backend/amplify-meta.json': '{}' });
    const [diagnostic] = await checkSecretsIgnored(files, 1);
    expect(summarize([diagnostic])).toEqual(['config-committed-despite-ignore@.gitignore:1:1']);
    expect(diagnostic.message).toContain('git rm --cached -r "amplify/#current-cloud-backend"');
  });

  it('only informs when the author commented the lines out of the block', async () => {
    const commented = BLOCK.map((line) => (line.startsWith('#amplify-do') || line === '' ? line : `# ${line}`));
    const files = project({ '.gitignore': commented.join('\n'), ...FILES });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual([
      'config-not-git-ignored@amplify/.config/local-env-info.json:1:1',
      'config-not-git-ignored@amplify/backend/amplify-meta.json:1:1',
      'config-not-git-ignored@src/aws-exports.js:1:1',
    ]);
    expect(diagnostics.every((d) => d.severity === 'information')).toBe(true);
    expect(diagnostics[2].message).toContain("`aws-exports.js` is commented out in Amplify's block");
    expect(diagnostics[2].fixes?.[0].title).toBe("Add 'aws-exports.js' to .gitignore");
  });

  it('only informs when the author deleted a line from an old #amplify block', async () => {
    const old = [
      '#amplify',
      'amplify/\\#current-cloud-backend',
      'amplify/.config/local-*',
      'amplify/backend/amplify-meta.json',
      'amplify/backend/awscloudformation',
      'build/',
      'dist/',
      'node_modules/',
      'awsconfiguration.json',
      '',
    ];
    const files = project({ '.gitignore': old.join('\n'), ...FILES });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual(['config-not-git-ignored@src/aws-exports.js:1:1']);
    expect(diagnostics[0].severity).toBe('information');
    expect(diagnostics[0].message).toContain("was removed from Amplify's block");
  });

  it('still warns when there is no block at all, saying whether the file is committed', async () => {
    const index = gitIndexBytes(['aws-exports.js']);
    const files = project({ '.gitignore': 'node_modules\n', '.git/index': index, 'aws-exports.js': '' });
    const [committed] = await checkSecretsIgnored(files, 1);
    expect(committed.severity).toBe('warning');
    expect(committed.message).toContain('then `git rm --cached` it: it is committed');
    const untracked = project({ '.gitignore': 'node_modules\n', '.git/index': gitIndexBytes(['README.md']), 'aws-exports.js': '' });
    const [notYet] = await checkSecretsIgnored(untracked, 1);
    expect(notYet.message).not.toContain('git rm');
  });

  it("follows a .git file to the worktree's git directory", async () => {
    const files = project(
      {
        '.git': 'gitdir: ../repo.git/worktrees/app\n',
        '../repo.git/worktrees/app/index': gitIndexBytes(['amplify/backend/amplify-meta.json']),
        '.gitignore': BLOCK.join('\n'),
        'amplify/backend/amplify-meta.json': '{}',
      },
      { git: false },
    );
    expect(summarize(await checkSecretsIgnored(files, 1))).toEqual(['config-committed-despite-ignore@amplify/backend/amplify-meta.json:1:1']);
  });

  it('checks a committed team-provider-info.json for secrets even when .gitignore lists it', async () => {
    const creds = JSON.stringify([{ ProviderName: 'Google', client_id: 'id.apps', client_secret: 'GOCSPX-s3cr3tvalue' }]);
    const tpi = json({ dev: { categories: { auth: { app: { hostedUIProviderCreds: creds } } } } });
    const ignoredTracked = project({
      '.gitignore': 'amplify/team-provider-info.json\n',
      '.git/index': gitIndexBytes(['amplify/team-provider-info.json']),
      'amplify/team-provider-info.json': tpi,
    });
    const found = await checkSecretsIgnored(ignoredTracked, 1);
    expect(found.map((d) => d.code)).toEqual(['config-secret-in-committed-file']);
    const ignoredUntracked = project({
      '.gitignore': 'amplify/team-provider-info.json\n',
      '.git/index': gitIndexBytes(['README.md']),
      'amplify/team-provider-info.json': tpi,
    });
    expect(await checkSecretsIgnored(ignoredUntracked, 1)).toEqual([]);
  });
});
