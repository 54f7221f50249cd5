/**
 * The one place plain view nodes become `vscode.TreeItem`s. Each tree provider only says how to
 * compute children; labels, icons, tooltips and commands were decided in its `*-nodes.ts`.
 */
import * as vscode from 'vscode';
import type { ViewNode, ViewNodeCollapse } from './view-node';

const COLLAPSE: Record<ViewNodeCollapse, vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function toTreeItem(node: ViewNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, COLLAPSE[node.collapse]);
  item.id = node.id;
  item.description = node.description;
  item.contextValue = node.contextValue;
  if (node.icon) {
    item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
  }
  if (node.tooltip) {
    // Untrusted on purpose: tooltips carry text from CloudFormation and must not run commands.
    item.tooltip = new vscode.MarkdownString(node.tooltip, true);
  }
  if (node.command) item.command = { ...node.command };
  return item;
}

export abstract class ViewNodeTreeProvider<N extends ViewNode> implements vscode.TreeDataProvider<N>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  protected readonly disposables: vscode.Disposable[] = [this.changed];

  protected abstract childNodes(parent: N | undefined): N[];

  getChildren(parent?: N): N[] {
    return this.childNodes(parent);
  }

  getTreeItem(node: N): vscode.TreeItem {
    return toTreeItem(node);
  }

  /** Asks VS Code to read the whole tree again. */
  protected redraw(): void {
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
