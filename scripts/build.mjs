// Bundles the language server, its CLI and the extension with esbuild (no node_modules ship).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // The analysis tells graphql-js' validation rules apart by their function names.
  keepNames: true,
  // graphql ships both .mjs and .js; deep imports resolve to .js, so the entry must too,
  // or two copies of graphql end up in one bundle and its instanceof checks fail.
  mainFields: ['main'],
  // These two ship UMD builds under "main" whose dynamic requires esbuild cannot follow: take their ESM builds.
  alias: {
    'vscode-json-languageservice': './node_modules/vscode-json-languageservice/lib/esm/jsonLanguageService.js',
    'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
  },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'server/out' }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] }),
]);
await chmod('server/out/cli.js', 0o755);
await chmod('server/out/server.js', 0o755);
