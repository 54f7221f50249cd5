/**
 * The log viewer's host: opens the panel beside the editor, starts the feed, batches its events
 * into the panel, forwards its state and the settings, and carries out the panel's intents (open a
 * stack frame's file, copy, export). Closing the panel stops the feed: a Live Tail costs money.
 */
import * as vscode from 'vscode';
import type { LogFeed, LogFeedState } from './log-feed';
import { findAmplifyProjects } from 'amplify-lens-model/project';
import { LogEventBatcher } from './log-event-batcher';
import { resolveFrame } from './log-frame-resolver';
import { LOG_BUFFER_MAX, normalizeLogViewerSettings } from './log-viewer-settings';
import type {
  LogFrameReference,
  LogViewerFromWebview,
  LogViewerLink,
  LogViewerMode,
  LogViewerSettings,
  LogViewerToWebview,
} from 'amplify-lens-model/panels';
import { WebviewPanelHost } from '../webviews/webview-panel-host';
import { affectsLensSetting, lensSetting } from '../settings/settings-reader';

const BUILD_LOG_BUFFER_SIZE = LOG_BUFFER_MAX;

export interface LogViewerOptions {
  /** `build` for an Amplify Hosting build log: sections and errors as the build image writes them. */
  mode?: LogViewerMode;
  /** What the panel may ask the host to open (`openLink` with one of these ids, and no other). */
  links?: readonly LogViewerLink[];
  onLink?(id: string): unknown;
}

export function openLogViewer(
  context: vscode.ExtensionContext,
  feed: LogFeed,
  options: LogViewerOptions = {},
): { dispose(): void; onDidClose(listener: () => void): vscode.Disposable } {
  const host = new WebviewPanelHost<LogViewerToWebview, LogViewerFromWebview>({
    viewType: 'amplifyLens.logViewer',
    panel: 'log-viewer',
    title: feed.title,
    extensionUri: context.extensionUri,
    column: vscode.ViewColumn.Beside,
    retainContextWhenHidden: true,
  });
  // A build log is read whole: the viewer keeps all of it (up to the setting's maximum), not the tail's window.
  const readPanelSettings = () => {
    const read = readSettings();
    return options.mode === 'build' ? { ...read, bufferSize: Math.max(read.bufferSize, BUILD_LOG_BUFFER_SIZE) } : read;
  };
  let settings = readPanelSettings();
  let state: LogFeedState = { kind: 'connecting' };
  let ready = false;
  let closed = false;
  const closeListeners = new Set<() => void>();
  const batcher = new LogEventBatcher({
    send: (batch) => host.post({ type: 'events', events: batch.events, dropped: batch.dropped || undefined }),
    maxEvents: () => settings.bufferSize,
  });

  const subscriptions: { dispose(): void }[] = [
    feed.onEvents((events) => batcher.add(events)),
    feed.onState((next) => {
      state = next;
      if (ready) host.post({ type: 'state', state });
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsLensSetting(event, 'logs')) return;
      settings = readPanelSettings();
      host.post({ type: 'settings', settings });
    }),
    host.onIntent((message) =>
      handleIntent(message).catch((error: unknown) => {
        void vscode.window.showErrorMessage(`Log viewer: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  ];

  async function handleIntent(message: LogViewerFromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // The first ready, or a page VS Code re-created: either way it starts empty.
        ready = true;
        host.post({ type: 'init', title: feed.title, logGroups: feed.logGroups, settings, mode: options.mode, links: options.links });
        host.post({ type: 'state', state });
        batcher.setReady(true);
        return;
      case 'openFrame':
        return openFrame(message.frame);
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage(`Copied ${message.lineCount} log ${message.lineCount === 1 ? 'line' : 'lines'}`, 3000);
        return;
      case 'export':
        return exportLines(message.suggestedName, message.format, message.content, message.lineCount);
      case 'paused':
        host.panel.title = message.paused ? `${feed.title} (paused)` : feed.title;
        return;
      case 'stop':
        feed.stop();
        state = { kind: 'stopped' };
        host.post({ type: 'state', state });
        return;
      case 'openLink':
        // A webview's message is untrusted: only the ids this host handed out lead anywhere.
        if (typeof message.id === 'string' && options.links?.some((link) => link.id === message.id)) await options.onLink?.(message.id);
        return;
    }
  }

  host.onDidDispose(() => {
    closed = true;
    feed.stop();
    batcher.dispose();
    for (const subscription of subscriptions) subscription.dispose();
    for (const listener of closeListeners) listener();
    closeListeners.clear();
  });
  feed.start();

  return {
    dispose: () => {
      if (!closed) host.dispose();
    },
    onDidClose(listener) {
      closeListeners.add(listener);
      return new vscode.Disposable(() => closeListeners.delete(listener));
    },
  };
}

function readSettings(): LogViewerSettings {
  return normalizeLogViewerSettings(lensSetting('logs.bufferSize'), lensSetting('logs.timeZone'));
}

async function projectRoots(): Promise<string[]> {
  const roots: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    for (const project of await findAmplifyProjects(folder.uri.fsPath)) roots.push(project.root);
  }
  return roots;
}

async function openFrame(frame: LogFrameReference): Promise<void> {
  const resolution = await resolveFrame(frame, await projectRoots());
  if (resolution.kind === 'not-found') {
    void vscode.window.showInformationMessage(`Cannot open ${frame.path}:${frame.line}: ${resolution.reason}`);
    return;
  }
  const position = new vscode.Position(Math.max(0, resolution.line - 1), Math.max(0, (resolution.column ?? 1) - 1));
  await vscode.window.showTextDocument(vscode.Uri.file(resolution.file), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.One,
    preview: true,
  });
}

async function exportLines(suggestedName: string, format: 'text' | 'jsonl', content: string, lineCount: number): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName) : undefined,
    filters: format === 'jsonl' ? { 'JSON Lines': ['jsonl'] } : { 'Log files': ['log', 'txt'] },
    saveLabel: 'Export Logs',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  vscode.window.setStatusBarMessage(
    `Exported ${lineCount} log ${lineCount === 1 ? 'line' : 'lines'} to ${vscode.workspace.asRelativePath(target)}`,
    5000,
  );
}
