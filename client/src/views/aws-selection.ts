/**
 * The profile and region the user chose from the status bar. Either one unset means "as the project
 * says" (Gen 1: local-aws-info.json and team-provider-info.json; Gen 2: the default credential chain
 * and its region). The loader reads it to build its AWS clients; the status bar shows it.
 */
import type * as vscode from 'vscode';

export interface AwsSelection {
  profile?: string;
  region?: string;
}

export interface AwsSelectionStore {
  get(): AwsSelection;
  /** Replaces the selection; `undefined` fields go back to the project's own setting. */
  set(selection: AwsSelection): Promise<void>;
  readonly onDidChange: vscode.Event<AwsSelection>;
}
