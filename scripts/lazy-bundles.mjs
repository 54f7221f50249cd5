// The extension ships as several bundles: client/out/extension.js holds what activation needs,
// and each module below becomes a bundle of its own that `import()` loads on first use. The plugin
// turns every dynamic import of such a module into a require of its bundle, so neither the AWS SDK
// nor vscode-languageclient nor the project model's readers are read or evaluated while VS Code
// waits for activation.
import { resolve } from 'node:path';

export const lazyExtensionBundles = {
  'aws-services': 'client/src/aws/aws-services.ts',
  'aws-config': 'client/src/aws/aws-config.ts',
  'language-client': 'client/src/lsp/language-client-library.ts',
  'project-reader': 'client/src/environments/project-reader.ts',
};

export function lazyBundlesPlugin(repoRoot) {
  const bundleOf = new Map(Object.entries(lazyExtensionBundles).map(([name, file]) => [resolve(repoRoot, file).replace(/\.ts$/, ''), name]));
  return {
    name: 'lazy-extension-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const name = bundleOf.get(resolve(args.resolveDir, args.path).replace(/\.(ts|js)$/, ''));
        return name ? { path: `./${name}.js`, external: true } : undefined;
      });
    },
  };
}
