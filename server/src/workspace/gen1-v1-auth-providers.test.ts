import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectIndex } from './project-index';

async function write(root: string, path: string, content: unknown): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
}

/** cli-inputs.json that disagrees with backend-config.json, as a half-migrated project has it. */
const CLI_INPUTS_USER_POOLS = {
  version: 1,
  serviceConfiguration: { defaultAuthType: { mode: 'AMAZON_COGNITO_USER_POOLS' }, additionalAuthTypes: [{ mode: 'AWS_IAM' }] },
};

describe('auth providers of a Gen 1 API on transformer v1', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-v1-auth-'));
    // An existing project without the pipelined-transformer flag: the CLI runs transformer v1.
    await write(root, 'amplify/.config/project-config.json', { projectName: 'legacy', version: '3.0' });
    await write(root, 'amplify/backend/api/legacy/schema.graphql', 'type Post @model { id: ID! }');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function providersOf(): Promise<string[] | undefined> {
    const index = new ProjectIndex();
    await index.indexFolders([root]);
    const [api] = index.all[0].apis;
    expect(api.settings.transformerVersion).toBe(1);
    return api.settings.authProviders && [...api.settings.authProviders].sort();
  }

  it("reads backend-config.json's output.authConfig, not cli-inputs.json", async () => {
    await write(root, 'amplify/backend/api/legacy/cli-inputs.json', CLI_INPUTS_USER_POOLS);
    await write(root, 'amplify/backend/backend-config.json', {
      api: {
        legacy: {
          service: 'AppSync',
          output: {
            authConfig: {
              defaultAuthentication: { authenticationType: 'API_KEY', apiKeyConfig: { apiKeyExpirationDays: 7 } },
              additionalAuthenticationProviders: [{ authenticationType: 'OPENID_CONNECT' }],
            },
          },
        },
      },
    });
    expect(await providersOf()).toEqual(['apiKey', 'oidc']);
  });

  it('reads the single securityType of a CLI 1.x API', async () => {
    await write(root, 'amplify/backend/backend-config.json', {
      api: { legacy: { service: 'AppSync', output: { securityType: 'AMAZON_COGNITO_USER_POOLS' } } },
    });
    expect(await providersOf()).toEqual(['userPools']);
  });

  it('stays unknown when backend-config.json says nothing, whatever cli-inputs.json says', async () => {
    await write(root, 'amplify/backend/api/legacy/cli-inputs.json', CLI_INPUTS_USER_POOLS);
    await write(root, 'amplify/backend/backend-config.json', { api: { legacy: { service: 'AppSync' } } });
    expect(await providersOf()).toBeUndefined();
  });
});
