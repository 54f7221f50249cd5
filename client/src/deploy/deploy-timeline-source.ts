import type { DeployTimelineSnapshot } from 'amplify-lens-model/panels';

/**
 * A deploy as the timeline panel sees it: the latest snapshot, a signal when it changes, and the
 * user's "Cancel" (which stops the CLI task cleanly). The deploy runner implements it; the panel
 * host (client/src/webviews/deploy-timeline-panel.ts) only reads it.
 */
export interface DeployTimelineSource {
  readonly deployId: string;
  snapshot(): DeployTimelineSnapshot;
  onDidChange(listener: () => void): { dispose(): void };
  /** Whether the deploy still runs, so the panel offers Cancel. */
  isRunning(): boolean;
  cancel(): void;
}
