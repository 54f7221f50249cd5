// Entry point A of the extension-host suite: VS Code downloaded by @vscode/test-electron (cached
// in .vscode-test/), started with --extensionDevelopmentPath (this repository) and
// --extensionTestsPath (client/out/test/suite/index.js) on a copy of examples/gen1-blog — on the
// oldest VS Code `engines.vscode` admits and on the latest stable one, as the code-server entry
// point does (LENS_VSCODE_VERSIONS=oldest or current picks one).
// For machines that can download VS Code, such as a developer's laptop:
//   npm run test:vscode:electron            (Linux without a display: xvfb-run -a npm run test:vscode:electron)
// LENS_VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
// Machines that cannot download VS Code run the same suite in code-server: test/vscode/run-vscode-suite.mjs.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { selectedHosts } from './vscode-versions.mjs';

/** The oldest version is the one code-server serves there too; `current` is whatever stable VS Code is today. */
const versions = selectedHosts().map((host) => (host.id === 'current' ? 'stable' : host.vscode));
/** Idle timeout per download request: offline, the first request fails within this. */
const DOWNLOAD_TIMEOUT_MS = 15_000;

const repoRoot = resolve(import.meta.dirname, '../..');

async function vscodeExecutable(version) {
  if (process.env.LENS_VSCODE_EXECUTABLE) return process.env.LENS_VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({ version, timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    console.error(
      [
        `Could not download VS Code ${version} (${error?.message ?? error}).`,
        '@vscode/test-electron downloads VS Code from update.code.visualstudio.com once and caches it in .vscode-test/.',
        'Without network access, either set LENS_VSCODE_EXECUTABLE to an installed VS Code binary, or run the',
        'same suite in code-server: npm run test:vscode',
      ].join('\n'),
    );
    process.exit(2);
  }
}

for (const script of ['scripts/build.mjs', 'scripts/build-extension-tests.mjs']) {
  execFileSync(process.execPath, [join(repoRoot, script)], { cwd: repoRoot, stdio: 'inherit' });
}
let exitCode = 0;
for (const version of versions) {
  const executable = await vscodeExecutable(version);
  const run = mkdtempSync(join(tmpdir(), 'amplify-lens-electron-'));
  const workspace = join(run, 'gen1-blog');
  cpSync(join(repoRoot, 'examples/gen1-blog'), workspace, { recursive: true });
  try {
    console.log(`Extension-host suite in VS Code ${version}`);
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'client/out/test/suite/index.js'),
      // The workspace first: VS Code opens it. Other installed extensions stay out of the way.
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch (error) {
    // runTests rejects with TestRunFailedError when the suite's run() rejected (a failed test).
    console.error(`Extension-host suite failed in VS Code ${version}: ${error?.message ?? error}`);
    exitCode = 1;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}
process.exit(exitCode);
