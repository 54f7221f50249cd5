import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { configFileKindOf, type ConfigFileKind } from '../config/config-file-kind';

export interface ConfigFileLocation {
  path: string;
  kind: ConfigFileKind;
}

/**
 * Folders under `amplify/` that hold no configuration Lens reads: the last pushed copy, generated
 * and temporary output, function sources, and dependencies. `build/` is looked at one level only,
 * for the `parameters.json` that override-enabled categories keep there.
 */
const SKIPPED = new Set([
  '#current-cloud-backend',
  'node_modules',
  '.temp',
  'mock-data',
  'mock-api-resources',
  'logs',
  'src',
  'lib',
  'resolvers',
  'stacks',
  'pipelineFunctions',
  'schema',
  'generated',
  'hooks',
]);

/**
 * The Amplify configuration files of one project: everything under `amplify/` whose place gives it
 * a kind, and the Hosting and Gen 2 files at the project root.
 */
export async function findConfigFiles(projectRoot: string): Promise<ConfigFileLocation[]> {
  const found: ConfigFileLocation[] = [];
  for (const name of ['amplify.yml', 'amplify.yaml', 'customHttp.yml', 'customHttp.yaml', 'amplify_outputs.json']) {
    await consider(join(projectRoot, name), found);
  }
  await walk(join(projectRoot, 'amplify'), 0, found);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

async function walk(dir: string, depth: number, found: ConfigFileLocation[]): Promise<void> {
  if (depth > 5) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const inBuild = basename(dir) === 'build';
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!inBuild && !SKIPPED.has(entry.name)) await walk(path, depth + 1, found);
    } else if (entry.name.endsWith('.json') || entry.name.endsWith('.yml') || entry.name.endsWith('.yaml')) {
      await consider(path, found);
    }
  }
}

async function consider(path: string, found: ConfigFileLocation[]): Promise<void> {
  const kind = configFileKindOf(path);
  if (!kind) return;
  // Anything but a folder is listed, so a pipe or a link to itself where a configuration file
  // belongs is reported (reading such a file is safe: see text-file-reader.ts).
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ELOOP' ? 'link loop' : undefined));
  if (stats === 'link loop' || (stats && !stats.isDirectory())) found.push({ path, kind });
}
