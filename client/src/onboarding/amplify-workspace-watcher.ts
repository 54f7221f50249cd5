/**
 * Keeps the Amplify context keys true to the workspace: searched once at activation (in the
 * background), again when folders are added or removed and when a project appears or goes
 * (`amplify init`, `npm create amplify`). Only folders on disk are searched: in a virtual workspace
 * there is no project Lens can read, so the keys stay false and the server does not start.
 */
import * as vscode from 'vscode';
import { type AmplifyWorkspaceState, contextKeysOf, detectAmplifyWorkspace } from './amplify-workspace';

/** What appears or disappears when a project is created or removed. */
const PROJECT_MARKERS =
  '**/{amplify/backend.ts,amplify/backend/backend-config.json,amplify/.config/project-config.json,amplify.yml,amplify.yaml,customHttp.yml,customHttp.yaml}';
/** Creating a project writes several files at once: search once after they settle. */
const SETTLE_MS = 500;

export function diskFolders(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
}

/** Calls `onState` after each search with what it found, having set the context keys first. */
export function watchAmplifyWorkspace(onState: (state: AmplifyWorkspaceState) => void): vscode.Disposable {
  let search: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | undefined;

  const detect = async () => {
    search?.abort();
    const controller = (search = new AbortController());
    const state = await detectAmplifyWorkspace(diskFolders(), controller.signal);
    if (controller.signal.aborted) return;
    const keys = contextKeysOf(state);
    const signature = JSON.stringify(keys);
    if (signature !== last) {
      last = signature;
      await Promise.all(Object.entries(keys).map(([key, value]) => vscode.commands.executeCommand('setContext', key, value)));
    }
    onState(state);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void detect(), SETTLE_MS);
  };

  // After activation returns: the search is asynchronous anyway, and the watcher is not needed sooner.
  const disposables: vscode.Disposable[] = [vscode.workspace.onDidChangeWorkspaceFolders(later)];
  let disposed = false;
  const start = setImmediate(() => {
    if (disposed) return;
    const watcher = vscode.workspace.createFileSystemWatcher(PROJECT_MARKERS, false, true, false);
    disposables.push(watcher, watcher.onDidCreate(later), watcher.onDidDelete(later));
    void detect();
  });
  return new vscode.Disposable(() => {
    disposed = true;
    clearImmediate(start);
    search?.abort();
    clearTimeout(timer);
    for (const disposable of disposables) disposable.dispose();
  });
}
