import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectIndex } from './project-index';

async function write(root: string, path: string, content: unknown): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
}

describe('ProjectIndex', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-index-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds Gen 1 and Gen 2 projects below the workspace folder, skipping node_modules', async () => {
    await write(root, 'web/amplify/backend/backend-config.json', {});
    await write(root, 'mobile/amplify/backend.ts', 'export {}');
    await write(root, 'node_modules/pkg/amplify/backend.ts', 'export {}');
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    expect(index.all.map((p) => [p.root.slice(root.length + 1), p.generation]).sort()).toEqual([
      ['mobile', 2],
      ['web', 1],
    ]);
  });

  it('reads a Gen 1 API: schema files, auth modes from cli-inputs.json, functions, envs, flags', async () => {
    await write(root, 'amplify/backend/backend-config.json', { function: { resize: {}, notify: {} } });
    await write(root, 'amplify/team-provider-info.json', { dev: {}, prod: {} });
    await write(root, 'amplify/.config/local-env-info.json', { envName: 'prod' });
    await write(root, 'amplify/cli.json', { features: { graphQLTransformer: { TransformerVersion: 2, secondaryKeyAsGSI: true } } });
    await write(root, 'amplify/cli.prod.json', { features: { graphqltransformer: { secondarykeyasgsi: false } } });
    await write(root, 'amplify/backend/api/shop/cli-inputs.json', {
      version: 1,
      serviceConfiguration: { defaultAuthType: { mode: 'AMAZON_COGNITO_USER_POOLS' }, additionalAuthTypes: [{ mode: 'AWS_IAM' }] },
    });
    await write(root, 'amplify/backend/api/shop/transform.conf.json', { Version: 5, ResolverConfig: { project: {} } });
    await write(root, 'amplify/backend/api/shop/schema/a.graphql', 'type A @model { id: ID! }');
    await write(root, 'amplify/backend/api/shop/schema/nested/b.graphql', 'type B @model { id: ID! }');
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    const [api] = index.all[0].apis;
    expect(api.name).toBe('shop');
    expect(api.schemaFiles.map((f) => f.slice(api.dir.length + 1))).toEqual(['schema/a.graphql', 'schema/nested/b.graphql']);
    expect([...(api.settings.authProviders ?? [])].sort()).toEqual(['iam', 'userPools']);
    expect([...(api.settings.functionNames ?? [])].sort()).toEqual(['notify', 'resize']);
    expect(api.settings.envNames).toEqual(['dev', 'prod']);
    expect(api.settings.transformerVersion).toBe(2);
    expect(api.settings.featureFlags.secondarykeyasgsi).toBe(false);
    expect(api.settings.dataStoreEnabled).toBe(true);
    expect(index.apiOf(join(api.dir, 'schema/new-file.graphql'))).toBe(api);
    expect(index.apiOf(join(api.dir, 'build/schema.graphql'))).toBeUndefined();
  });

  it('falls back to backend-config.json authConfig and honours transformer v1', async () => {
    await write(root, 'amplify/backend/backend-config.json', {
      api: {
        blog: { output: { authConfig: { defaultAuthentication: { authenticationType: 'API_KEY' }, additionalAuthenticationProviders: [] } } },
      },
    });
    await write(root, 'amplify/cli.json', { features: { graphqltransformer: { useexperimentalpipelinedtransformer: false } } });
    await write(root, 'amplify/backend/api/blog/schema.graphql', 'type Post @model { id: ID! }');
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    const [api] = index.all[0].apis;
    expect([...(api.settings.authProviders ?? [])]).toEqual(['apiKey']);
    expect(api.settings.transformerVersion).toBe(1);
    expect(api.schemaFiles).toEqual([join(api.dir, 'schema.graphql')]);
  });

  it('leaves auth modes and functions unknown when the project does not say', async () => {
    await write(root, 'amplify/backend/api/blog/schema.graphql', 'type Post @model { id: ID! }');
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    const [api] = index.all[0].apis;
    expect(api.settings.authProviders).toBeUndefined();
    expect(api.settings.transformerVersion).toBe(2);
  });

  it('serves Gen 2 schema files under amplify/data with Gen 2 settings', async () => {
    await write(root, 'amplify/backend.ts', 'export {}');
    await write(root, 'amplify/data/schema.graphql', 'type Todo @model { id: ID! }');
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    const api = index.apiOf(join(root, 'amplify/data/schema.graphql'));
    expect(api?.settings.generation).toBe(2);
    expect(api?.settings.featureFlags.shoulddeepmergedirectiveconfigdefaults).toBe(true);
  });

  it('indexes the resources of a Gen 2 project, for the views that name them', async () => {
    await write(
      root,
      'amplify/backend.ts',
      "import { defineBackend } from '@aws-amplify/backend';\nimport { auth } from './auth/resource';\ndefineBackend({ auth });\n",
    );
    await write(
      root,
      'amplify/auth/resource.ts',
      "import { defineAuth } from '@aws-amplify/backend';\nexport const auth = defineAuth({ loginWith: { email: true } });\n",
    );
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    expect(index.all[0].gen2Resources.map((r) => [r.kind, r.exportName, r.inBackend])).toEqual([['auth', 'auth', true]]);
  });
});

describe('ProjectIndex reads the transformer version of a committed Gen 1 project', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-flags-'));
    await write('amplify/.config/project-config.json', { projectName: 'blog', version: '3.1' });
    await write('amplify/backend/backend-config.json', {});
    await write('amplify/backend/api/blog/schema.graphql', 'type Post @model { id: ID! }');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function write(path: string, content: unknown): Promise<void> {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }

  async function apiSettings() {
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    return index.all[0].apis[0].settings;
  }

  it('uses v1 when there is no cli.json (projects of CLI 1.x–4.x) and says why', async () => {
    const settings = await apiSettings();
    expect(settings.transformerVersion).toBe(1);
    expect(settings.transformerVersionReason).toContain('does not set graphqltransformer.useexperimentalpipelinedtransformer');
  });

  it('uses v1 for a cli.json written before CLI 7 (transformerversion alone)', async () => {
    await write('amplify/cli.json', { features: { graphqltransformer: { transformerversion: 2, secondarykeyasgsi: true } } });
    expect((await apiSettings()).transformerVersion).toBe(1);
  });

  it('uses v2 for what CLI 7+ writes, and the current env file can turn it back', async () => {
    await write('amplify/cli.json', { features: { graphqltransformer: { useexperimentalpipelinedtransformer: true, transformerversion: 2 } } });
    expect((await apiSettings()).transformerVersion).toBe(2);
    await write('amplify/.config/local-env-info.json', { envName: 'staging' });
    await write('amplify/cli.staging.json', { features: { graphqltransformer: { useExperimentalPipelinedTransformer: false } } });
    expect((await apiSettings()).transformerVersion).toBe(1);
  });
});
