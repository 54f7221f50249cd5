// What a user does with Lens in VS Code, one scenario each; they run in order in one window.
import { join } from 'node:path';

const SCHEMA = 'amplify/backend/api/blog/schema.graphql';
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

async function runCommand(page, title) {
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
];
