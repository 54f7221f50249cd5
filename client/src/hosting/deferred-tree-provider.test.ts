import { describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { DeferredTreeProvider } from './deferred-tree-provider';

vi.mock('vscode', () => import('../../test-support/fake-vscode'));

/** A provider with two rows under the root, whose change event the test fires. */
function realProvider() {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.TreeDataProvider<string> = {
    onDidChangeTreeData: changed.event,
    getChildren: (element?: string) => (element ? [] : ['main', 'dev']),
    getTreeItem: (element: string) => new vscode.TreeItem(`branch ${element}`, vscode.TreeItemCollapsibleState.Collapsed),
  };
  return { provider, changed };
}

describe('DeferredTreeProvider', () => {
  it('shows one spinning placeholder row until the real provider is served', async () => {
    const deferred = new DeferredTreeProvider('Loading Amplify Hosting…');
    const roots = (await deferred.getChildren()) as unknown[];
    expect(roots).toEqual(['Loading Amplify Hosting…']);
    const item = (await deferred.getTreeItem(roots[0])) as vscode.TreeItem;
    expect(item.label).toBe('Loading Amplify Hosting…');
    expect((item.iconPath as vscode.ThemeIcon).id).toBe('loading~spin');
    expect(await deferred.getChildren(roots[0])).toEqual([]);
  });

  it('hands the rows over when served, and tells the view to read them again', async () => {
    const deferred = new DeferredTreeProvider('Loading…');
    const refreshed = vi.fn();
    deferred.onDidChangeTreeData(refreshed);
    const { provider } = realProvider();
    deferred.serve(provider);
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(await deferred.getChildren()).toEqual(['main', 'dev']);
    expect(((await deferred.getTreeItem('main')) as vscode.TreeItem).label).toBe('branch main');
  });

  it("passes the real provider's changes on, until it is disposed", () => {
    const deferred = new DeferredTreeProvider('Loading…');
    const refreshed = vi.fn();
    deferred.onDidChangeTreeData(refreshed);
    const { provider, changed } = realProvider();
    deferred.serve(provider);
    changed.fire();
    expect(refreshed).toHaveBeenCalledTimes(2);
    deferred.dispose();
    changed.fire();
    expect(refreshed).toHaveBeenCalledTimes(2);
  });
});
