/**
 * Configuration files: indexing a 50-resource Gen 1 project (every config file checked against its
 * schema, and the project's cross-file checks) and, over stdio, re-checking after an edit to
 * backend-config.json. Reference: vscode-json-languageservice validating that one file against its
 * schema. Bundled and run by run-bench.mjs; prints JSON.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfigFile } from '../../server/src/config/config-document-service';
import { checkProject } from '../../server/src/config/project/check-project';
import { nodeProjectFiles } from 'amplify-lens-model/files';
import { findConfigFiles } from '../../server/src/workspace/find-config-files';
import { ProjectIndex } from '../../server/src/workspace/project-index';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { generateGen1Project } from './generate-project';
import { percentile } from './timing';

async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

async function main(): Promise<void> {
  const resources = Number(process.argv[2] ?? 50);
  const root = await mkdtemp(join(tmpdir(), 'lens-bench-config-'));
  try {
    await generateGen1Project(root, resources);
    const backendConfigPath = join(root, 'amplify/backend/backend-config.json');
    const backendConfig = await readFile(backendConfigPath, 'utf8');

    const reference = await timeAsync(15, () =>
      validateConfigFile('backend-config', fileUri(backendConfigPath), backendConfig, { jsonSchemaFeatures: true }),
    );
    let configFiles = 0;
    const index = await timeAsync(10, async () => {
      const projects = new ProjectIndex();
      await projects.indexFolders([root]);
      const files = await findConfigFiles(root);
      configFiles = files.length;
      for (const file of files)
        await validateConfigFile(file.kind, fileUri(file.path), await readFile(file.path, 'utf8'), { jsonSchemaFeatures: true });
      const found = await checkProject(nodeProjectFiles(root), 1);
      if (found.length > 0) throw new Error(`the generated project should be clean: ${JSON.stringify(found.slice(0, 2))}`);
    });

    const client = await LspTestClient.start(root);
    const uri = fileUri(backendConfigPath);
    const recheck: number[] = [];
    try {
      await client.open(uri, backendConfig, 'json');
      await client.waitForDiagnostics(uri, (_d, params) => params.version === 1);
      const lines = backendConfig.split('\n');
      const line = lines.findIndex((text) => text.includes('"resourceName": "bucket0"'));
      const character = lines[line].indexOf('bucket0') + 'bucket'.length;
      for (let i = 0; i < 30; i++) {
        const breaking = i % 2 === 0;
        const start = process.hrtime.bigint();
        await client.edit(uri, { start: { line, character }, end: { line, character: character + 1 } }, breaking ? 'X' : '0');
        // Done when the cross-file check has caught up: the broken dependency is reported, or no longer.
        await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'config-depends-on-missing-resource') === breaking);
        recheck.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    } finally {
      await client.stop();
    }
    console.log(
      JSON.stringify({
        resources,
        configFiles,
        referenceMs: { p50: percentile(reference, 50), p95: percentile(reference, 95) },
        indexMs: { p50: percentile(index, 50), p95: percentile(index, 95) },
        recheckMs: { p50: percentile(recheck.slice(4), 50), p95: percentile(recheck.slice(4), 95) },
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
