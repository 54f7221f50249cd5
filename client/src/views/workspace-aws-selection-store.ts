/**
 * The chosen profile and region, kept per workspace in VS Code's workspace state: a choice made for
 * one project should not follow the user into another, and it never lands in settings.json, which is
 * often committed. Profile and region names only; credentials are never stored.
 */
import * as vscode from 'vscode';
import type { AwsSelection, AwsSelectionStore } from './aws-selection';

const STATE_KEY = 'amplifyLens.awsSelection';

export class WorkspaceAwsSelectionStore implements AwsSelectionStore, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AwsSelection>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get(): AwsSelection {
    const stored = this.state.get<AwsSelection>(STATE_KEY) ?? {};
    return {
      profile: typeof stored.profile === 'string' && stored.profile ? stored.profile : undefined,
      region: typeof stored.region === 'string' && stored.region ? stored.region : undefined,
    };
  }

  async set(selection: AwsSelection): Promise<void> {
    const next: AwsSelection = { profile: selection.profile || undefined, region: selection.region || undefined };
    const previous = this.get();
    if (previous.profile === next.profile && previous.region === next.region) return;
    await this.state.update(STATE_KEY, next.profile || next.region ? next : undefined);
    this.changed.fire(next);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
