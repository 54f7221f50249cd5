import { describe, expect, it } from 'vitest';
import { checkSecretsIgnored } from './secret-hygiene';
import { json, project, summarize, underlined } from '../../../test-support/config/memory-project';

const AMPLIFY_BLOCK = [
  '#amplify-do-not-edit-begin',
  'amplify/\\#current-cloud-backend',
  'amplify/.config/local-*',
  'amplify/logs',
  'amplify/mock-data',
  'amplify/mock-api-resources',
  'amplify/backend/amplify-meta.json',
  'amplify/backend/.temp',
  'build/',
  'dist/',
  'node_modules/',
  'aws-exports.js',
  'awsconfiguration.json',
  'amplifyconfiguration.json',
  'amplifyconfiguration.dart',
  'amplify-build-config.json',
  'amplify-gradle-config.json',
  'amplifytools.xcconfig',
  '.secret-*',
  '**.sample',
  '#amplify-do-not-edit-end',
  '',
].join('\n');

const GEN1_LOCAL_FILES = {
  'amplify/.config/project-config.json': json({ projectName: 'app', frontend: 'javascript', javascript: { config: { SourceDir: 'src' } } }),
  'amplify/.config/local-env-info.json': json({ envName: 'dev' }),
  'amplify/.config/local-aws-info.json': json({ dev: { configLevel: 'project', useProfile: true, profileName: 'default' } }),
  'amplify/#current-cloud-backend/amplify-meta.json': '{}',
  'amplify/backend/amplify-meta.json': '{}',
  'amplify/backend/backend-config.json': '{}',
  'amplify/team-provider-info.json': json({ dev: { awscloudformation: { Region: 'eu-west-1' } } }),
  'src/aws-exports.js': 'export default {};\n',
};

describe('checkSecretsIgnored — Gen 1', () => {
  it("is quiet when the CLI's .gitignore block is in place", async () => {
    expect(await checkSecretsIgnored(project({ '.gitignore': AMPLIFY_BLOCK, ...GEN1_LOCAL_FILES }), 1)).toEqual([]);
  });

  it('warns on each ignored-by-Amplify file that git would commit, folders on the .gitignore', async () => {
    const files = project({ '.gitignore': 'node_modules/\n', ...GEN1_LOCAL_FILES });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual([
      'config-not-git-ignored@.gitignore:1:1',
      'config-not-git-ignored@amplify/.config/local-aws-info.json:1:1',
      'config-not-git-ignored@amplify/.config/local-env-info.json:1:1',
      'config-not-git-ignored@amplify/backend/amplify-meta.json:1:1',
      'config-not-git-ignored@src/aws-exports.js:1:1',
    ]);
    expect(diagnostics[0].message).toContain('amplify/#current-cloud-backend/ is not git-ignored');
    expect(diagnostics[0].message).toContain('`amplify/\\#current-cloud-backend`');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('offers to append the pattern to .gitignore, adding a missing final newline', async () => {
    const files = project({ '.gitignore': 'node_modules/', 'aws-exports.js': '' });
    const [diagnostic] = await checkSecretsIgnored(files, 1);
    expect(diagnostic.fixes).toEqual([
      {
        title: "Add 'aws-exports.js' to .gitignore",
        isPreferred: true,
        edits: [
          {
            uri: 'file:///projects/app/.gitignore',
            range: { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } },
            newText: '\naws-exports.js\n',
          },
        ],
      },
    ]);
  });

  it('without a .gitignore, warns on the files and puts folders on project-config.json, with no fix', async () => {
    const files = project({
      'amplify/.config/project-config.json': '{}',
      'amplify/backend/.temp/x.json': '{}',
      'amplifyconfiguration.json': '{}',
    });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual([
      'config-not-git-ignored@amplify/.config/project-config.json:1:1',
      'config-not-git-ignored@amplifyconfiguration.json:1:1',
    ]);
    expect(diagnostics.every((d) => d.fixes === undefined)).toBe(true);
  });

  it('reads .gitignore files above the project up to the repository top, and .git/info/exclude', async () => {
    const files = project(
      {
        '../../.git/HEAD': '',
        '../../.gitignore': 'aws-exports.js\n',
        '../../.git/info/exclude': 'amplify/backend/amplify-meta.json\n',
        '../.gitignore': '/app/amplify/.config/local-*\n',
        'amplify/.config/local-env-info.json': '{}',
        'amplify/backend/amplify-meta.json': '{}',
        'src/aws-exports.js': '',
      },
      { git: false },
    );
    // exclude patterns are relative to the top: amplify/backend/… there does not match work/app/amplify/backend/…
    expect(summarize(await checkSecretsIgnored(files, 1))).toEqual(['config-not-git-ignored@amplify/backend/amplify-meta.json:1:1']);
  });

  it('reads .gitignore files inside the project', async () => {
    const files = project({
      'amplify/.gitignore': '.config/local-*\nbackend/amplify-meta.json\n',
      ...pick(GEN1_LOCAL_FILES, ['amplify/.config/local-env-info.json', 'amplify/backend/amplify-meta.json']),
    });
    expect(await checkSecretsIgnored(files, 1)).toEqual([]);
  });

  it('finds the generated configuration of Android and Flutter front ends', async () => {
    const android = project({
      'amplify/.config/project-config.json': json({ frontend: 'android', android: { config: { ResDir: 'app/src/main/res' } } }),
      'app/src/main/res/raw/amplifyconfiguration.json': '{}',
      'app/src/main/res/raw/awsconfiguration.json': '{}',
    });
    expect(summarize(await checkSecretsIgnored(android, 1))).toEqual([
      'config-not-git-ignored@app/src/main/res/raw/amplifyconfiguration.json:1:1',
      'config-not-git-ignored@app/src/main/res/raw/awsconfiguration.json:1:1',
    ]);
    const flutter = project({
      'amplify/.config/project-config.json': json({ frontend: 'flutter', flutter: { config: { ResDir: './lib/' } } }),
      'lib/amplifyconfiguration.dart': '',
    });
    expect(summarize(await checkSecretsIgnored(flutter, 1))).toEqual(['config-not-git-ignored@lib/amplifyconfiguration.dart:1:1']);
  });

  it('is quiet outside a git repository', async () => {
    expect(await checkSecretsIgnored(project(GEN1_LOCAL_FILES, { git: false }), 1)).toEqual([]);
  });

  it('warns on secret-looking values of committed team-provider-info.json and parameters.json, without quoting them', async () => {
    const creds = JSON.stringify([{ ProviderName: 'Google', client_id: 'id.apps', client_secret: 'GOCSPX-s3cr3tvalue' }]);
    const files = project({
      '.gitignore': AMPLIFY_BLOCK,
      'amplify/team-provider-info.json': json({
        dev: {
          awscloudformation: { Region: 'eu-west-1', DeploymentBucketName: 'amplify-app-dev-deployment' },
          categories: {
            auth: { app: { hostedUIProviderCreds: creds, userpoolClientGenerateSecret: true } },
            function: { job: { secretsPathAmplifyAppId: 'd2x7example9a', s3Key: 'amplify-builds/job.zip' } },
          },
        },
      }),
      'amplify/backend/function/job/parameters.json': json({ stripeApiKey: 'rk_test_51Habcdefgh', timeout: 25 }),
      'amplify/backend/storage/media/build/parameters.json': json({ dbPassword: 'ignored-because-build-is-ignored' }),
    });
    const diagnostics = await checkSecretsIgnored(files, 1);
    expect(summarize(diagnostics)).toEqual([
      'config-secret-in-committed-file@amplify/backend/function/job/parameters.json:2:19',
      'config-secret-in-committed-file@amplify/team-provider-info.json:10:36',
    ]);
    expect(await underlined(files, diagnostics[0])).toBe('"rk_test_51Habcdefgh"');
    expect(diagnostics[0].message).toContain("'stripeApiKey'");
    expect(diagnostics[0].message).toContain('amplify update function');
    for (const diagnostic of diagnostics) {
      expect(diagnostic.message).not.toContain('rk_test');
      expect(diagnostic.message).not.toContain('GOCSPX');
    }
  });

  it('does not warn about secrets in files git ignores', async () => {
    const files = project({
      '.gitignore': 'amplify/team-provider-info.json\n',
      'amplify/team-provider-info.json': json({ dev: { categories: { auth: { a: { clientSecret: 'abcdefghijkl' } } } } }),
    });
    expect(await checkSecretsIgnored(files, 1)).toEqual([]);
  });
});

describe('checkSecretsIgnored — Gen 2', () => {
  const GEN2 = {
    'amplify/backend.ts': 'defineBackend({});\n',
    'amplify_outputs.json': '{}',
    '.amplify/artifacts/cdk.out/manifest.json': '{}',
  };

  it("is quiet with the create-amplify template's .gitignore", async () => {
    const files = project({ '.gitignore': '# amplify\nnode_modules\n.amplify\namplify_outputs*\namplifyconfiguration*\n', ...GEN2 });
    expect(await checkSecretsIgnored(files)).toEqual([]);
  });

  it('warns on amplify_outputs.json and .amplify/ when they would be committed', async () => {
    const files = project({ '.gitignore': 'node_modules\n', ...GEN2, 'src/amplifyconfiguration.json': '{}' });
    const diagnostics = await checkSecretsIgnored(files);
    expect(summarize(diagnostics)).toEqual([
      'config-not-git-ignored@.gitignore:1:1',
      'config-not-git-ignored@amplify_outputs.json:1:1',
      'config-not-git-ignored@src/amplifyconfiguration.json:1:1',
    ]);
    expect(diagnostics[1].fixes?.[0].edits[0].newText).toBe('amplify_outputs*\n');
  });
});

function pick(source: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}
