// The VS Code versions the extension suite runs on: the oldest that `engines.vscode` admits and a
// current one. Each is a code-server release (VS Code served to a browser; the npm registry is the
// only source of VS Code here), run with the Node.js major it requires.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const manifest = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '../..'), 'package.json'), 'utf8'));

export const VSCODE_HOSTS = [
  {
    id: 'oldest',
    // = VS Code 1.103.2: the oldest code-server on npm with a Node 22 extension host (4.101 and 4.102
    // were never published there), hence `engines.vscode` ^1.103.0.
    codeServer: '4.103.2',
    vscode: '1.103.2',
    node: 22,
    // @vscode/ripgrep's postinstall downloads rg unless its cache holds the asset: seeded with Debian's.
    ripgrep: { packageVersion: '1.15.14', release: 'v13.0.0-13' },
  },
  {
    id: 'current',
    // = VS Code 1.139.1, the newest code-server release; it ships rg for every platform.
    codeServer: '4.139.1',
    vscode: '1.139.1',
    node: 24,
  },
];

/** `engines.vscode`'s lower bound must be the oldest host's version: the suite proves what the manifest admits. */
export function assertOldestMatchesEngines() {
  const floor = /^\^(\d+\.\d+)\.\d+$/.exec(manifest.engines.vscode)?.[1];
  const oldest = VSCODE_HOSTS[0].vscode.split('.').slice(0, 2).join('.');
  if (floor !== oldest)
    throw new Error(`engines.vscode is ${manifest.engines.vscode} but the oldest VS Code tested is ${VSCODE_HOSTS[0].vscode}`);
}

/** The hosts chosen by LENS_VSCODE_VERSIONS (e.g. `current`, or `oldest,current`); all by default. */
export function selectedHosts(env = process.env) {
  const wanted = (env.LENS_VSCODE_VERSIONS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (wanted.length === 0) return VSCODE_HOSTS;
  const unknown = wanted.filter((id) => !VSCODE_HOSTS.some((host) => host.id === id));
  if (unknown.length) throw new Error(`LENS_VSCODE_VERSIONS: unknown ${unknown.join(', ')}; known: ${VSCODE_HOSTS.map((h) => h.id).join(', ')}`);
  return VSCODE_HOSTS.filter((host) => wanted.includes(host.id));
}
