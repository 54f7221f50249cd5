/**
 * Keeps `focusedEnvironment` up to date in the editor: follows the Environments view's selection
 * and the active editor (which project the user is in), and tells the Resources and Outputs views
 * and the status bar when the environment they follow may have changed.
 */
import * as vscode from 'vscode';
import type { AmplifyEnvironment } from '../environments/environment-types';
import type { EnvironmentsSource } from './environments-source';
import { environmentKey } from '../environments/environment-key';
import { focusedEnvironment } from './environment-focus';

export class EnvironmentFocusTracker implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the source changed, the selection changed, or the user moved to another project's file. */
  readonly onDidChange = this.changed.event;
  private selectedKey: string | undefined;
  private lastKey: string | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly source: EnvironmentsSource) {
    this.disposables = [
      this.changed,
      source.onDidChange(() => this.changed.fire()),
      // Switching files redraws the views only when it moves the focus to another project.
      vscode.window.onDidChangeActiveTextEditor(() => {
        if (this.currentKey() !== this.lastKey) this.changed.fire();
      }),
    ];
    this.disposables.push(this.onDidChange(() => (this.lastKey = this.currentKey())));
    this.lastKey = this.currentKey();
  }

  /** The Environments view's selection; anything but an environment keeps the previous choice. */
  select(environment: AmplifyEnvironment | undefined): void {
    if (!environment) return;
    const key = environmentKey(environment);
    if (key === this.selectedKey) return;
    this.selectedKey = key;
    this.changed.fire();
  }

  current(): AmplifyEnvironment | undefined {
    const activeFile = vscode.window.activeTextEditor?.document.uri;
    return focusedEnvironment(this.source.snapshots(), {
      selectedKey: this.selectedKey,
      activeFilePath: activeFile?.scheme === 'file' ? activeFile.fsPath : undefined,
    });
  }

  private currentKey(): string | undefined {
    const environment = this.current();
    return environment && environmentKey(environment);
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
