// Bundles the language server, its CLI and the extension with esbuild (no node_modules ship).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { nodeBundleOptions } from './esbuild-node-options.mjs';

const production = process.argv.includes('--production');

const common = { ...nodeBundleOptions, sourcemap: !production, minify: production };

await Promise.all([
  build({ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'server/out' }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] }),
]);
await chmod('server/out/cli.js', 0o755);
await chmod('server/out/server.js', 0o755);
