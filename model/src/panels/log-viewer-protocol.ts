/**
 * Messages between the log viewer panel (webviews/log-viewer) and its host. The host batches a
 * feed's events (at most one message per ~50 ms, each under a size cap), so a 10,000 lines/s tail
 * costs the panel a few messages a second, not ten thousand.
 */
import type { LensSettings } from '../contracts/lens-settings';
import type { LogEvent } from './log-event';
import type { LogFeedState } from './log-feed-state';

/** The `amplifyLens.logs.timeZone` setting's values. */
export type LogTimeZone = LensSettings['logs.timeZone'];

export interface LogViewerSettings {
  /** How many events the panel keeps; older ones fall out of its ring buffer. */
  bufferSize: number;
  timeZone: LogTimeZone;
}

/**
 * `logs`: CloudWatch Logs (Lambda and AppSync lines, request grouping). `build`: an Amplify
 * Hosting build log — sections per step, per `## Starting … Build` and `# Starting phase: …`
 * heading and per `# Executing command:`, foldable; errors of the tools the build runs marked.
 */
export type LogViewerMode = 'logs' | 'build';

/** Something the host can open from the panel, such as the deploy timeline of a build's backend. */
export interface LogViewerLink {
  id: string;
  label: string;
  /** Shown on the backend section's heading as well as in the header. */
  section?: 'backend';
}

export type LogViewerToWebview =
  | {
      type: 'init';
      title: string;
      logGroups: readonly string[];
      settings: LogViewerSettings;
      mode?: LogViewerMode;
      links?: readonly LogViewerLink[];
    }
  /**
   * Oldest first. `dropped` counts events the host discarded before this batch because a burst
   * outran the buffer (they would have fallen out of the panel's ring buffer anyway).
   */
  | { type: 'events'; events: readonly LogEvent[]; dropped?: number }
  | { type: 'state'; state: LogFeedState }
  | { type: 'settings'; settings: LogViewerSettings }
  | { type: 'clear' };

/** A stack frame in a message, as the panel found it (`/var/task/src/index.js:12:5`). */
export interface LogFrameReference {
  logGroup: string;
  path: string;
  line: number;
  column?: number;
}

export type LogExportFormat = 'text' | 'jsonl';

/** The log viewer offers no command: a feed problem's action is shown, and taken from the palette or the views. */
export type LogViewerFromWebview =
  | { type: 'ready' }
  | { type: 'openFrame'; frame: LogFrameReference }
  | { type: 'copy'; text: string; lineCount: number }
  /** The panel renders the export (it holds the buffer); the host asks where to save it. */
  | { type: 'export'; suggestedName: string; format: LogExportFormat; content: string; lineCount: number }
  | { type: 'paused'; paused: boolean }
  /** Ends the feed for good (a Live Tail costs money while it runs); the buffer stays readable. */
  | { type: 'stop' }
  /** One of the links `init` gave; the host checks the id. */
  | { type: 'openLink'; id: string };
