// Entry point A of the extension-host suite: a VS Code downloaded by @vscode/test-electron
// (cached in .vscode-test/), started with --extensionDevelopmentPath (this repository) and
// --extensionTestsPath (client/out/test/suite/index.js) on a copy of examples/gen1-blog.
// For machines that can download VS Code, such as a developer's laptop:
//   npm run test:vscode:electron            (Linux without a display: xvfb-run -a npm run test:vscode:electron)
// LENS_VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
// Machines that cannot download VS Code run the same suite in code-server: test/vscode/run-vscode-suite.mjs.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The VS Code that code-server 4.100.3 serves, so both entry points test the same editor. */
const VSCODE_VERSION = '1.100.3';
/** Idle timeout per download request: offline, the first request fails within this. */
const DOWNLOAD_TIMEOUT_MS = 15_000;

const repoRoot = resolve(import.meta.dirname, '../..');

async function vscodeExecutable() {
  if (process.env.LENS_VSCODE_EXECUTABLE) return process.env.LENS_VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    console.error(
      [
        `Could not download VS Code ${VSCODE_VERSION} (${error?.message ?? error}).`,
        '@vscode/test-electron downloads VS Code from update.code.visualstudio.com once and caches it in .vscode-test/.',
        'Without network access, either set LENS_VSCODE_EXECUTABLE to an installed VS Code binary, or run the',
        'same suite in code-server: LENS_VSCODE_HOST=<dir> bash test/vscode/setup-vscode-host.sh && node test/vscode/run-vscode-suite.mjs',
      ].join('\n'),
    );
    process.exit(2);
  }
}

const executable = await vscodeExecutable();
for (const script of ['scripts/build.mjs', 'scripts/build-extension-tests.mjs']) {
  execFileSync(process.execPath, [join(repoRoot, script)], { cwd: repoRoot, stdio: 'inherit' });
}
const run = mkdtempSync(join(tmpdir(), 'amplify-lens-electron-'));
const workspace = join(run, 'gen1-blog');
cpSync(join(repoRoot, 'examples/gen1-blog'), workspace, { recursive: true });
let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'client/out/test/suite/index.js'),
    // The workspace first: VS Code opens it. Other installed extensions stay out of the way.
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (error) {
  // runTests rejects with TestRunFailedError when the suite's run() rejected (a failed test).
  console.error(`Extension-host suite failed: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  rmSync(run, { recursive: true, force: true });
}
process.exit(exitCode);
