// UI steps the scenarios share: the command palette, Quick Open, context menus, webviews, and
// the scopes VS Code's tokenizer gives a position.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The Gen 1 example's schema, relative to the workspace. */
export const GEN1_SCHEMA = 'amplify/backend/api/blog/schema.graphql';

const isMac = process.platform === 'darwin';
export const mod = isMac ? 'Meta' : 'Control';

export async function runCommand(page, title) {
  await page.keyboard.press(`${mod}+Shift+P`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 10_000 });
  await page.keyboard.press('Enter');
}

export async function openFile(page, relativePath) {
  await page.keyboard.press(`${mod}+P`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(relativePath);
  const name = relativePath.split('/').pop();
  // The file's own row: on a busy machine the file search answers after the recently opened files.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: 30_000 });
  await page.waitForSelector(`.tab[aria-label^="${name}"]`, { timeout: 15_000 });
  await page.waitForSelector('.part.editor .monaco-editor .view-lines');
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
export async function pushDev(page) {
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
export async function goToLine(page, line) {
  await page.keyboard.press(`${mod}+G`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
}

/** The titles the command palette offers for `query`, after its list settles. */
export async function paletteTitles(page, query) {
  await page.keyboard.press(`${mod}+Shift+P`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(query);
  await page.waitForTimeout(800);
  const titles = await page
    .locator('.quick-input-list .monaco-list-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  await page.keyboard.press('Escape');
  return titles;
}

/**
 * The TextMate scopes at a 1-based line and column of the active editor, as "Developer: Inspect
 * Editor Tokens and Scopes" shows them (innermost first).
 */
export async function textMateScopesAt(page, line, column) {
  // Go to Line takes `line:column`: no key presses that a busy editor could drop.
  await page.keyboard.press(`${mod}+G`);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor({ timeout: 10_000 });
  await widget.getByText('textmate scopes', { exact: false }).first().waitFor({ timeout: 10_000 });
  const text = await widget.innerText();
  await page.keyboard.press('Escape');
  const after = text.slice(text.toLowerCase().indexOf('textmate scopes') + 'textmate scopes'.length);
  return after
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => /^[\w-]+(\.[\w-]+)+$/.test(row));
}

/** Waits until a log file of the window (under the profile's logs/) whose name contains `name` holds `text`. */
export async function waitForLogText(userData, name, text, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(join(userData, 'logs'), { recursive: true })
      .map(String)
      .filter((file) => basename(file).includes(name));
    if (files.some((file) => readFileSync(join(userData, 'logs', file), 'utf8').includes(text))) return;
    if (Date.now() > deadline) throw new Error(`no "${name}" log under ${userData}/logs says ${text} (files: ${files.join(', ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
