import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gen2ProjectInfo, Gen2ResourceInfo } from './amplify-project-types';
import { isRecord, readJsonFile, stringOf } from '../files/file-reading';
import { scanGen2ResourceFile } from './gen2-resource-scanner';

/**
 * A Gen 2 project's sandbox namespace and resources. The namespace is the root package.json's
 * `name`, exactly what `ampx sandbox` reads from the folder above `amplify/` (LocalNamespaceResolver);
 * its sandbox stacks are named from it.
 */
export async function readGen2Project(root: string): Promise<Gen2ProjectInfo> {
  const packageJson = await readJsonFile(join(root, 'package.json'));
  const resources: Gen2ResourceInfo[] = [];
  for (const file of await findResourceFiles(join(root, 'amplify'), 0)) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const resource of scanGen2ResourceFile(text, file)) resources.push({ ...resource, definitionPath: file });
  }
  return { generation: 2, root, namespace: isRecord(packageJson) ? stringOf(packageJson.name) : undefined, resources };
}

async function findResourceFiles(folder: string, depth: number): Promise<string[]> {
  if (depth > 6) return [];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...(await findResourceFiles(path, depth + 1)));
    } else if (entry.name === 'resource.ts') {
      found.push(path);
    }
  }
  return found;
}
