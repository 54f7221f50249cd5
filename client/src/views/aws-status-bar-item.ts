/**
 * The status bar entry `$(cloud) <profile> · <region> · <env>`. Clicking it switches the profile;
 * its tooltip links to both switches. Shown in every Amplify workspace from activation (what the
 * project's files say), before any view is opened or any AWS call made.
 */
import * as vscode from 'vscode';
import type { AwsSelectionStore } from './aws-selection';
import { SELECT_PROFILE_COMMAND, SELECT_REGION_COMMAND, awsStatusBarContent } from './aws-status-bar-content';
import type { EnvironmentFocusTracker } from './environment-focus-tracker';
import type { EnvironmentsSource } from './environments-source';

export class AwsStatusBarItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('amplifyLens.aws', vscode.StatusBarAlignment.Left, 0);
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly source: EnvironmentsSource,
    private readonly selection: AwsSelectionStore,
    private readonly focus: EnvironmentFocusTracker,
  ) {
    this.item.name = 'Amplify AWS Account';
    this.item.command = { command: SELECT_PROFILE_COMMAND, title: 'Switch AWS Profile' };
    this.disposables = [this.item, focus.onDidChange(() => this.update()), selection.onDidChange(() => this.update())];
    this.update();
  }

  private update(): void {
    const content = awsStatusBarContent(this.source.snapshots(), this.selection.get(), this.focus.current(), this.source.localAwsState?.());
    if (!content.visible) {
      this.item.hide();
      return;
    }
    this.item.text = content.text;
    const tooltip = new vscode.MarkdownString(content.tooltip, true);
    // Only the two switch commands may run from the tooltip's links.
    tooltip.isTrusted = { enabledCommands: [SELECT_PROFILE_COMMAND, SELECT_REGION_COMMAND] };
    this.item.tooltip = tooltip;
    this.item.backgroundColor = content.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
