/**
 * The host of the deploy timeline panel. The deploy runner calls `openDeployTimeline` with its
 * source; the host sends the source's snapshot when the page says ready and after every change, at
 * most one every 100 ms, and never leaves a queue of stale snapshots for a page still loading.
 */
import * as vscode from 'vscode';
import type { DeployTimelineSource } from './deploy-timeline-source';
import { CoalescingSender } from '../webviews/coalescing-sender';
import { copyToClipboard, openProjectLink, openStackInConsole } from '../webviews/panel-intents';
import type { DeployTimelineFromWebview, DeployTimelineToWebview } from 'amplify-lens-model/panels';
import { WebviewPanelHost } from '../webviews/webview-panel-host';

export const DEPLOY_TIMELINE_VIEW_TYPE = 'amplifyLens.deployTimeline';
const SNAPSHOT_INTERVAL_MS = 100;

export interface DeployTimelinePanel {
  reveal(): void;
  dispose(): void;
}

/** One panel per deploy id, for as long as it is open. */
const openPanels = new Map<string, DeployTimelinePanel>();

export function openDeployTimeline(context: vscode.ExtensionContext, source: DeployTimelineSource): DeployTimelinePanel {
  const existing = openPanels.get(source.deployId);
  if (existing) {
    existing.reveal();
    return existing;
  }
  const first = source.snapshot();
  const host = new WebviewPanelHost<DeployTimelineToWebview, DeployTimelineFromWebview>({
    viewType: DEPLOY_TIMELINE_VIEW_TYPE,
    panel: 'deploy-timeline',
    title: `Deploy: ${first.envName}`,
    extensionUri: context.extensionUri,
    column: vscode.ViewColumn.Beside,
  });
  const sendSnapshot = () => {
    host.replacePending((message) => message.type !== 'snapshot');
    host.post({ type: 'snapshot', timeline: source.snapshot(), cancellable: source.isRunning() });
  };
  const sender = new CoalescingSender(sendSnapshot, SNAPSHOT_INTERVAL_MS);
  const subscriptions: { dispose(): void }[] = [
    sender,
    source.onDidChange(() => sender.request()),
    host.onIntent((message) => handleIntent(message, source, sendSnapshot)),
  ];
  const panel: DeployTimelinePanel = {
    reveal: () => host.reveal(),
    dispose: () => host.dispose(),
  };
  host.onDidDispose(() => {
    openPanels.delete(source.deployId);
    for (const subscription of subscriptions) subscription.dispose();
  });
  openPanels.set(source.deployId, panel);
  return panel;
}

function handleIntent(message: DeployTimelineFromWebview, source: DeployTimelineSource, sendSnapshot: () => void): void {
  switch (message.type) {
    case 'ready':
      // A page reloaded while hidden has nothing: it gets the current state, not a replay.
      sendSnapshot();
      break;
    case 'cancelDeploy':
      if (message.deployId === source.deployId && source.isRunning()) source.cancel();
      break;
    case 'openLink':
      void openProjectLink(message.link);
      break;
    case 'openStackInConsole':
      void openStackInConsole(message.stackId);
      break;
    case 'copy':
      void copyToClipboard(message.text, 'the failure reason');
      break;
  }
}
