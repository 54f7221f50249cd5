// The extension in real VS Codes: packages the .vsix once, then on each VS Code of
// vscode-versions.mjs (the oldest `engines.vscode` admits and a current one) opens three windows
// on the Gen 1 example, each with a fresh profile and a fresh fake AWS:
//  - trusted: the extension-host suite (mocha tests on the `vscode` API, see
//    extension-host-suite.mjs), then the UI scenarios a user goes through (scenarios.mjs);
//  - untrusted: workspace trust on and the workspace not trusted (scenarios-restricted.mjs);
//  - companions: beside stand-ins of the GraphQL syntax and Red Hat YAML extensions
//    (scenarios-companions.mjs);
//  - gen2: the Gen 2 example, whose TypeScript data schema Lens checks (gen2-window.mjs).
// Prints one line per test and scenario, prefixed with the VS Code version. Screenshots go to
// test-results/vscode/<version>/, and test-results/vscode.json gets { passed, failed } over all of
// them for the test summary. LENS_VSCODE_VERSIONS=current (or oldest) runs one VS Code only, and
// LENS_VSCODE_SESSIONS=untrusted,companions (say) only those windows.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { COMPANIONS_AMPLIFY_YML, companionScenarios } from './scenarios-companions.mjs';
import { restrictedScenarios } from './scenarios-restricted.mjs';
import { scenarios } from './scenarios.mjs';
import { gen1HostingScenarios, gen2HostingScenarios, prepareGen2Repository } from './hosting-scenarios.mjs';
import { prepareExtensionHostSuite, reportExtensionHostSuite } from './extension-host-suite.mjs';
import { startFakeAwsProcess } from './fake-aws-launcher.mjs';
import { HOST_DIR, packageExtension, startVsCode } from './vscode-host.mjs';
import { assertOldestMatchesEngines, selectedHosts } from './vscode-versions.mjs';
import { GEN2_WORKSPACE, gen2Scenarios, prepareGen2Workspace } from './gen2-window.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
const artifactsRoot = join(repoRoot, 'test-results/vscode');
mkdirSync(artifactsRoot, { recursive: true });
assertOldestMatchesEngines();

const vsix = packageExtension(repoRoot, join(HOST_DIR, 'amplify-lens.vsix'));
const apiSuite = prepareExtensionHostSuite(repoRoot, HOST_DIR);
const standIns = ['graphql-syntax', 'redhat-yaml'].map((name) => packageStandIn(name));

/** A stand-in extension of stand-ins/ as a .vsix (test infrastructure: no repository, no license file). */
function packageStandIn(name) {
  const out = join(HOST_DIR, `stand-in-${name}.vsix`);
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: join(repoRoot, 'test/vscode/stand-ins', name),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out;
}

const totals = { passed: 0, failed: 0 };
const sessions = (process.env.LENS_VSCODE_SESSIONS ?? 'trusted,untrusted,companions,gen2').split(',').map((name) => name.trim());

/** One window: starts it, runs `scenarios` in order, records each, and closes it. */
async function session(host, name, { options, scenarios: list, apiResults }) {
  if (!sessions.includes(name)) return;
  const artifacts = join(artifactsRoot, host.vscode);
  mkdirSync(artifacts, { recursive: true });
  const label = `vscode ${host.vscode}`;
  const fakeAws = await startFakeAwsProcess(repoRoot, HOST_DIR);
  let vscode;
  try {
    vscode = await startVsCode({
      host,
      vsix,
      workspaceSource: join(repoRoot, 'examples/gen1-blog'),
      ...options,
      prepareWorkspace: (workspace) => {
        fakeAws.prepareWorkspace(workspace);
        options.prepareWorkspace?.(workspace);
      },
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDLENSFAKE',
        AWS_SECRET_ACCESS_KEY: 'lens-fake-secret',
        AWS_REGION: fakeAws.region,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        LENS_FAKE_AWS_CONTROL: fakeAws.endpoint,
        ...options.env,
      },
      // AWS is the fake, reached by the real SDK inside the extension through the endpoint
      // settings that also serve LocalStack users (loopback http is accepted).
      settings: {
        'amplifyLens.aws.cloudFormationEndpoint': fakeAws.endpoint,
        'amplifyLens.aws.cloudWatchLogsEndpoint': fakeAws.logsEndpoint,
        'amplifyLens.aws.amplifyEndpoint': fakeAws.hostingEndpoint,
        ...options.settings,
      },
      // The CLI settings are machine-scoped (a workspace cannot choose the program Lens runs).
      machineSettings: {
        'amplifyLens.cli.amplifyPath': join(repoRoot, 'test/fake-cli/amplify'),
        'amplifyLens.cli.ampxCommand': join(repoRoot, 'test/fake-cli/ampx'),
      },
    });
  } catch (error) {
    totals.failed++;
    console.log(
      `✗ ${label}: the ${name} window did not open\n  ${String(error?.stack ?? error)
        .split('\n')
        .join('\n  ')}`,
    );
    fakeAws.stop();
    return;
  }
  let failed = 0;
  try {
    if (apiResults) {
      // The runner starts with the window; the scenarios wait for it so the two never edit at once.
      const api = await reportExtensionHostSuite(apiResults, label);
      totals.passed += api.passed;
      failed += api.failed;
      if (api.failed > 0) await vscode.page.screenshot({ path: join(artifacts, 'failed-vscode-api.png') }).catch(() => {});
    }
    // LENS_VSCODE_SCENARIOS=<regex>: only the scenarios whose names match (while working on some).
    const only = process.env.LENS_VSCODE_SCENARIOS ? new RegExp(process.env.LENS_VSCODE_SCENARIOS, 'i') : undefined;
    for (const scenario of list.filter((candidate) => !only || only.test(candidate.name))) {
      try {
        await scenario.run(vscode.page, {
          artifacts,
          workspace: vscode.workspace,
          userData: vscode.userData,
          scenarioFile: options.scenarioFile,
          fakeAws,
          consoleMessages: vscode.consoleMessages,
        });
        totals.passed++;
        console.log(`✓ ${label}: ${scenario.name}`);
      } catch (error) {
        failed++;
        console.log(
          `✗ ${label}: ${scenario.name}\n  ${String(error?.stack ?? error)
            .split('\n')
            .join('\n  ')}`,
        );
        await vscode.page.screenshot({ path: join(artifacts, `failed-${scenario.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
      }
    }
  } finally {
    if (failed > 0) console.log(`code-server log (tail):\n${vscode.log().slice(-3000)}`);
    totals.failed += failed;
    await vscode.stop();
    fakeAws.stop();
  }
}

for (const host of selectedHosts()) {
  const artifacts = join(artifactsRoot, host.vscode);
  mkdirSync(artifacts, { recursive: true });
  // A failure's screenshot belongs to the run that failed: drop an earlier run's.
  for (const file of readdirSync(artifacts)) if (file.startsWith('failed-')) rmSync(join(artifacts, file));
  console.log(`VS Code ${host.vscode} (code-server ${host.codeServer}, Node ${host.node})`);
  const apiResults = join(repoRoot, `test-results/vscode-api-${host.vscode}.json`);
  rmSync(apiResults, { force: true });
  const scenarioFile = join(HOST_DIR, 'fake-deploy-scenario.txt');
  await session(host, 'trusted', {
    apiResults,
    scenarios: [...scenarios, ...gen1HostingScenarios],
    options: {
      extraVsix: [apiSuite.runnerVsix],
      scenarioFile,
      env: {
        // The fake `amplify` and `ampx` drive the fake CloudFormation through the scenario a test
        // writes to the scenario file before each push.
        LENS_FAKE_SCENARIO_FILE: scenarioFile,
        LENS_FAKE_STEP_MS: '120',
        ...apiSuite.env,
        LENS_EXTENSION_TESTS_RESULTS: apiResults,
      },
    },
  });
  // The language client's traffic is logged (amplifyLens.trace.server): a scenario reads that the server was told of trust.
  await session(host, 'untrusted', {
    scenarios: restrictedScenarios,
    options: { trust: 'untrusted', settings: { 'amplifyLens.trace.server': 'messages' } },
  });
  await session(host, 'companions', {
    scenarios: companionScenarios,
    options: {
      extraVsix: standIns,
      prepareWorkspace: (workspace) => writeFileSync(join(workspace, 'amplify.yml'), COMPANIONS_AMPLIFY_YML),
    },
  });
  await session(host, 'gen2', {
    scenarios: [...gen2Scenarios, ...gen2HostingScenarios],
    options: {
      workspaceSource: join(repoRoot, GEN2_WORKSPACE),
      prepareWorkspace: (workspace) => {
        prepareGen2Workspace(repoRoot)(workspace);
        prepareGen2Repository(workspace);
      },
    },
  });
}

writeFileSync(join(repoRoot, 'test-results/vscode.json'), JSON.stringify(totals));
console.log(`VS Code suite: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
