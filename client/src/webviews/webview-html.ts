/**
 * The HTML page of a panel. Pure (no `vscode` import) so the browser tests load exactly the page
 * VS Code shows: a strict Content-Security-Policy, one nonce'd script, the panel's stylesheet and
 * the codicon font, all from the extension's `webviews/out` folder.
 */
export interface PanelPageOptions {
  /** The bundle's base name in webviews/out (`log-viewer` → log-viewer.js, log-viewer.css). */
  panel: string;
  title: string;
  /** The webview's `cspSource` (`vscode-webview://…` in VS Code, the page's origin in tests). */
  cspSource: string;
  /** The URI the page may load a file of webviews/out from. */
  assetUri(fileName: string): string;
  nonce: string;
  /** Script run before the bundle (tests install their `acquireVsCodeApi` here). */
  preludeScript?: string;
}

export function panelPageHtml(options: PanelPageOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const prelude = options.preludeScript ? `<script nonce="${nonce}">${options.preludeScript}</script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${options.assetUri('codicons/codicon.css')}">
<link rel="stylesheet" href="${options.assetUri(`${options.panel}.css`)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app" data-panel="${escapeHtml(options.panel)}"></main>
${prelude}<script nonce="${nonce}" src="${options.assetUri(`${options.panel}.js`)}"></script>
</body>
</html>`;
}

/**
 * A nonce for the page's Content-Security-Policy: 128 bits from the platform's cryptographic random
 * source (Web Crypto, in Node and in browsers alike). A guessable nonce would let markup injected
 * into the page run its own script.
 */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
