import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNonce, panelPageHtml } from './webview-html';

afterEach(() => vi.restoreAllMocks());

describe("the panel page's nonce", () => {
  it('comes from the cryptographic random source, never Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const getRandomValues = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(getRandomValues).toHaveBeenCalledTimes(50);
    expect(random).not.toHaveBeenCalled();
  });

  it('is the only way a script runs on the page', () => {
    const nonce = createNonce();
    const html = panelPageHtml({
      panel: 'log-viewer',
      title: 'Logs',
      cspSource: 'vscode-webview://x',
      assetUri: (file) => `vscode-webview://x/${file}`,
      nonce,
    });
    expect(html).toContain(`script-src 'nonce-${nonce}'`);
    expect(html.match(/<script /g)).toHaveLength(1);
    expect(html).toContain(`<script nonce="${nonce}" src="vscode-webview://x/log-viewer.js">`);
  });
});
