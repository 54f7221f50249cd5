/**
 * What the views need from the environment model, and nothing more: the latest snapshots (one per
 * Amplify project in the workspace), a way to ask for fresh ones, and a change signal. The loader
 * in `client/src/environments` implements it; the views never call AWS themselves.
 */
import type * as vscode from 'vscode';
import type { LocalAwsState } from '../environments/aws-target';
import type { EnvironmentsSnapshot } from '../environments/environment-types';

/** Why a refresh was asked for, so the loader can decide how hard to look (cache, paging, logging). */
export type EnvironmentsRefreshReason =
  | 'user' // the refresh button or command
  | 'deploy-finished' // a push, publish, sandbox or branch deploy just ended
  | 'interval' // the quiet timer while a view is visible
  | 'aws-selection-changed'; // another profile or region was chosen

export const REFRESH_REASONS: readonly EnvironmentsRefreshReason[] = ['user', 'deploy-finished', 'interval', 'aws-selection-changed'];

export interface EnvironmentsSource {
  /** The latest snapshot of every project, in workspace order; empty before the first load or without projects. */
  snapshots(): readonly EnvironmentsSnapshot[];
  /** Loads again; problems end up in a snapshot's `problem`, the promise only settles. */
  refresh(reason: EnvironmentsRefreshReason): Promise<void>;
  /**
   * Whether the workspace has an Amplify project and which profile and region Lens reads with, from
   * files alone: the status bar shows it from activation, before any environment is loaded.
   */
  localAwsState?(): LocalAwsState;
  /** Fires after `snapshots()` (or the local state) changed. */
  readonly onDidChange: vscode.Event<void>;
}
