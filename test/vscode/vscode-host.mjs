// Runs code-server (a real VS Code served to a browser, one of vscode-versions.mjs) with the packaged
// extension installed and a workspace open, and drives it with playwright-core and Debian's Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { provisionNode } from '../../scripts/node-runtime.mjs';

export const HOST_DIR = process.env.LENS_VSCODE_HOST ?? '/tmp/amplify-lens-vscode-host';
const requireTool = createRequire(import.meta.url);

/** code-server's entry script for a host of vscode-versions.mjs; it runs on that host's Node. */
export function codeServerEntry(host) {
  return join(HOST_DIR, `cs-${host.codeServer}`, 'node_modules/code-server/out/node/entry.js');
}

/** Packages the repository as a .vsix with `npm run package` (bundles only; see .vscodeignore). */
export function packageExtension(repoRoot, outFile) {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/package-extension.mjs'), '--out', outFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return outFile;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh code-server profile of `host` (vscode-versions.mjs) with the extension (and any
 * `extraVsix`, such as the test runner) installed and `workspaceSource` copied in. `env` reaches the
 * extension host. `trust: 'untrusted'` turns workspace trust on and leaves the workspace untrusted
 * (Restricted Mode); by default trust is off, as most users have it after trusting a folder once.
 */
export async function startVsCode({
  host,
  vsix,
  extraVsix = [],
  workspaceSource,
  env: extraEnv = {},
  settings = {},
  machineSettings = {},
  prepareWorkspace,
  trust = 'off',
}) {
  if (!host) throw new Error('startVsCode needs a host of vscode-versions.mjs');
  const node = provisionNode(host.node);
  const codeServer = [codeServerEntry(host)];
  const run = mkdtempSync(join(HOST_DIR, 'run-'));
  const userData = join(run, 'user-data');
  const extensions = join(run, 'extensions');
  const workspace = join(run, 'workspace');
  cpSync(workspaceSource, workspace, { recursive: true });
  prepareWorkspace?.(workspace);
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': trust !== 'off',
      // Restricted Mode without the start-up dialog: the window opens untrusted, as after "Don't Trust".
      ...(trust === 'off' ? {} : { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false }),
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'workbench.tips.enabled': false,
      // Recent VS Codes open a Chat view beside the editor, whose input is an editor too: keep it out of the way.
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.quickSuggestions': { other: false, comments: false, strings: false },
      // Scenarios type text key by key: keep the editor from adding brackets, quotes and indentation.
      'editor.autoClosingBrackets': 'never',
      'editor.autoClosingQuotes': 'never',
      'editor.autoIndent': 'none',
      'editor.formatOnType': false,
      ...settings,
    }),
  );
  // code-server's extension host is a remote one: machine-scoped settings come from the machine's file.
  mkdirSync(join(userData, 'Machine'), { recursive: true });
  writeFileSync(join(userData, 'Machine/settings.json'), JSON.stringify(machineSettings));
  const env = {
    ...process.env,
    ...extraEnv,
    XDG_CONFIG_HOME: join(run, 'xdg/config'),
    XDG_DATA_HOME: join(run, 'xdg/data'),
    XDG_CACHE_HOME: join(run, 'xdg/cache'),
  };
  const installs = [vsix, ...extraVsix].flatMap((file) => ['--install-extension', file]);
  execFileSync(node.binary, [...codeServer, '--user-data-dir', userData, '--extensions-dir', extensions, ...installs, '--force'], {
    env,
    stdio: 'pipe',
  });
  const port = await freePort();
  const server = spawn(
    node.binary,
    [
      ...codeServer,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(trust === 'off' ? ['--disable-workspace-trust'] : []),
      '--disable-getting-started-override',
      '--config',
      join(run, 'config.yaml'),
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const { chromium } = requireTool('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // The workbench's own warnings (a grammar overwritten by another extension's, for one) go to the console.
  const consoleMessages = [];
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return {
    page,
    workspace,
    userData,
    log: () => log,
    consoleMessages: () => consoleMessages,
    async stop() {
      await browser.close().catch(() => {});
      server.kill();
      await new Promise((r) => server.once('exit', r).once('error', r));
      rmSync(run, { recursive: true, force: true });
    },
  };
}
