/**
 * Gen 2 data schemas in TypeScript, as an editor sees them over stdio: the first check of a
 * project (cold: the schema worker starts, loads esbuild and @aws-amplify/data-schema), then
 * edit → diagnostics on a 100-model resource.ts; the worker's heap as edits accumulate; and the
 * references measured in the same run: the same schema's `transform()` alone, and
 * `tsc --noEmit` on the same file. Bundled and run by run-bench.mjs; prints JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { a } from '@aws-amplify/data-schema';
import { Gen2SchemaService } from '../../server/src/gen2-data-schema/gen2-schema-service';
import { ProjectIndex } from '../../server/src/workspace/project-index';
import { pathToUri } from '../../server/src/workspace/uri-paths';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { repoRoot } from '../support/repo-root';
import { TempProject } from '../support/temp-project';
import { generateGen2Schema } from './generate-gen2-schema';
import { percentile, timeRuns } from './timing';

const RESOURCE = 'amplify/data/resource.ts';

async function gen2Project(text: string): Promise<TempProject> {
  const project = await TempProject.fromExample('gen2-todo');
  await project.write(RESOURCE, text);
  await mkdir(project.path('node_modules/@aws-amplify'), { recursive: true });
  await symlink(join(repoRoot(), 'node_modules/esbuild'), project.path('node_modules/esbuild'), 'dir');
  await symlink(join(repoRoot(), 'node_modules/@aws-amplify/data-schema'), project.path('node_modules/@aws-amplify/data-schema'), 'dir');
  return project;
}

/** The generated schema evaluated in this process with the same `a`: `transform()` alone. */
function transformAlone(text: string): number[] {
  const body = text.slice(text.indexOf('const schema'), text.indexOf('export type')).replace('const schema =', 'return');
  const schema = new Function('a', body)(a) as { transform(): unknown };
  return timeRuns(20, () => schema.transform());
}

function tscOnFile(models: number): number {
  const dir = join(repoRoot(), 'test/bench/out/gen2-tsc');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'resource.ts');
  writeFileSync(file, generateGen2Schema(models, '@aws-amplify/data-schema'));
  const tsc = join(repoRoot(), 'node_modules/typescript/bin/tsc');
  const start = process.hrtime.bigint();
  try {
    execFileSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', file],
      { stdio: 'pipe' },
    );
  } catch {
    // type errors still took the time
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function overLsp(text: string) {
  const project = await gen2Project(text);
  const uri = fileUri(project.path(RESOURCE));
  const client = await LspTestClient.start(project.root);
  try {
    const coldStart = process.hrtime.bigint();
    await client.open(uri, text, 'typescript');
    const first = await client.waitForDiagnostics(uri, (_d, params) => params.version === 1, 30_000);
    const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
    if (first.length > 0) throw new Error(`the generated schema should be valid: ${JSON.stringify(first[0])}`);
    // One character typed in a field name of a model in the middle, then typed back.
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('description: a.string()'));
    const character = lines[line].indexOf('description') + 5;
    const range = { start: { line, character }, end: { line, character: character + 1 } };
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = process.hrtime.bigint();
      const version = await client.edit(uri, range, i % 2 === 0 ? 'X' : 'i');
      await client.waitForDiagnostics(uri, (_d, params) => params.version === version, 30_000);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { coldMs: Math.round(coldMs), editMs: { p50: percentile(times.slice(4), 50), p95: percentile(times.slice(4), 95) } };
  } finally {
    await client.stop();
    await project.dispose();
  }
}

/** The worker's heap after a full GC, after a few edits and after many: it must not grow with edits. */
async function workerMemory(text: string) {
  const project = await gen2Project(text);
  const index = new ProjectIndex();
  await index.indexFolders([project.root]);
  const open = new Map<string, string>();
  const service = new Gen2SchemaService(index, () => open, {
    executeProjectCode: true,
    workerPath: join(repoRoot(), 'server/out/gen2-schema-worker.js'),
  });
  const uri = pathToUri(project.path(RESOURCE));
  const heap: Record<string, number> = {};
  try {
    for (let edit = 1; edit <= 200; edit++) {
      open.set(uri, text.replace('description: a.string()', `description${edit % 7}: a.string()`));
      service.invalidate(uri);
      await service.diagnosticsOf(uri);
      if (edit === 20 || edit === 200) heap[edit] = Math.round(((await service.workerHeapUsed()) ?? 0) / 1e5) / 10;
    }
    return { after20EditsMb: heap[20], after200EditsMb: heap[200] };
  } finally {
    service.dispose();
    await project.dispose();
  }
}

interface Esbuild {
  transformSync(code: string, options: object): { code: string };
  build(options: object): Promise<unknown>;
  context(options: object): Promise<{ rebuild(): Promise<unknown>; dispose(): Promise<void> }>;
}

/**
 * The ways to get runnable JavaScript from resource.ts after an edit, on the same file: what the
 * worker does (transpile the one edited file; its imports stay cached), a fresh esbuild bundle,
 * an incremental esbuild context's rebuild, and — for a static reading of the builder chain —
 * the TypeScript parser alone (a lower bound: such a reading would then re-implement the builder).
 */
async function alternatives(text: string) {
  const load = createRequire(join(repoRoot(), 'package.json'));
  const esbuild = load('esbuild') as Esbuild;
  const ts = load('typescript') as { createSourceFile(name: string, text: string, target: number, setParents: boolean): unknown };
  const project = await gen2Project(text);
  const entry = project.path(RESOURCE);
  const options = {
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
  };
  const times = async (runs: number, work: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const start = process.hrtime.bigint();
      await work();
      if (i >= 2) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return percentile(samples, 50);
  };
  try {
    const transpileMs = await times(20, () =>
      esbuild.transformSync(text, { loader: 'ts', format: 'cjs', sourcemap: 'inline', sourcefile: entry }),
    );
    const bundleMs = await times(20, () => esbuild.build(options));
    const context = await esbuild.context(options);
    const rebuildMs = await times(20, () => context.rebuild());
    await context.dispose();
    const parseMs = await times(20, () => ts.createSourceFile(entry, text, 99, true));
    return { transpileMs, bundleMs, rebuildMs, parseMs };
  } finally {
    await project.dispose();
  }
}

async function main(): Promise<void> {
  const models = Number(process.argv[2] ?? 100);
  const text = generateGen2Schema(models);
  const transformTimes = transformAlone(text);
  const lsp = await overLsp(text);
  const memory = await workerMemory(text);
  const tscMs = Math.round(tscOnFile(models));
  const ways = await alternatives(text);
  console.log(
    JSON.stringify({
      models,
      lines: text.split('\n').length,
      transformMs: { p50: percentile(transformTimes, 50), p95: percentile(transformTimes, 95) },
      tscMs,
      ...lsp,
      worker: memory,
      alternatives: ways,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
