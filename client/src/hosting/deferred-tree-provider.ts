/**
 * A tree provider that stands in for one loaded later: VS Code needs a provider when the view is
 * created at activation, but what fills the Hosting view is evaluated and started only when the
 * view is first shown. Until then the view shows one "Loading…" row; `serve` hands the rows over.
 */
import * as vscode from 'vscode';

export class DeferredTreeProvider implements vscode.TreeDataProvider<unknown>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private real?: vscode.TreeDataProvider<unknown>;
  private subscription?: vscode.Disposable;

  constructor(private readonly placeholder: string) {}

  serve(real: vscode.TreeDataProvider<unknown>): void {
    this.real = real;
    this.subscription = real.onDidChangeTreeData?.(() => this.changed.fire());
    this.changed.fire();
  }

  getChildren(element?: unknown): vscode.ProviderResult<unknown[]> {
    if (this.real) return this.real.getChildren(element);
    return element ? [] : [this.placeholder];
  }

  getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (this.real && element !== this.placeholder) return this.real.getTreeItem(element);
    const item = new vscode.TreeItem(this.placeholder);
    item.iconPath = new vscode.ThemeIcon('loading~spin');
    return item;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
