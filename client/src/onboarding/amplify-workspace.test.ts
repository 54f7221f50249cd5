import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../../../package.json';
import { AMPLIFY_CONTEXT_KEYS, PROJECT_SEARCH_DEPTH, contextKeysOf, detectAmplifyWorkspace, needsLanguageServer } from './amplify-workspace';

const folders: string[] = [];

async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lens-workspace-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the Amplify workspace context', () => {
  it('tells Gen 1 from Gen 2, and finds both in a monorepo at the depth the server searches', async () => {
    const root = await workspace({
      'apps/admin/amplify/backend/backend-config.json': '{}',
      'packages/web/shop/storefront/amplify/backend.ts': '',
    });
    const state = await detectAmplifyWorkspace([root]);
    expect(state).toEqual({ gen1: true, gen2: true, hosting: false });
    expect(contextKeysOf(state)).toEqual({
      [AMPLIFY_CONTEXT_KEYS.hasProject]: true,
      [AMPLIFY_CONTEXT_KEYS.hasGen1Project]: true,
      [AMPLIFY_CONTEXT_KEYS.hasGen2Project]: true,
    });
  });

  it('finds nothing in a GraphQL repository that is not Amplify, so the server does not start', async () => {
    const root = await workspace({ 'schema.graphql': 'type Query { a: Int }', 'src/graphql/queries.graphql': 'query A { a }' });
    const state = await detectAmplifyWorkspace([root]);
    expect(state).toEqual({ gen1: false, gen2: false, hosting: false });
    expect(needsLanguageServer(state)).toBe(false);
    expect(contextKeysOf(state)[AMPLIFY_CONTEXT_KEYS.hasProject]).toBe(false);
  });

  it('starts the server for Amplify Hosting build settings alone, without showing the Amplify view', async () => {
    const state = await detectAmplifyWorkspace([await workspace({ 'amplify.yml': 'version: 1\n' })]);
    expect(state.hosting).toBe(true);
    expect(needsLanguageServer(state)).toBe(true);
    expect(contextKeysOf(state)[AMPLIFY_CONTEXT_KEYS.hasProject]).toBe(false);
  });

  it('does not look inside node_modules or deeper than the server does', async () => {
    const root = await workspace({
      'node_modules/some-package/amplify/backend.ts': '',
      'a/b/c/d/e/amplify/backend.ts': '',
    });
    expect(await detectAmplifyWorkspace([root])).toEqual({ gen1: false, gen2: false, hosting: false });
  });

  it('activates at every depth it searches: one workspaceContains pattern per marker and depth', () => {
    const events = new Set(manifest.activationEvents);
    for (let depth = 0; depth <= PROJECT_SEARCH_DEPTH; depth++) {
      for (const marker of ['amplify/backend.ts', 'amplify/backend/backend-config.json', 'amplify/.config/project-config.json']) {
        expect(events.has(`workspaceContains:${'*/'.repeat(depth)}${marker}`), `${depth} ${marker}`).toBe(true);
      }
    }
    // A GraphQL file alone does not activate Lens.
    expect([...events].some((event) => event.startsWith('onLanguage:'))).toBe(false);
  });
});
