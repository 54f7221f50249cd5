/**
 * A panel in a real browser, as VS Code shows it: Debian's Chromium (playwright-core) loads the
 * page of client/src/webviews/webview-html.ts with the built bundle from webviews/out, the theme's
 * CSS variables, and an `acquireVsCodeApi` that records what the panel posts. Tests send host
 * messages with `post` and read the panel's intents with `posted`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { panelPageHtml } from '../../../client/src/webviews/webview-html';
import { repoRoot as findRepoRoot } from '../../support/repo-root';
import { DARK_THEME, LIGHT_THEME } from './vscode-theme-variables';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Debian's Chromium (see .ci/run); without it the browser suites are skipped, and the summary says so. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
const repoRoot = findRepoRoot();
const ORIGIN = 'https://panel.test';
const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json' };

export interface PanelPageOptions {
  theme?: 'dark' | 'light';
  width?: number;
  height?: number;
  /** What `getState()` returns at load, as VS Code gives back a hidden panel's saved state. */
  savedState?: unknown;
}

export interface PanelPage {
  page: Page;
  /** Sends a message from the host, as `webview.postMessage` does. */
  post(message: unknown): Promise<void>;
  /** Everything the panel posted to the host, oldest first. */
  posted<T = { type: string }>(): Promise<T[]>;
  /** Waits until the panel posted a message of this type and returns the latest one. */
  waitForPosted<T extends { type: string }>(type: T['type']): Promise<T>;
  /** Saves test-results/webviews/<name>.png, kept as a CI artifact. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browser: Promise<Browser> | undefined;

/** One browser for a test file; pages are cheap. Call `closeBrowser` in afterAll. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  const launched = browser;
  browser = undefined;
  await (await launched)?.close();
}

export async function openPanel(panel: string, options: PanelPageOptions = {}): Promise<PanelPage> {
  const theme = options.theme === 'light' ? LIGHT_THEME : DARK_THEME;
  const context = await (await sharedBrowser()).newContext({ viewport: { width: options.width ?? 1000, height: options.height ?? 700 } });
  const page = await context.newPage();
  const outDir = join(repoRoot, 'webviews/out');
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      await route.fulfill({ contentType: 'text/html', body: pageHtml(panel, theme, options) });
      return;
    }
    try {
      await route.fulfill({ contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join(outDir, path)) });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/`);
  const handle: PanelPage = {
    page,
    post: (message) => page.evaluate((data) => window.postMessage(data, '*'), message as never),
    posted: () => page.evaluate(() => (window as unknown as { __posted: never[] }).__posted),
    async waitForPosted(type) {
      await page.waitForFunction(
        (wanted) => (window as unknown as { __posted: { type: string }[] }).__posted.some((message) => message.type === wanted),
        type,
      );
      const all = await handle.posted<{ type: string }>();
      return all.filter((message) => message.type === type).at(-1) as never;
    },
    async screenshot(name) {
      const dir = join(repoRoot, 'test-results/webviews');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      if (errors.length) console.warn(`${panel} page errors:\n${errors.join('\n')}`);
      await context.close();
    },
  };
  return handle;
}

function pageHtml(panel: string, theme: Record<string, string>, options: PanelPageOptions): string {
  // What VS Code does for every webview: theme variables on <html>, a theme class on <body>.
  const prelude = `
    window.__posted = [];
    let savedState = ${JSON.stringify(options.savedState ?? null)};
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => savedState ?? undefined,
      setState: (state) => { savedState = state; window.__savedState = state; },
    });
    const theme = ${JSON.stringify(theme)};
    for (const [name, value] of Object.entries(theme)) document.documentElement.style.setProperty(name, value);
    document.body.classList.add(${JSON.stringify(options.theme === 'light' ? 'vscode-light' : 'vscode-dark')});
  `;
  return panelPageHtml({
    panel,
    title: panel,
    cspSource: ORIGIN,
    assetUri: (fileName) => `${ORIGIN}/${fileName}`,
    nonce: 'test-nonce-0123456789',
    preludeScript: prelude,
  });
}
