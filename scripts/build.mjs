// Bundles the language server, its CLI, the extension and the panels' UI with esbuild (no
// node_modules ship).
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { nodeBundleOptions } from './esbuild-node-options.mjs';
import { lazyBundlesPlugin, lazyExtensionBundles } from './lazy-bundles.mjs';

const production = process.argv.includes('--production');

const common = { ...nodeBundleOptions, sourcemap: !production, minify: production };

/** Every folder of webviews/ with a main.ts is a panel: webviews/log-viewer/main.ts → webviews/out/log-viewer.{js,css}. */
async function panelEntryPoints() {
  const folders = await readdir('webviews', { withFileTypes: true });
  return Object.fromEntries(
    folders
      .filter((entry) => entry.isDirectory() && existsSync(`webviews/${entry.name}/main.ts`))
      .map((entry) => [entry.name, `webviews/${entry.name}/main.ts`]),
  );
}

/** The codicon font VS Code uses, served to the panels from webviews/out/codicons. */
async function copyCodicons() {
  await mkdir('webviews/out/codicons', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf'])
    await copyFile(`node_modules/@vscode/codicons/dist/${file}`, `webviews/out/codicons/${file}`);
}

/** The Gen 2 schema worker (a child process of the server) and the data-schema copy it falls back to. */
async function gen2SchemaWorkerBundles() {
  const dataSchema = JSON.parse(await readFile('node_modules/@aws-amplify/data-schema/package.json', 'utf8'));
  await Promise.all([
    build({
      ...common,
      entryPoints: { 'gen2-schema-worker': 'server/src/gen2-data-schema/worker/schema-worker-main.ts' },
      outdir: 'server/out',
      define: { LENS_BUNDLED_DATA_SCHEMA_VERSION: JSON.stringify(dataSchema.version) },
    }),
    build({
      ...common,
      minify: true,
      sourcemap: false,
      entryPoints: { 'data-schema-bundled': 'server/src/gen2-data-schema/worker/bundled-data-schema.ts' },
      outdir: 'server/out',
    }),
  ]);
}

await Promise.all([
  // The analysis tells graphql-js' rules apart by their export names (sdl-validation.ts), so the
  // server drops esbuild's function-naming calls too; the schema worker keeps them for the
  // data-schema library it runs.
  build({ ...common, keepNames: false, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'server/out' }),
  gen2SchemaWorkerBundles(),
  build({
    ...common,
    entryPoints: { extension: 'client/src/extension.ts', ...lazyExtensionBundles },
    outdir: 'client/out',
    // The extension's errors carry explicit names: its bundles drop the naming calls (about 25 KB of the .vsix).
    keepNames: false,
    external: ['vscode'],
    // `import()` of a lazy bundle becomes a plain require: the extension host loads CommonJS.
    supported: { 'dynamic-import': false },
    plugins: [lazyBundlesPlugin(process.cwd())],
  }),
  build({
    entryPoints: await panelEntryPoints(),
    outdir: 'webviews/out',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
    sourcemap: production ? false : 'inline',
    minify: production,
    logLevel: 'warning',
  }),
  copyCodicons(),
]);
await chmod('server/out/cli.js', 0o755);
await chmod('server/out/server.js', 0o755);
