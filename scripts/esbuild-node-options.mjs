// How every Node bundle of the project resolves its dependencies (the extension, the server,
// its CLI, the benchmarks), so a bundle built for a benchmark behaves like the one that ships.
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Function names kept for code that reads them (the data-schema library in the Gen 2 worker); the
  // shipped server and extension bundles turn this off (scripts/build.mjs).
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
