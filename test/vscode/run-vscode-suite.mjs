// The extension in a real VS Code: packages the .vsix, installs it in code-server, opens the Gen 1
// example and, in that one window, runs first the extension-host suite (mocha tests on the
// `vscode` API, see extension-host-suite.mjs) and then the UI scenarios a user would go through.
// Screenshots go to test-results/vscode/, the mocha results to test-results/vscode-api.json. Prints
// one line per test and scenario and writes test-results/vscode.json ({ passed, failed }) for the
// test summary.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOST_DIR, packageExtension, startVsCode } from './vscode-host.mjs';
import { prepareExtensionHostSuite, reportExtensionHostSuite } from './extension-host-suite.mjs';
import { startFakeAwsProcess } from './fake-aws-launcher.mjs';
import { scenarios } from './scenarios.mjs';
import { gen1HostingScenarios } from './hosting-scenarios.mjs';
import { runGen2Window } from './gen2-window.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
/** LENS_VSCODE_SCENARIOS=<regex> runs only the UI scenarios whose names match (while working on some). */
const only = process.env.LENS_VSCODE_SCENARIOS ? new RegExp(process.env.LENS_VSCODE_SCENARIOS, 'i') : undefined;
const selected = (list) => list.filter((scenario) => !only || only.test(scenario.name));
const artifacts = join(repoRoot, 'test-results/vscode');
mkdirSync(artifacts, { recursive: true });
// A failure's screenshot belongs to the run that failed: drop an earlier run's.
for (const file of readdirSync(artifacts)) if (file.startsWith('failed-')) rmSync(join(artifacts, file));

const vsix = packageExtension(repoRoot, join(HOST_DIR, 'amplify-lens.vsix'));
const apiSuite = prepareExtensionHostSuite(repoRoot, HOST_DIR);
// AWS is the fake CloudFormation, reached by the real SDK inside the extension: throwaway keys,
// and the endpoint setting that also serves LocalStack users.
const fakeAws = await startFakeAwsProcess(repoRoot, HOST_DIR);
const scenarioFile = join(HOST_DIR, 'fake-deploy-scenario.txt');
const vscode = await startVsCode({
  vsix,
  extraVsix: [apiSuite.runnerVsix],
  workspaceSource: join(repoRoot, 'examples/gen1-blog'),
  prepareWorkspace: fakeAws.prepareWorkspace,
  env: {
    // The fake `amplify` and `ampx` (set below) drive the fake CloudFormation through the scenario the
    // test writes to the scenario file before each push.
    LENS_FAKE_AWS_CONTROL: fakeAws.endpoint,
    LENS_FAKE_SCENARIO_FILE: scenarioFile,
    LENS_FAKE_STEP_MS: '120',
    ...apiSuite.env, AWS_ACCESS_KEY_ID: 'AKIDLENSFAKE', AWS_SECRET_ACCESS_KEY: 'lens-fake-secret', AWS_REGION: fakeAws.region, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' },
  settings: {
    'amplifyLens.aws.cloudFormationEndpoint': fakeAws.endpoint,
    'amplifyLens.aws.cloudWatchLogsEndpoint': fakeAws.logsEndpoint,
    'amplifyLens.aws.amplifyEndpoint': fakeAws.hostingEndpoint,
  },
  // The CLI settings are machine-scoped (a workspace cannot choose the program Lens runs).
  machineSettings: {
    'amplifyLens.cli.amplifyPath': join(repoRoot, 'test/fake-cli/amplify'),
    'amplifyLens.cli.ampxCommand': join(repoRoot, 'test/fake-cli/ampx'),
  },
});
let passed = 0;
let failed = 0;
try {
  // The runner starts with the window; the scenarios wait for it so the two never edit at once.
  const api = await reportExtensionHostSuite(apiSuite.resultsPath);
  passed += api.passed;
  failed += api.failed;
  if (api.failed > 0) await vscode.page.screenshot({ path: join(artifacts, 'failed-vscode-api.png') }).catch(() => {});
  for (const scenario of selected([...scenarios, ...gen1HostingScenarios])) {
    try {
      await scenario.run(vscode.page, { artifacts, workspace: vscode.workspace, scenarioFile, fakeAws });
      passed++;
      console.log(`✓ vscode: ${scenario.name}`);
    } catch (error) {
      failed++;
      console.log(`✗ vscode: ${scenario.name}\n  ${String(error?.stack ?? error).split('\n').join('\n  ')}`);
      await vscode.page.screenshot({ path: join(artifacts, `failed-${scenario.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  }
} finally {
  if (failed > 0) console.log(`code-server log (tail):\n${vscode.log().slice(-3000)}`);
  await vscode.stop();
}
// Then a Gen 2 project in a window of its own, on the same fake AWS.
try {
  const gen2 = await runGen2Window({ startVsCode, vsix, repoRoot, artifacts, fakeAws });
  passed += gen2.passed;
  failed += gen2.failed;
} catch (error) {
  failed++;
  console.log(`✗ vscode: the Gen 2 window did not start\n  ${String(error?.stack ?? error)}`);
} finally {
  fakeAws.stop();
}
writeFileSync(join(repoRoot, 'test-results/vscode.json'), JSON.stringify({ passed, failed }));
console.log(`VS Code suite: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
