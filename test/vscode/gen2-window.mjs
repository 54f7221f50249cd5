// A second window on a Gen 2 project (a copy of examples/gen2-todo whose node_modules holds the
// repository's esbuild and @aws-amplify/data-schema, as an installed project has them): a broken
// relationship in amplify/data/resource.ts shows in Problems, on resource.ts, from Amplify Lens.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gen2HostingScenarios } from './hosting-scenarios.mjs';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const RESOURCE = 'amplify/data/resource.ts';

const scenarios = [
  {
    name: 'a Gen 2 workspace shows a relationship error in Problems on resource.ts',
    async run(page, { artifacts }) {
      await page.click('.monaco-workbench');
      await page.keyboard.press(`${mod}+P`);
      await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
      await page.keyboard.type(RESOURCE);
      await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.tab[aria-label^="resource.ts"]', { timeout: 15_000 });
      await page.waitForSelector('.monaco-editor .view-lines');
      // Delete Todo's belongsTo: Project.todos is left without its counterpart, as in amplify-category-api #2534.
      await page.click('.monaco-editor .view-lines');
      await page.keyboard.press(`${mod}+F`);
      await page.keyboard.type("project: a.belongsTo");
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press(`${mod}+Shift+K`);
      await page.keyboard.press(`${mod}+Shift+M`);
      const problems = page.locator('.markers-panel');
      await problems.waitFor({ state: 'visible', timeout: 10_000 });
      await problems.getByText('Unable to find associated relationship definition in Todo for Project.todos', { exact: false }).waitFor({ timeout: 60_000 });
      const text = await problems.innerText();
      for (const expected of ['resource.ts', 'amplify-lens', 'gen2-schema-builder-error']) {
        if (!text.includes(expected)) throw new Error(`Problems do not show ${expected}: ${text}`);
      }
      await page.screenshot({ path: join(artifacts, 'gen2-relationship-error.png') });
      await page.keyboard.press(`${mod}+Z`);
    },
  },
];

/**
 * Opens the Gen 2 window, runs its scenarios, closes it; returns { passed, failed }. The project
 * is a git repository whose remote is the fake Amplify app's repository, with main checked out.
 */
export async function runGen2Window({ startVsCode, vsix, repoRoot, artifacts, fakeAws }) {
  let passed = 0;
  let failed = 0;
  const vscode = await startVsCode({
    vsix,
    workspaceSource: join(repoRoot, 'examples/gen2-todo'),
    env: { AWS_ACCESS_KEY_ID: 'AKIDLENSFAKE', AWS_SECRET_ACCESS_KEY: 'lens-fake-secret', AWS_REGION: fakeAws.region, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' },
    settings: {
      'amplifyLens.aws.cloudFormationEndpoint': fakeAws.endpoint,
      'amplifyLens.aws.cloudWatchLogsEndpoint': fakeAws.logsEndpoint,
      'amplifyLens.aws.amplifyEndpoint': fakeAws.hostingEndpoint,
    },
    prepareWorkspace(workspace) {
      mkdirSync(join(workspace, 'node_modules/@aws-amplify'), { recursive: true });
      symlinkSync(join(repoRoot, 'node_modules/esbuild'), join(workspace, 'node_modules/esbuild'), 'dir');
      symlinkSync(join(repoRoot, 'node_modules/@aws-amplify/data-schema'), join(workspace, 'node_modules/@aws-amplify/data-schema'), 'dir');
      mkdirSync(join(workspace, '.git/refs/heads'), { recursive: true });
      writeFileSync(join(workspace, '.git/HEAD'), 'ref: refs/heads/main\n');
      writeFileSync(join(workspace, '.git/refs/heads/main'), `${'4'.repeat(40)}\n`);
      writeFileSync(join(workspace, '.git/config'), `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${fakeAws.gen2Repository.replace('https://github.com/', 'git@github.com:')}.git\n`);
    },
  });
  try {
    const only = process.env.LENS_VSCODE_SCENARIOS ? new RegExp(process.env.LENS_VSCODE_SCENARIOS, 'i') : undefined;
    for (const scenario of [...scenarios, ...gen2HostingScenarios].filter((candidate) => !only || only.test(candidate.name))) {
      try {
        await scenario.run(vscode.page, { artifacts, fakeAws });
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
  return { passed, failed };
}
