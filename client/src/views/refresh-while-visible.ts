/**
 * Feeds the refresher what only VS Code knows: whether any Lens view is visible, whether the window
 * has focus, and the `amplifyLens.environments.refreshIntervalSeconds` setting.
 */
import * as vscode from 'vscode';
import { VisibleIntervalRefresher } from './visible-interval-refresher';

export const REFRESH_INTERVAL_SETTING = 'amplifyLens.environments.refreshIntervalSeconds';
const DEFAULT_INTERVAL_SECONDS = 60;

function configuredIntervalSeconds(): number {
  const value = vscode.workspace.getConfiguration().get<number>(REFRESH_INTERVAL_SETTING, DEFAULT_INTERVAL_SECONDS);
  return typeof value === 'number' ? value : DEFAULT_INTERVAL_SECONDS;
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
      if (event.affectsConfiguration(REFRESH_INTERVAL_SETTING)) refresher.setIntervalSeconds(configuredIntervalSeconds());
    }),
    { dispose: () => refresher.dispose() },
  ];
  return { refresher, disposables };
}
