import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectIndex } from './project-index';
import { chooseTransformerVersion, resolveTransformerFlags } from 'amplify-lens-model/project';

function versionFor(flags: Record<string, unknown> | undefined, existingProject = true): 1 | 2 {
  return chooseTransformerVersion(resolveTransformerFlags(flags ?? {}, {}, { existingProject })).version;
}

describe('the transformer version, as the Amplify CLI decides it', () => {
  // The table of the CLI's behaviour for a project with amplify/.config/project-config.json.
  it.each([
    ['no graphqltransformer section', undefined, 1],
    ['transformerversion 2 alone', { transformerversion: 2 }, 1],
    ['useexperimentalpipelinedtransformer false', { useexperimentalpipelinedtransformer: false, transformerversion: 2 }, 1],
    ['pipelined with transformerversion 1 (the CLI rewrites it to 2)', { useexperimentalpipelinedtransformer: true, transformerversion: 1 }, 2],
    ['both set for v2, as CLI 7+ writes them', { useexperimentalpipelinedtransformer: true, transformerversion: 2 }, 2],
    ['pipelined alone', { useexperimentalpipelinedtransformer: true }, 2],
  ] as const)('an existing project with %s uses v%s', (_name, flags, expected) => {
    expect(versionFor(flags)).toBe(expected);
  });

  it('takes the new-project defaults only where there is no project-config.json', () => {
    expect(versionFor(undefined, false)).toBe(2);
    expect(versionFor({ useexperimentalpipelinedtransformer: false }, false)).toBe(1);
  });

  it('lets the env file override cli.json and names the file that decided', () => {
    const flags = resolveTransformerFlags(
      { useexperimentalpipelinedtransformer: true, transformerversion: 2 },
      { useexperimentalpipelinedtransformer: false },
      { existingProject: true, envFileName: 'cli.prod.json' },
    );
    expect(chooseTransformerVersion(flags)).toEqual({
      version: 1,
      reason: 'amplify/cli.prod.json sets graphqltransformer.useexperimentalpipelinedtransformer to false',
    });
  });

  it('fills the other flags with the existing-project defaults', () => {
    const { values } = resolveTransformerFlags({ transformerversion: 2 }, {}, { existingProject: true });
    expect(values).toMatchObject({ secondarykeyasgsi: false, enableautoindexquerynames: false, respectprimarykeyattributesonconnectionfield: false, transformerversion: 2 });
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
