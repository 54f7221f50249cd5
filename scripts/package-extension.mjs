// `npm run package`: a production build, then a .vsix with vsce (bundles, grammars and manifest
// only; see .vscodeignore). Prints the package's size. Pass `--out FILE` to choose where it goes.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const out = outIndex === -1 ? 'amplify-lens.vsix' : process.argv[outIndex + 1];
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
// No repository URL: relative README links stay relative instead of failing the package.
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`);
