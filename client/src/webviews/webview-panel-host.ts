/**
 * The host side of a panel: opens (or reveals) a webview panel on the page of webview-html.ts,
 * holds the host's messages until the panel says `ready` (a message posted earlier would be lost),
 * and hands the panel's intents to the owner. One class for every panel, typed by its protocol.
 */
import * as vscode from 'vscode';
import { createNonce, panelPageHtml } from './webview-html';

export interface PanelHostOptions {
  /** The panel type (`amplifyLens.logViewer`); VS Code restores panels by it. */
  viewType: string;
  /** The bundle's base name in webviews/out. */
  panel: string;
  title: string;
  extensionUri: vscode.Uri;
  column?: vscode.ViewColumn;
  /** Keep the page alive while its tab is hidden (the log viewer's buffer must survive a tab switch). */
  retainContextWhenHidden?: boolean;
  iconPath?: vscode.Uri | { light: vscode.Uri; dark: vscode.Uri };
}

export class WebviewPanelHost<ToWebview, FromWebview extends { type: string }> implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private ready = false;
  private pending: ToWebview[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly intentListeners = new Set<(message: FromWebview) => unknown>();
  private readonly disposeListeners = new Set<() => unknown>();

  constructor(options: PanelHostOptions) {
    const assets = vscode.Uri.joinPath(options.extensionUri, 'webviews', 'out');
    this.panel = vscode.window.createWebviewPanel(options.viewType, options.title, options.column ?? vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: options.retainContextWhenHidden ?? false,
      localResourceRoots: [assets],
    });
    if (options.iconPath) this.panel.iconPath = options.iconPath;
    const webview = this.panel.webview;
    webview.html = panelPageHtml({
      panel: options.panel,
      title: options.title,
      cspSource: webview.cspSource,
      assetUri: (fileName) => webview.asWebviewUri(vscode.Uri.joinPath(assets, ...fileName.split('/'))).toString(),
      nonce: createNonce(),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      this.panel.onDidDispose(() => this.disposed()),
    );
  }

  /** Sends now if the panel is ready, else when it is. */
  post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending.push(message);
  }

  /** Drops queued messages a newer one makes pointless (a snapshot replaces the previous one). */
  replacePending(keep: (message: ToWebview) => boolean): void {
    this.pending = this.pending.filter(keep);
  }

  onIntent(listener: (message: FromWebview) => unknown): vscode.Disposable {
    this.intentListeners.add(listener);
    return new vscode.Disposable(() => this.intentListeners.delete(listener));
  }

  onDidDispose(listener: () => unknown): vscode.Disposable {
    this.disposeListeners.add(listener);
    return new vscode.Disposable(() => this.disposeListeners.delete(listener));
  }

  reveal(column?: vscode.ViewColumn): void {
    this.panel.reveal(column);
  }

  dispose(): void {
    this.panel.dispose();
  }

  private receive(message: FromWebview): void {
    if (message?.type === 'ready') {
      // A reloaded page (VS Code re-creates hidden panels' pages) says ready again: resend nothing
      // stale, the owner answers `ready` with the current state.
      this.ready = true;
      const queued = this.pending;
      this.pending = [];
      for (const pending of queued) void this.panel.webview.postMessage(pending);
    }
    for (const listener of this.intentListeners) listener(message);
  }

  private disposed(): void {
    for (const listener of this.disposeListeners) listener();
    for (const disposable of this.disposables) disposable.dispose();
    this.intentListeners.clear();
    this.disposeListeners.clear();
  }
}
