// The extension-host suite (test/vscode/suite, mocha + the `vscode` API) in code-server, which
// has no --extensionTestsPath: the runner extension (test/vscode/runner-extension) is installed
// beside the packaged extension, runs the compiled suite when the window opens, and writes its
// results to a JSON file that this module waits for and reports.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Upper bound for the whole suite, start-up included; only a hung host gets near it. */
const RESULTS_PATIENCE_MS = 150_000;

/** Builds the suite and the runner's .vsix; returns what `startVsCode` needs to run it. */
export function prepareExtensionHostSuite(repoRoot, hostDir) {
  const runnerVsix = join(hostDir, 'amplify-lens-test-runner.vsix');
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-extension-tests.mjs'), '--runner-vsix', runnerVsix], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const resultsPath = join(repoRoot, 'test-results/vscode-api.json');
  rmSync(resultsPath, { force: true });
  return {
    runnerVsix,
    resultsPath,
    env: {
      LENS_EXTENSION_TESTS_PATH: join(repoRoot, 'client/out/test/suite/index.js'),
      LENS_EXTENSION_TESTS_RESULTS: resultsPath,
      ...(process.env.LENS_EXTENSION_TESTS_GREP ? { LENS_EXTENSION_TESTS_GREP: process.env.LENS_EXTENSION_TESTS_GREP } : {}),
    },
  };
}

/** Waits for the runner's results and prints one line per test, after `label`; returns { passed, failed }. */
export async function reportExtensionHostSuite(resultsPath, label = 'vscode-api') {
  const deadline = Date.now() + RESULTS_PATIENCE_MS;
  while (!existsSync(resultsPath) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  if (!existsSync(resultsPath)) {
    console.log(`✗ ${label}: the extension-host suite wrote no results to ${resultsPath}`);
    return { passed: 0, failed: 1 };
  }
  const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  for (const test of results.tests) {
    if (test.state === 'passed') console.log(`✓ ${label} (api): ${test.title}`);
    else if (test.state === 'failed') console.log(`✗ ${label} (api): ${test.title}\n  ${String(test.error).split('\n').join('\n  ')}`);
    else console.log(`- ${label} (api): ${test.title} (pending)`);
  }
  return { passed: results.passed, failed: results.failed };
}
