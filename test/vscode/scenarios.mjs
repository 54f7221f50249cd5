// What a user does with Lens in VS Code, one scenario each; they run in order in one window.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

export async function runCommand(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function openFile(page, relativePath) {
  await page.keyboard.press(`${mod}+P`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(relativePath);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label^="${relativePath.split('/').pop()}"]`, { timeout: 15_000 });
  await page.waitForSelector('.monaco-editor .view-lines');
}

/** Runs a tree row's context-menu entry, as a user does with a right click. */
export async function runContextMenuEntry(page, row, entry) {
  await row.click({ button: 'right' });
  const item = page.getByRole('menuitem', { name: entry }).first();
  await item.waitFor({ timeout: 10_000 });
  // The menu re-renders while the row's context keys settle: hover first, then click what is there.
  await page.waitForTimeout(300);
  await item.hover();
  await item.click();
  await page.locator('.context-view .monaco-menu').waitFor({ state: 'detached', timeout: 10_000 });
}

/** Pushes the dev env from its row, as a user does, confirming what `amplify status` lists. */
async function pushDev(page) {
  // The activity bar icon toggles: click it only when the Amplify view is not already showing.
  if (!(await page.locator('.pane-header', { hasText: 'Environments' }).first().isVisible())) {
    await page.locator('.activitybar [aria-label^="Amplify"]').first().click();
  }
  const devRow = page.locator('.monaco-list-row[aria-label*="dev"]').first();
  await runContextMenuEntry(page, devRow, 'Push');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 30_000 });
  await dialog.locator('.monaco-button', { hasText: /^Push/ }).first().click();
}

/**
 * The page inside the active webview panel: VS Code hosts a panel in an iframe that holds the
 * panel's own document in a second iframe.
 */
export function activeWebview(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** Puts the cursor at the start of a 1-based line in the active editor. */
async function goToLine(page, line) {
  await page.keyboard.press(`${mod}+G`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
}

export const scenarios = [
  {
    name: 'opening an Amplify schema starts the language server with no false problems',
    async run(page, { artifacts }) {
      await page.click('.monaco-workbench');
      await openFile(page, SCHEMA);
      await runCommand(page, 'Amplify: Show Language Server Output');
      await page.waitForSelector('.panel .monaco-editor', { timeout: 15_000 });
      await page.keyboard.press(`${mod}+Shift+M`);
      // The Problems panel must really be showing, or counting its rows proves nothing.
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 10_000 });
      // Give the server time to publish, then require an empty Problems panel.
      await page.waitForTimeout(3000);
      const problems = await page.locator('.markers-panel .monaco-list-row').count();
      if (problems !== 0) throw new Error(`expected no problems on the valid example, saw ${problems}`);
      await page.screenshot({ path: join(artifacts, 'valid-schema.png') });
    },
  },
  {
    name: 'a typo in a directive is underlined and listed in Problems with its code',
    async run(page, { artifacts }) {
      await page.click('.monaco-editor .view-lines');
      await page.keyboard.press(`${mod}+End`);
      await page.keyboard.type('\ntype Draft @modle @auth(rules: [{ allow: owners }]) {\nid: ID!\n}\n');
      await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 20_000 });
      const problems = page.locator('.markers-panel');
      await problems.getByText('Unknown directive "@modle"', { exact: false }).waitFor({ timeout: 20_000 });
      await problems.getByText('does not exist in "AuthStrategy" enum', { exact: false }).waitFor({ timeout: 20_000 });
      const text = await problems.innerText();
      for (const expected of ['amplify-lens', 'unknown-directive', 'invalid-argument-value']) {
        if (!text.includes(expected)) throw new Error(`Problems do not show ${expected}: ${text}`);
      }
      await page.screenshot({ path: join(artifacts, 'diagnostics.png') });
    },
  },
  {
    name: 'typing @ on a field offers the field directives, with documentation',
    async run(page, { artifacts }) {
      await page.click('.monaco-editor .view-lines');
      await page.keyboard.press(`${mod}+End`);
      await page.keyboard.type('\ntype Note @model @auth(rules: [{ allow: owner }]) {\nid: ID!\nbody: String @');
      const widget = page.locator('.editor-widget.suggest-widget');
      await widget.waitFor({ state: 'visible', timeout: 15_000 });
      for (const label of ['default', 'index', 'primaryKey']) {
        await widget.locator(`.monaco-list-row[aria-label*="${label}"]`).first().waitFor({ timeout: 15_000 });
      }
      await page.screenshot({ path: join(artifacts, 'completion.png') });
      await page.keyboard.press('Escape');
      await page.keyboard.type('\n}\n');
    },
  },
  {
    name: 'hovering a directive shows its documentation',
    async run(page, { artifacts }) {
      await page.keyboard.press(`${mod}+F`);
      await page.keyboard.type('@manyToMany');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      // The match is scrolled into view; point the mouse at it as a user would.
      const token = page.locator('.monaco-editor .view-lines span', { hasText: /^@?manyToMany$/ }).first();
      await token.hover();
      const hover = page.locator('.monaco-hover-content');
      await hover.getByText('manyToMany', { exact: false }).first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(artifacts, 'hover.png') });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'the Amplify view lists the dev env with its deploy status from CloudFormation',
    async run(page, { artifacts }) {
      await page.locator('.activitybar [aria-label^="Amplify"]').first().click();
      const tree = page.locator('.pane-body .monaco-list').first();
      const dev = page.locator('.monaco-list-row[aria-label*="dev"]').first();
      await dev.waitFor({ timeout: 30_000 });
      await page.locator('.monaco-list-row', { hasText: 'deployed' }).first().waitFor({ timeout: 30_000 });
      await tree.waitFor();
      // The checked-out env's resources follow, with their nested stacks' status.
      await page.locator('.monaco-list-row', { hasText: 'blog' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'environments.png') });
    },
  },
  {
    name: 'the environment overview shows the stacks, resources and outputs of dev from CloudFormation',
    async run(page, { artifacts }) {
      const devRow = page.locator('.monaco-list-row[aria-label*="dev"]').first();
      await runContextMenuEntry(page, devRow, 'Open Environment Overview');
      const panel = activeWebview(page);
      await panel.locator('h1', { hasText: 'dev' }).first().waitFor({ timeout: 30_000 });
      // Every nested stack the fake CloudFormation holds for dev, and the outputs of its root stack.
      for (const text of ['apiblog', 'authblogauth', 'functionsummarizePost', 'GraphQL endpoint']) {
        await panel.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
      }
      await page.screenshot({ path: join(artifacts, 'environment-overview.png') });
    },
  },
  {
    name: 'Tail Logs on a function opens the log viewer with the newest lines as they arrive',
    async run(page, { artifacts }) {
      await runCommand(page, 'View: Close All Editors');
      const fn = page.locator('.monaco-list-row', { hasText: 'summarizePost' }).first();
      await runContextMenuEntry(page, fn, 'Tail Logs');
      const panel = activeWebview(page);
      // The fake function is invoked every 1.5 s: its lines reach the viewer through StartLiveTail.
      await panel.getByText('Summarized post 42', { exact: false }).first().waitFor({ timeout: 30_000 });
      await panel.getByText('REPORT', { exact: false }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(artifacts, 'log-viewer.png') });
      await runCommand(page, 'Amplify: Stop Tailing Logs');
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'debugging a function tails its logs and stops when the debug run ends',
    async run(page, { artifacts }) {
      await runCommand(page, 'Debug: Select and Start Debugging');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Run summarizePost locally' }).first().click({ timeout: 10_000 });
      const panel = activeWebview(page);
      await panel.getByText('Summarized post 42', { exact: false }).first().waitFor({ timeout: 45_000 });
      await page.waitForTimeout(4500); // a few more invocations for the picture
      await page.screenshot({ path: join(artifacts, 'log-viewer-debugging.png') });
      await page.locator('.debug-toolbar .action-label.codicon-debug-stop').first().click();
      await panel.getByText('Stopped', { exact: false }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'Push from the sidebar runs amplify and follows CloudFormation in the deploy timeline',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'success');
      await pushDev(page);
      const panel = activeWebview(page);
      await panel.getByText('Deploy of dev', { exact: false }).first().waitFor({ timeout: 30_000 });
      await panel.getByText('Succeeded', { exact: true }).first().waitFor({ timeout: 60_000 });
      await panel.getByText('apiblog', { exact: false }).first().waitFor();
      await page.screenshot({ path: join(artifacts, 'deploy-timeline.png') });
      await page.locator('.notification-list-item', { hasText: /Push.*dev/ }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a push that rolls back shows the failure and its reason, and the env row keeps the outcome',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'rollback');
      await pushDev(page);
      const panel = activeWebview(page);
      await panel.getByText('Rolled back', { exact: false }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(artifacts, 'deploy-timeline-rolled-back.png') });
      await page.locator('.monaco-list-row[aria-label*="dev"]', { hasText: /fail|roll/i }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a schema error from the transformer lands in Problems at its line',
    async run(page, { artifacts, scenarioFile }) {
      await runCommand(page, 'View: Close All Editors');
      writeFileSync(scenarioFile, 'schema-error');
      await pushDev(page);
      await page.locator('.notification-list-item', { hasText: 'See the terminal' }).first().waitFor({ timeout: 60_000 });
      // The task's terminal took the panel; switch it to Problems by its tab.
      await page.locator('.part.panel .action-label', { hasText: /^Problems/i }).first().click();
      const problems = page.locator('.markers-panel');
      await problems.getByText('Unknown type "Comment"', { exact: false }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(artifacts, 'deploy-schema-error.png') });
    },
  },
];
