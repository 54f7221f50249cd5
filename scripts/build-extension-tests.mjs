// Bundles the extension-host suite (test/vscode/suite → client/out/test/suite, one file per
// test plus index.js, which test-electron's --extensionTestsPath and the runner extension load)
// and the runner extension for hosts without --extensionTestsPath (code-server). `vscode` is the
// host's; mocha resolves from the repository's node_modules, where the suite always runs from.
// `--runner-vsix FILE` also packages the runner extension as FILE. Never part of the extension's .vsix.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');
const suiteSource = join(repoRoot, 'test/vscode/suite');
const runnerFolder = join(repoRoot, 'test/vscode/runner-extension');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // Inline maps let a debugger attached to the extension host step through the TypeScript tests.
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
};

const suiteEntries = readdirSync(suiteSource)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(suiteSource, name));

await Promise.all([
  build({ ...common, entryPoints: suiteEntries, outdir: join(repoRoot, 'client/out/test/suite') }),
  build({ ...common, entryPoints: [join(runnerFolder, 'extension.ts')], outfile: join(runnerFolder, 'out/extension.js') }),
]);

const vsixIndex = process.argv.indexOf('--runner-vsix');
if (vsixIndex !== -1) {
  const out = resolve(process.argv[vsixIndex + 1]);
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: runnerFolder,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
