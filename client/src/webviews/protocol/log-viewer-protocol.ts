/**
 * Messages between the log viewer panel (webviews/log-viewer) and its host. The host batches a
 * feed's events (at most one message per animation frame's worth of time), so a 10,000 lines/s
 * tail costs the panel a few messages a second, not ten thousand.
 */
import type { LogEvent } from '../../aws/logs-types';
import type { LogFeedState } from '../../logs/log-feed';

export interface LogViewerSettings {
  /** How many events the panel keeps; older ones fall out of its ring buffer. */
  bufferSize: number;
  timeZone: 'local' | 'utc';
}

export type LogViewerToWebview =
  | { type: 'init'; title: string; logGroups: readonly string[]; settings: LogViewerSettings }
  /** Oldest first. */
  | { type: 'events'; events: readonly LogEvent[] }
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

export type LogViewerFromWebview =
  | { type: 'ready' }
  | { type: 'openFrame'; frame: LogFrameReference }
  | { type: 'copy'; text: string }
  /** The panel renders the export (it holds the buffer); the host asks where to save it. */
  | { type: 'export'; suggestedName: string; content: string }
  | { type: 'paused'; paused: boolean }
  | { type: 'stop' }
  | { type: 'restart' };
