import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { repoRoot } from './repo-root';

/**
 * Bundles a language server entry for a test the way the shipped server is bundled (the same
 * esbuild options), into a temporary folder; returns the bundle's path for `LspTestClient.start`.
 */
export async function buildTestServer(entry: string): Promise<string> {
  const root = repoRoot();
  const { nodeBundleOptions } = (await import(pathToFileURL(join(root, 'scripts/esbuild-node-options.mjs')).href)) as {
    nodeBundleOptions: BuildOptions;
  };
  const outfile = join(await mkdtemp(join(tmpdir(), 'amplify-lens-server-')), 'server.js');
  await build({ ...nodeBundleOptions, absWorkingDir: root, entryPoints: [entry], outfile });
  return outfile;
}
