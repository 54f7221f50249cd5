// Runs code-server (a real VS Code 1.100.3, served to a browser) with the packaged extension
// installed and a workspace open, and drives it with playwright-core and Debian's Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const HOST_DIR = process.env.LENS_VSCODE_HOST ?? '/tmp/amplify-lens-vscode-host';
const CODE_SERVER = join(HOST_DIR, 'cs/node_modules/.bin/code-server');
const requireTool = createRequire(import.meta.url);

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
 * A fresh code-server profile with the extension (and any `extraVsix`, such as the test runner)
 * installed and `workspaceSource` copied in. `env` reaches the extension host.
 */
export async function startVsCode({ vsix, extraVsix = [], workspaceSource, env: extraEnv = {}, settings = {}, machineSettings = {}, prepareWorkspace }) {
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
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'workbench.tips.enabled': false,
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
  const env = { ...process.env, ...extraEnv, XDG_CONFIG_HOME: join(run, 'xdg/config'), XDG_DATA_HOME: join(run, 'xdg/data'), XDG_CACHE_HOME: join(run, 'xdg/cache') };
  const installs = [vsix, ...extraVsix].flatMap((file) => ['--install-extension', file]);
  execFileSync(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, ...installs, '--force'], { env, stdio: 'pipe' });
  const port = await freePort();
  const server = spawn(
    CODE_SERVER,
    ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--config', join(run, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
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
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return {
    page,
    workspace,
    log: () => log,
    async stop() {
      await browser.close().catch(() => {});
      server.kill();
      await new Promise((r) => server.once('exit', r).once('error', r));
      rmSync(run, { recursive: true, force: true });
    },
  };
}
