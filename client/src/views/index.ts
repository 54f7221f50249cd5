/**
 * The environment views' public face: `registerEnvironmentViews` creates the Environments,
 * Resources and Outputs views and the AWS status bar entry, registers their commands, and returns
 * everything to dispose. It reads the model through `EnvironmentsSource` and never calls AWS.
 */
import * as vscode from 'vscode';
import type { AwsSelectionStore } from './aws-selection';
import { selectProfile, selectRegion } from './aws-selection-commands';
import { SELECT_PROFILE_COMMAND, SELECT_REGION_COMMAND } from './aws-status-bar-content';
import { AwsStatusBarItem } from './aws-status-bar-item';
import { EnvironmentFocusTracker } from './environment-focus-tracker';
import {
  COPY_OUTPUT_COMMAND,
  REFRESH_ENVIRONMENTS_COMMAND,
  copyOutput,
  loadMoreEnvironments,
  openResourceDefinition,
  refreshEnvironments,
} from './environment-view-commands';
import { LOAD_MORE_ENVIRONMENTS_COMMAND } from './environments-nodes';
import type { EnvironmentsSource } from './environments-source';
import { ENVIRONMENTS_VIEW_ID, EnvironmentsTreeProvider } from './environments-tree-provider';
import { gen2BranchHint } from './gen2-branch-hint';
import { OUTPUTS_VIEW_ID, OutputsTreeProvider } from './outputs-tree-provider';
import type { ProfilesSource } from './profiles-source';
import { refreshWhileVisible } from './refresh-while-visible';
import { OPEN_RESOURCE_DEFINITION_COMMAND } from './resources-nodes';
import { RESOURCES_VIEW_ID, ResourcesTreeProvider } from './resources-tree-provider';
import { WorkspaceAwsSelectionStore } from './workspace-aws-selection-store';

export type { AwsSelection, AwsSelectionStore } from './aws-selection';
export type { EnvironmentsRefreshReason, EnvironmentsSource } from './environments-source';
export type { AwsProfileChoice, ProfilesSource } from './profiles-source';
export { WorkspaceAwsSelectionStore } from './workspace-aws-selection-store';
export { REFRESH_ENVIRONMENTS_COMMAND } from './environment-view-commands';

/**
 * @param chosenSelection where the chosen profile and region live; pass the same store to the loader so
 *   it builds its AWS clients with them. Defaults to one kept in the workspace state.
 */
export function registerEnvironmentViews(
  context: vscode.ExtensionContext,
  source: EnvironmentsSource,
  profiles: ProfilesSource,
  chosenSelection?: AwsSelectionStore,
): vscode.Disposable[] {
  const ownSelection = chosenSelection ? undefined : new WorkspaceAwsSelectionStore(context.workspaceState);
  const selection = chosenSelection ?? ownSelection!;
  const focus = new EnvironmentFocusTracker(source);
  const environmentsTree = new EnvironmentsTreeProvider(source);
  const resourcesTree = new ResourcesTreeProvider(focus);
  const outputsTree = new OutputsTreeProvider(focus);

  const environmentsView = vscode.window.createTreeView(ENVIRONMENTS_VIEW_ID, { treeDataProvider: environmentsTree, showCollapseAll: true });
  const resourcesView = vscode.window.createTreeView(RESOURCES_VIEW_ID, { treeDataProvider: resourcesTree, showCollapseAll: true });
  const outputsView = vscode.window.createTreeView(OUTPUTS_VIEW_ID, { treeDataProvider: outputsTree });

  // Gen 2 branch deployments Lens cannot list: the view says how to name the app.
  const hint = () => (environmentsView.message = gen2BranchHint(source.snapshots()));
  hint();
  const followed = () => {
    const name = focus.current()?.name;
    resourcesView.description = name;
    outputsView.description = name;
  };
  followed();

  const timed = refreshWhileVisible([environmentsView, resourcesView, outputsView], () => source.refresh('interval'));

  const disposables: vscode.Disposable[] = [
    environmentsView,
    resourcesView,
    outputsView,
    environmentsTree,
    resourcesTree,
    outputsTree,
    environmentsView.onDidChangeSelection(({ selection: rows }) => {
      const row = rows[0];
      if (row?.kind === 'environment') focus.select(row.environment);
    }),
    focus.onDidChange(followed),
    source.onDidChange(hint),
    new AwsStatusBarItem(source, selection, focus),
    ...timed.disposables,
    vscode.commands.registerCommand(REFRESH_ENVIRONMENTS_COMMAND, (reason?: unknown) => refreshEnvironments(source, timed.refresher, reason)),
    vscode.commands.registerCommand(COPY_OUTPUT_COMMAND, copyOutput),
    vscode.commands.registerCommand(SELECT_PROFILE_COMMAND, () => selectProfile(profiles, selection)),
    vscode.commands.registerCommand(SELECT_REGION_COMMAND, () => selectRegion(selection, focus)),
    vscode.commands.registerCommand(OPEN_RESOURCE_DEFINITION_COMMAND, openResourceDefinition),
    vscode.commands.registerCommand(LOAD_MORE_ENVIRONMENTS_COMMAND, (projectRoot: unknown) =>
      loadMoreEnvironments(environmentsTree, projectRoot),
    ),
    focus,
  ];
  if (ownSelection) disposables.push(ownSelection);
  return disposables;
}
