/**
 * The progress notification of a running deploy: "N of M resources, K in progress", cancellable
 * (Cancel interrupts the CLI the way Ctrl+C does), gone when the deploy ends.
 */
import * as vscode from 'vscode';
import { progressMessage } from './deploy-summaries';
import type { DeployTimelineSource } from './deploy-timeline-source';

const REPORT_INTERVAL_MS = 250;

export function showDeployProgress(source: DeployTimelineSource, title: string, finished: Promise<unknown>): void {
  void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    token.onCancellationRequested(() => source.cancel());
    let last = 0;
    let timer: NodeJS.Timeout | undefined;
    const report = () => {
      timer = undefined;
      last = Date.now();
      progress.report({ message: progressMessage(source.snapshot()) });
    };
    const subscription = source.onDidChange(() => {
      if (timer) return;
      timer = setTimeout(report, Math.max(0, REPORT_INTERVAL_MS - (Date.now() - last)));
    });
    report();
    try {
      await finished.catch(() => undefined);
    } finally {
      clearTimeout(timer);
      subscription.dispose();
    }
  });
}
