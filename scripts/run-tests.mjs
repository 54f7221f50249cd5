// The whole test suite: builds the bundles, runs Vitest (unit, LSP over stdio, CLI, corpus,
// grammar, the .vsix) and then the extension in real VS Codes (code-server + Chromium, the oldest
// and a current version), and ends with one plain line `N passed, N failed` that CI reads.
//
// Everything runs on Node 22: VS Code's extension host has been Node 22 since 1.101, the AWS SDK
// requires it from 2027, and vitest 5, vsce 4 and ovsx need it to run. Started on an older Node,
// this script fetches the pinned Node 22 from the npm registry (scripts/node-runtime.mjs) and runs
// itself again on it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { provisionNode, withNodeOnPath } from './node-runtime.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (Number(process.versions.node.split('.')[0]) < 22) {
  const node = provisionNode(22);
  console.log(`Node ${process.versions.node} is too old for the tests; running them on Node ${node.version} from the npm registry.`);
  const again = spawnSync(node.binary, [import.meta.filename, ...process.argv.slice(2)], { stdio: 'inherit', env: withNodeOnPath(node) });
  process.exit(again.status ?? 1);
}
const totals = { passed: 0, failed: 0, skipped: 0 };

function finish() {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  totals.failed++;
  finish();
}

// Type errors fail the run too: esbuild bundles without checking types. So do the lint that keeps
// the architecture (ARCHITECTURE.md) and the formatter's check; each counts as one test.
for (const script of ['typecheck', 'lint', 'format:check']) {
  const run = spawnSync(npm, ['run', script], { stdio: 'inherit' });
  if (run.status === 0) totals.passed++;
  else totals.failed++;
}

mkdirSync('test-results', { recursive: true });
const vitestReport = 'test-results/vitest.json';
rmSync(vitestReport, { force: true });
const vitest = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
try {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A test file that fails to load has no failed test of its own; count it so the line says so.
  if (vitest.status !== 0 && report.numFailedTests === 0) totals.failed++;
} catch {
  totals.failed++; // no report: Vitest itself failed to run
}

// The extension in a real VS Code needs Debian's Chromium (see .ci/run); a filtered run skips it.
if (process.argv.length > 2 || process.env.LENS_SKIP_VSCODE === '1') {
  console.log('VS Code suite not run (test filter given or LENS_SKIP_VSCODE=1).');
} else if (!existsSync('/usr/bin/chromium')) {
  console.log('VS Code suite skipped: /usr/bin/chromium is missing (apt-get install -y chromium; see .ci/run).');
  totals.skipped++;
} else {
  const setup = spawnSync(process.execPath, ['test/vscode/setup-vscode-host.mjs'], { stdio: 'inherit' });
  const vscodeReport = 'test-results/vscode.json';
  rmSync(vscodeReport, { force: true });
  if (setup.status === 0) spawnSync(process.execPath, ['test/vscode/run-vscode-suite.mjs'], { stdio: 'inherit' });
  try {
    const report = JSON.parse(readFileSync(vscodeReport, 'utf8'));
    totals.passed += report.passed;
    totals.failed += report.failed;
  } catch {
    console.log('VS Code suite did not complete.');
    totals.failed++;
  }
}
finish();
