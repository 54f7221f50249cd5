import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Gen2Resource } from 'amplify-lens-model/project';
import { readDataSchema } from '../gen2-source/read-data-schema';

/**
 * Which `.graphql` files under `amplify/data` a Gen 2 project deploys. A schema written with
 * `a.schema({ … })` (or inline) deploys none: a stray `schema.graphql` beside it is read by
 * nothing and gets no diagnostics. A resource file that reads a `.graphql` file as its schema
 * (`readFileSync(…'schema.graphql'…)`, the Gen 1 → Gen 2 migration path) deploys that file.
 * Without any `defineData` resource, every candidate is kept (a project being set up).
 */
export async function gen2SchemaFilesRead(
  projectRoot: string,
  resources: readonly Gen2Resource[],
  candidates: readonly string[],
): Promise<string[]> {
  const dataFiles = [...new Set(resources.filter((r) => r.kind === 'data').map((r) => r.file))];
  if (dataFiles.length === 0) return [...candidates];
  const texts = new Map<string, string>();
  for (const file of dataFiles) texts.set(file, await readFile(file, 'utf8').catch(() => ''));
  const read = new Set<string>();
  for (const file of dataFiles) {
    const reading = readDataSchema(file, (path) => texts.get(path));
    for (const name of reading?.graphqlFileNames ?? []) {
      for (const path of [resolve(dirname(file), name), resolve(projectRoot, name)]) if (candidates.includes(path)) read.add(path);
    }
  }
  return candidates.filter((path) => read.has(path));
}
