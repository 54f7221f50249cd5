// `npm run package`: the .vsix both galleries take, built the way they check it. `vsce package`
// runs `vscode:prepublish` (the production build) and packages the bundles, grammars, schemas and
// manifest (see .vscodeignore), with the README's relative links made absolute from the manifest's
// `repository` so its pictures show on the details page and in the galleries. No bypass flag:
// `--no-dependencies` only says the bundles have no runtime dependencies to list. Then Open VSX's
// checks that run offline (ovsx: manifest fields and license), and the 1 MB budget. Prints the
// package's size. `--out FILE` chooses where it goes.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const MAX_VSIX_BYTES = 1024 * 1024;
const repoRoot = process.cwd();
const require = createRequire(join(repoRoot, 'package.json'));

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex === -1 ? 'amplify-lens.vsix' : process.argv[outIndex + 1]);
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });

// Open VSX publishes with ovsx, which reads the manifest inside the package and checks it and the license.
const ovsx = require('ovsx');
const packaged = await require('ovsx/lib/zip').readVSIXPackage(out);
ovsx.validateManifest(packaged);
if (!(await ovsx.isLicenseOk(repoRoot, packaged))) throw new Error('Open VSX refuses an extension without a license');

const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB`);
if (size >= MAX_VSIX_BYTES) {
  console.error(`The package is ${(size / 1024).toFixed(0)} KiB; it must stay under ${MAX_VSIX_BYTES / 1024} KiB.`);
  process.exit(1);
}
