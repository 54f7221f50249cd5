// Amplify Hosting in the sidebar, as a user goes through it: the Gen 1 window finds its app from
// team-provider-info.json and reads a failed manual deploy's log; the Gen 2 window finds its app
// from the git remote, redeploys main and follows the build to its end, redeploys a build that
// fails and opens the failing step's log from the notification, and stops a redeploy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeWebview, runCommand, runContextMenuEntry } from './scenario-steps.mjs';

/** The repository of the fake Gen 2 app (test/vscode/fake-aws-process.ts): the Gen 2 window's git remote. */
const GEN2_REPOSITORY = 'git@github.com:example/gen2-todo.git';

/** Makes the Gen 2 workspace a git repository on `main` whose remote the fake Amplify app builds from. */
export function prepareGen2Repository(workspace) {
  mkdirSync(join(workspace, '.git/refs/heads'), { recursive: true });
  writeFileSync(join(workspace, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(workspace, '.git/refs/heads/main'), `${'4'.repeat(40)}\n`);
  writeFileSync(join(workspace, '.git/config'), `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${GEN2_REPOSITORY}\n`);
}

/** The Hosting pane of the Amplify view, opened and expanded. */
async function hostingPane(page) {
  if (!(await page.locator('.pane-header', { hasText: 'Environments' }).first().isVisible())) {
    await page.locator('.activitybar [aria-label^="Amplify"]').first().click();
  }
  const header = page.locator('.pane-header', { hasText: /^Hosting/ }).first();
  await header.waitFor({ timeout: 30_000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  // The other panes give the Hosting pane room.
  for (const name of ['Resources', 'Outputs']) {
    const other = page.locator('.pane-header', { hasText: new RegExp(`^${name}`) }).first();
    if ((await other.getAttribute('aria-expanded')) === 'true') await other.click();
  }
  return page.locator('.pane', { has: header });
}

/** A row of the Hosting pane whose label starts with `label`. */
function row(pane, label) {
  const start = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return pane
    .locator('.monaco-list-row')
    .filter({ has: pane.page().locator('.label-name', { hasText: start }) })
    .first();
}

async function expand(row) {
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
}

/** Says what the next builds of a branch do, through the fake Amplify Hosting's control route. */
async function queueOutcomes(hostingEndpoint, appId, branchName, outcomes) {
  const response = await fetch(`${hostingEndpoint}/__lens/hosting/outcomes`, {
    method: 'POST',
    body: JSON.stringify({ appId, branchName, outcomes }),
  });
  if (!response.ok) throw new Error(`the fake did not queue the outcomes: ${await response.text()}`);
}

/** Redeploys main from its row, checks the confirmation names the branch and the commit, confirms. */
async function redeployMain(page, pane) {
  await runContextMenuEntry(page, row(pane, 'main'), 'Redeploy Branch');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 30_000 });
  const text = await dialog.innerText();
  if (!/Redeploy main of gen2-todo at [0-9a-f]{7}\?/.test(text))
    throw new Error(`the confirmation does not name the branch and the commit: ${text}`);
  await dialog
    .locator('.monaco-button', { hasText: /^Redeploy$/ })
    .first()
    .click();
  await dialog.waitFor({ state: 'detached', timeout: 10_000 });
}

export const gen1HostingScenarios = [
  {
    name: "Hosting finds the Gen 1 app from team-provider-info.json and lists the env's manual deploys",
    async run(page, { artifacts }) {
      await runCommand(page, 'View: Close All Editors');
      const pane = await hostingPane(page);
      await row(pane, 'gen1blog').waitFor({ timeout: 60_000 });
      const dev = row(pane, 'dev');
      await dev.waitFor({ timeout: 30_000 });
      await expand(dev);
      await row(pane, '#4 Manual deploy').waitFor({ timeout: 30_000 });
      await pane.locator('.monaco-list-row', { hasText: 'manual deploy' }).first().waitFor();
      await pane.locator('.monaco-list-row', { hasText: 'Backend environment dev' }).first().waitFor();
      await page.screenshot({ path: join(artifacts, 'hosting-gen1.png') });
    },
  },
  {
    name: "a failed manual deploy's DEPLOY step log opens in the log viewer, its error marked",
    async run(page, { artifacts }) {
      const pane = await hostingPane(page);
      const failed = row(pane, '#3 Manual deploy');
      await failed.waitFor({ timeout: 30_000 });
      await expand(failed);
      await row(pane, 'DEPLOY').click();
      const panel = activeWebview(page);
      await panel.locator('.log-row.level-error', { hasText: '!!! Deployment failed' }).first().waitFor({ timeout: 30_000 });
      await panel.getByText('Build log complete', { exact: false }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'hosting-gen1-deploy-log.png') });
      await runCommand(page, 'View: Close All Editors');
    },
  },
];

export const gen2HostingScenarios = [
  {
    name: 'Hosting finds the Gen 2 app from the git remote, the current branch first with its builds',
    async run(page) {
      const pane = await hostingPane(page);
      await row(pane, 'gen2-todo').waitFor({ timeout: 60_000 });
      const main = row(pane, 'main');
      await main.waitFor({ timeout: 30_000 });
      const text = await main.innerText();
      if (!text.includes('current')) throw new Error(`the current git branch is not marked: ${text}`);
      await row(pane, '#4 ').waitFor({ timeout: 30_000 });
      await pane.locator('.monaco-list-row', { hasText: 'Backend stack amplify-d1gen2todo-main-branch-' }).first().waitFor();
    },
  },
  {
    name: 'Redeploy main: a build followed from PENDING to SUCCEED, then a notification',
    async run(page, { artifacts, fakeAws }) {
      const pane = await hostingPane(page);
      await queueOutcomes(fakeAws.hostingEndpoint, fakeAws.gen2AppId, 'main', [{ result: 'SUCCEED' }]);
      await redeployMain(page, pane);
      const build = row(pane, '#5 ');
      await build.waitFor({ timeout: 30_000 });
      // Seen while it runs: not yet ended, with its steps appearing under it.
      await pane
        .locator('.monaco-list-row', { hasText: /#5 .*(pending|provisioning|running)/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'hosting.png') });
      await page
        .locator('.notification-list-item', { hasText: /Amplify build #5 of main succeeded in/ })
        .first()
        .waitFor({ timeout: 90_000 });
      await pane
        .locator('.monaco-list-row', { hasText: /#5 .*succeeded/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await row(pane, 'VERIFY').waitFor({ timeout: 30_000 });
    },
  },
  {
    name: "a redeploy that fails: the notification opens the failing step's log, the error marked and the backend linked",
    async run(page, { artifacts, fakeAws }) {
      await runCommand(page, 'Notifications: Clear All Notifications');
      const pane = await hostingPane(page);
      await queueOutcomes(fakeAws.hostingEndpoint, fakeAws.gen2AppId, 'main', [{ result: 'FAILED', failIn: 'frontend' }]);
      await redeployMain(page, pane);
      const notification = page.locator('.notification-list-item', { hasText: /Amplify build #6 of main failed in BUILD after/ }).first();
      await notification.waitFor({ timeout: 90_000 });
      await notification.locator('.monaco-button', { hasText: 'Show BUILD Log' }).first().click();
      const panel = activeWebview(page);
      await panel.locator('.log-row.level-error', { hasText: '!!! Build failed' }).first().waitFor({ timeout: 30_000 });
      await panel.locator('.log-row.section', { hasText: 'Frontend Build' }).first().waitFor({ timeout: 30_000 });
      await panel.locator('.state-header a.host-link', { hasText: 'Deploy timeline of amplify-d1gen2todo-main-branch-' }).first().waitFor();
      await page.screenshot({ path: join(artifacts, 'hosting-build-log.png') });
      await panel.locator('.state-header a.host-link').first().click();
      const timeline = activeWebview(page);
      await timeline.getByText('main (Amplify build #6)', { exact: false }).first().waitFor({ timeout: 30_000 });
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'a redeploy started and stopped',
    async run(page, { fakeAws }) {
      await runCommand(page, 'Notifications: Clear All Notifications');
      const pane = await hostingPane(page);
      await queueOutcomes(fakeAws.hostingEndpoint, fakeAws.gen2AppId, 'main', [{ result: 'SUCCEED', pace: 30 }]);
      await redeployMain(page, pane);
      const build = row(pane, '#7 ');
      await build.waitFor({ timeout: 30_000 });
      await runContextMenuEntry(page, build, 'Stop Build');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 30_000 });
      if (!(await dialog.innerText()).includes('Stop build #7 of main?')) throw new Error('the stop confirmation does not name the build');
      await dialog
        .locator('.monaco-button', { hasText: /^Stop Build$/ })
        .first()
        .click();
      await page
        .locator('.notification-list-item', { hasText: /Amplify build #7 of main was stopped/ })
        .first()
        .waitFor({ timeout: 60_000 });
      await pane
        .locator('.monaco-list-row', { hasText: /#7 .*stopped/ })
        .first()
        .waitFor({ timeout: 30_000 });
    },
  },
];
