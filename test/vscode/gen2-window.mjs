// A window on a Gen 2 project (a copy of examples/gen2-todo whose node_modules holds the
// repository's esbuild and @aws-amplify/data-schema, as an installed project has them): a broken
// relationship in amplify/data/resource.ts shows in Problems, on resource.ts, from Amplify Lens.
// run-vscode-suite.mjs opens it as the `gen2` session on each VS Code.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const RESOURCE = 'amplify/data/resource.ts';

export const gen2Scenarios = [
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
      await page.keyboard.type('project: a.belongsTo');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press(`${mod}+Shift+K`);
      await page.keyboard.press(`${mod}+Shift+M`);
      const problems = page.locator('.markers-panel');
      await problems.waitFor({ state: 'visible', timeout: 10_000 });
      await problems
        .getByText('Unable to find associated relationship definition in Todo for Project.todos', { exact: false })
        .waitFor({ timeout: 60_000 });
      const text = await problems.innerText();
      for (const expected of ['resource.ts', 'amplify-lens', 'gen2-schema-builder-error']) {
        if (!text.includes(expected)) throw new Error(`Problems do not show ${expected}: ${text}`);
      }
      await page.screenshot({ path: join(artifacts, 'gen2-relationship-error.png') });
      await page.keyboard.press(`${mod}+Z`);
    },
  },
];

export const GEN2_WORKSPACE = 'examples/gen2-todo';

/** Gives the workspace copy the node_modules a Gen 2 schema check runs with. */
export function prepareGen2Workspace(repoRoot) {
  return (workspace) => {
    mkdirSync(join(workspace, 'node_modules/@aws-amplify'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules/esbuild'), join(workspace, 'node_modules/esbuild'), 'dir');
    symlinkSync(join(repoRoot, 'node_modules/@aws-amplify/data-schema'), join(workspace, 'node_modules/@aws-amplify/data-schema'), 'dir');
  };
}
