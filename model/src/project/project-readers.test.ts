import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeProjectFiles } from '../files/project-files';
import { findAmplifyProjects } from './find-amplify-projects';
import { readGen1Project } from './gen1-project-reader';
import { readGen2Project } from './gen2-project-reader';

const EXAMPLES = resolve(__dirname, '../../../examples');
let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

function tree(files: Record<string, unknown>): string {
  temp = mkdtempSync(join(tmpdir(), 'lens-projects-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(temp, path)), { recursive: true });
    writeFileSync(join(temp, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return temp;
}

describe('findAmplifyProjects', () => {
  it('finds Gen 1 and Gen 2 projects up to four levels down, never in skipped or hidden folders or inside another project', async () => {
    const root = tree({
      'apps/web/amplify/backend.ts': 'defineBackend({});',
      'apps/web/amplify/nested/amplify/backend.ts': '',
      'services/legacy/amplify/.config/project-config.json': {},
      'services/old/amplify/backend/backend-config.json': {},
      'services/schema-only/amplify/backend/api/blog/schema.graphql': 'type Post @model { id: ID! }',
      'packages/group/team/app/amplify/backend.ts': '',
      'node_modules/pkg/amplify/backend.ts': '',
      'dist/amplify/backend.ts': '',
      'cdk.out/amplify/backend.ts': '',
      '.cache/x/amplify/backend.ts': '',
      'a/b/c/d/e/amplify/backend.ts': '',
      'misplaced/amplify/backend.ts/readme.md': '',
    });
    const found = await findAmplifyProjects(root);
    expect(found.map((project) => [project.root.slice(root.length + 1), project.generation])).toEqual([
      ['apps/web', 2],
      ['services/legacy', 1],
      ['services/old', 1],
      ['services/schema-only', 1],
      ['packages/group/team/app', 2],
    ]);
  });

  it('stops when the search is cancelled', async () => {
    const root = tree({ 'apps/web/amplify/backend.ts': '' });
    const controller = new AbortController();
    controller.abort();
    expect(await findAmplifyProjects(root, controller.signal)).toEqual([]);
  });

  it('finds the examples', async () => {
    expect((await findAmplifyProjects(EXAMPLES)).map((project) => [project.root.slice(EXAMPLES.length + 1), project.generation])).toEqual([
      ['gen1-blog', 1],
      ['gen1-v1-legacy', 1],
      ['gen2-todo', 2],
    ]);
  });
});

describe('readGen1Project', () => {
  it('reads envs, the current env, profiles and resources from the project files', async () => {
    const root = tree({
      'amplify/team-provider-info.json': {
        dev: { awscloudformation: { Region: 'eu-west-1', StackName: 'amplify-blog-dev-11111', StackId: 'arn:dev', AmplifyAppId: 'd1app' } },
        prod: { awscloudformation: { Region: 'us-east-1', StackName: 'amplify-blog-prod-22222', StackId: 'arn:prod', AmplifyAppId: 'd1app' } },
      },
      'amplify/.config/local-env-info.json': { projectPath: '/x', defaultEditor: 'code', envName: 'prod' },
      'amplify/.config/local-aws-info.json': {
        dev: { configLevel: 'project', useProfile: true, profileName: 'blog-dev' },
        prod: { configLevel: 'project', useProfile: false, accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
        test: { configLevel: 'general' },
      },
      'amplify/.config/project-config.json': { projectName: 'blog' },
      'amplify/backend/backend-config.json': {
        api: { blog: { service: 'AppSync' } },
        function: { resize: { service: 'Lambda' } },
        parameters: { AMPLIFY_function_resize_s3Key: { usedBy: [] } },
      },
      'amplify/backend/amplify-meta.json': {
        providers: { awscloudformation: { StackName: 'amplify-blog-prod-22222', Region: 'us-east-1' } },
        api: { blog: { service: 'AppSync', providerMetadata: { logicalId: 'apiblog' }, output: { GraphQLAPIIdOutput: 'abc', authConfig: {} } } },
        storage: { photos: { service: 'S3', output: { BucketName: 'photos-prod' } } },
      },
      'amplify/backend/api/blog/schema.graphql': 'type Post @model { id: ID! }',
      'amplify/backend/api/blog/cli-inputs.json': {
        serviceConfiguration: {
          defaultAuthType: { mode: 'AMAZON_COGNITO_USER_POOLS' },
          additionalAuthTypes: [{ mode: 'API_KEY' }, { mode: 'NOT_A_MODE' }],
        },
      },
      'amplify/backend/api/blog/transform.conf.json': { Version: 5, ResolverConfig: { project: { ConflictHandler: 'AUTOMERGE' } } },
      'amplify/backend/api/rest/cli-inputs.json': { paths: {} },
      'amplify/backend/function/resize/src/index.js': '',
      'amplify/cli.json': { features: { graphqltransformer: { useexperimentalpipelinedtransformer: true, transformerversion: 2 } } },
      'amplify/cli.prod.json': { features: { graphqltransformer: { secondaryKeyAsGSI: true } } },
    });
    const info = await readGen1Project(nodeProjectFiles(root));
    expect(info.projectName).toBe('blog');
    expect(info.currentEnv).toBe('prod');
    expect(info.envs).toEqual([
      { name: 'dev', region: 'eu-west-1', rootStackName: 'amplify-blog-dev-11111', rootStackId: 'arn:dev', appId: 'd1app', profile: 'blog-dev' },
      {
        name: 'prod',
        region: 'us-east-1',
        rootStackName: 'amplify-blog-prod-22222',
        rootStackId: 'arn:prod',
        appId: 'd1app',
        profile: undefined,
      },
      { name: 'test', region: undefined, rootStackName: undefined, rootStackId: undefined, appId: undefined, profile: undefined },
    ]);
    expect(JSON.stringify(info)).not.toContain('AKIA');
    expect(info.resources).toEqual([
      {
        category: 'api',
        name: 'blog',
        service: 'AppSync',
        logicalId: 'apiblog',
        outputs: { GraphQLAPIIdOutput: 'abc' },
        definitionPath: join(root, 'amplify/backend/api/blog/schema.graphql'),
      },
      {
        category: 'function',
        name: 'resize',
        service: 'Lambda',
        logicalId: 'functionresize',
        outputs: {},
        definitionPath: join(root, 'amplify/backend/function/resize/src/index.js'),
      },
      {
        category: 'storage',
        name: 'photos',
        service: 'S3',
        logicalId: 'storagephotos',
        outputs: { BucketName: 'photos-prod' },
        definitionPath: undefined,
      },
    ]);
    expect(info.functionNames).toEqual(['resize']);
    expect(info.apis).toEqual([
      {
        name: 'blog',
        dir: join(root, 'amplify/backend/api/blog'),
        authModes: ['AMAZON_COGNITO_USER_POOLS', 'API_KEY'],
        dataStoreEnabled: true,
        sqlStatementNames: [],
      },
      { name: 'rest', dir: join(root, 'amplify/backend/api/rest'), dataStoreEnabled: false, sqlStatementNames: [] },
    ]);
    // backend-config.json lists the APIs and no S3 resource (only amplify-meta.json has one): no bucket for @predictions.
    expect(info.storageConfigured).toBe(false);
    expect(info.transformer.version).toBe(2);
    expect(info.transformer.reason).toBe('amplify/cli.json sets graphqltransformer.useexperimentalpipelinedtransformer to true');
    // The current env's file wins over cli.json, its keys lower-cased as the CLI reads them.
    expect(info.transformer.flags.values.secondarykeyasgsi).toBe(true);
    expect(info.transformer.flags.origins.secondarykeyasgsi).toBe('cli.prod.json');
  });

  it("falls back to backend-config.json's authConfig for auth modes, and says nothing when neither file does", async () => {
    const root = tree({
      'amplify/backend/backend-config.json': {
        api: {
          blog: {
            service: 'AppSync',
            output: { authConfig: { defaultAuthentication: { authenticationType: 'AWS_IAM' }, additionalAuthenticationProviders: [] } },
          },
        },
      },
      'amplify/backend/api/blog/schema.graphql': '',
      'amplify/backend/api/news/schema.graphql': '',
    });
    const info = await readGen1Project(nodeProjectFiles(root));
    expect(info.apis.map((api) => [api.name, api.authModes])).toEqual([
      ['blog', ['AWS_IAM']],
      ['news', undefined],
    ]);
    // No project-config.json: the CLI's defaults for a new project, which choose v2.
    expect(info.transformer.version).toBe(2);
  });

  it('reads the gen1-blog example', async () => {
    const info = await readGen1Project(nodeProjectFiles(join(EXAMPLES, 'gen1-blog')));
    expect(info.envs.map((env) => [env.name, env.rootStackName, env.region])).toEqual([['dev', 'amplify-gen1blog-dev-8f3b2', 'eu-west-1']]);
    expect(info.resources.map((resource) => resource.logicalId)).toEqual(['apiblog', 'authblogauth', 'functionsummarizePost']);
  });
});

describe('readGen2Project', () => {
  it('reads the namespace from package.json and the resources of the gen2-todo example', async () => {
    const root = join(EXAMPLES, 'gen2-todo');
    const info = await readGen2Project(nodeProjectFiles(root));
    expect(info.namespace).toBe('gen2-todo');
    expect(info.resources.map(({ kind, exportName, name, file, inBackend }) => ({ kind, exportName, name, file, inBackend }))).toEqual([
      { kind: 'auth', exportName: 'auth', name: undefined, file: join(root, 'amplify/auth/resource.ts'), inBackend: true },
      { kind: 'data', exportName: 'data', name: undefined, file: join(root, 'amplify/data/resource.ts'), inBackend: true },
      {
        kind: 'function',
        exportName: 'sayHello',
        name: 'say-hello',
        file: join(root, 'amplify/functions/say-hello/resource.ts'),
        inBackend: true,
      },
    ]);
  });
});
