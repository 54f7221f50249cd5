/** Logs: log groups per function and API, live tails that reconnect or fall back to polling, searches, and their commands. */
export {
  matchDebugFunctions,
  projectFunctions,
  type DebugConfigurationLike,
  type ProjectFunction,
  type TailOnDebugMode,
} from './debug-function-matching';
export { LiveTailFeed, type LiveTailFeedOptions } from './live-tail-feed';
export { logEventsConsoleUrl, logGroupConsoleUrl } from './log-console-url';
export type { FeedSubscription, LogFeed, LogFeedState } from './log-feed';
export { logGroupArn, resolveLogTargets } from './log-group-resolution';
export { loadLogTargets } from './log-target-loader';
export { targetsTitle, type LogTarget } from './log-targets';
export { LogTargetsService, type LogTargetsServiceOptions } from './log-targets-service';
export { parseTimeRange, TIME_RANGE_PRESETS, type TimeRange } from './log-time-range';
export type { LogGroupLister, LogsPort, LogsPortSource } from './logs-port';
export { LOG_COMMANDS, registerLogCommands, type LogCommandsDeps } from './register-log-commands';
export { SearchFeed, type SearchFeedOptions } from './search-feed';
