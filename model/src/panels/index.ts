/**
 * What the extension and its panels (webviews/) say to each other: one protocol per panel, and
 * the plain types the messages carry. Browser-safe: nothing here imports Node or `vscode`.
 */
export * from './deploy-timeline-protocol';
export * from './environment-overview-protocol';
export type { EnvironmentHealth } from './environment-health';
export type { LogEvent } from './log-event';
export type { LogFeedState } from './log-feed-state';
export * from './log-viewer-protocol';
