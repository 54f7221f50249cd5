// Installs the real VS Codes the extension suite runs on, on a machine that cannot download VS Code:
// one code-server release per entry of vscode-versions.mjs, each installed and later run with the
// Node.js it requires (from the npm registry, see scripts/node-runtime.mjs). vsce and playwright-core
// (which drives Debian's Chromium) are the repository's own dev dependencies. Idempotent; everything
// lives under $LENS_VSCODE_HOST. Debian packages needed: see .ci/run (chromium, ripgrep and
// node-gyp's build dependencies).
//
//   node test/vscode/setup-vscode-host.mjs            (LENS_VSCODE_VERSIONS=current: only that one)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { provisionNode, withNodeOnPath } from '../../scripts/node-runtime.mjs';
import { HOST_DIR, codeServerEntry } from './vscode-host.mjs';
import { selectedHosts } from './vscode-versions.mjs';

/** Installs code-server `host.codeServer` with Node `host.node` unless it is there already. */
export function installCodeServer(host) {
  const node = provisionNode(host.node);
  const dir = join(HOST_DIR, `cs-${host.codeServer}`);
  const entry = codeServerEntry(host);
  if (!existsSync(entry)) {
    const tmp = join(HOST_DIR, 'tmp');
    mkdirSync(tmp, { recursive: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    if (host.ripgrep) {
      const cache = join(tmp, `vscode-ripgrep-cache-${host.ripgrep.packageVersion}`);
      mkdirSync(cache, { recursive: true });
      const asset = `ripgrep-${host.ripgrep.release}-${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-musl.tar.gz`;
      execFileSync('tar', ['-czf', join(cache, asset), '-C', '/usr/bin', 'rg']);
    }
    // Under `npm test` the parent npm's user agent (naming its own Node) is inherited and would win
    // over the PATH's node: code-server's postinstall reads the Node major from it. Let npm recompute it.
    const { npm_config_user_agent, npm_node_execpath, npm_execpath, ...inherited } = process.env;
    const env = {
      ...withNodeOnPath(node, inherited),
      TMPDIR: tmp,
      XDG_CONFIG_HOME: join(HOST_DIR, 'xdg/config'),
      XDG_DATA_HOME: join(HOST_DIR, 'xdg/data'),
      XDG_CACHE_HOME: join(HOST_DIR, 'xdg/cache'),
      npm_config_unsafe_perm: 'true', // code-server's postinstall requires it as root
      npm_config_nodedir: node.nodeDir, // node-gyp builds against these headers, never downloads them
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    };
    console.log(`Installing code-server ${host.codeServer} (VS Code ${host.vscode}) with Node ${node.version}…`);
    // npm's own script runs on the PATH's node: code-server's postinstall reads the Node major from npm's user agent.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${host.codeServer}`], { cwd: dir, env, stdio: 'inherit' });
  }
  // `--version` prints `<version> <commit> with Code <vscode>`, among other lines some releases add.
  const output = execFileSync(node.binary, [entry, '--version'], { encoding: 'utf8' });
  const version = output.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line)) ?? output;
  if (!version.startsWith(host.codeServer)) throw new Error(`code-server in ${dir} reports ${version}, expected ${host.codeServer}`);
  return { dir, entry, node };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const host of selectedHosts()) {
    installCodeServer(host);
    console.log(`VS Code ${host.vscode} (code-server ${host.codeServer}, Node ${host.node}) ready in ${HOST_DIR}`);
  }
}
