/**
 * Feeds the refresher what only VS Code knows: whether any Lens view is visible, whether the window
 * has focus, and the `amplifyLens.environments.refreshIntervalSeconds` setting.
 */
import * as vscode from 'vscode';
import { affectsLensSetting, lensSetting } from '../settings/settings-reader';
import { VisibleIntervalRefresher } from './visible-interval-refresher';

function configuredIntervalSeconds(): number {
  return lensSetting('environments.refreshIntervalSeconds');
}

export function refreshWhileVisible(
  views: readonly vscode.TreeView<unknown>[],
  refresh: () => Promise<void>,
): { refresher: VisibleIntervalRefresher; disposables: vscode.Disposable[] } {
  const visibleViews = new Set(views.filter((view) => view.visible));
  const refresher = new VisibleIntervalRefresher(refresh, {
    intervalSeconds: configuredIntervalSeconds(),
    visible: visibleViews.size > 0,
    focused: vscode.window.state.focused,
  });
  const disposables: vscode.Disposable[] = [
    ...views.map((view) =>
      view.onDidChangeVisibility(({ visible }) => {
        if (visible) visibleViews.add(view);
        else visibleViews.delete(view);
        refresher.setVisible(visibleViews.size > 0);
      }),
    ),
    vscode.window.onDidChangeWindowState((state) => refresher.setFocused(state.focused)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsLensSetting(event, 'environments.refreshIntervalSeconds')) refresher.setIntervalSeconds(configuredIntervalSeconds());
    }),
    { dispose: () => refresher.dispose() },
  ];
  return { refresher, disposables };
}
