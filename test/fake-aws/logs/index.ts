/** The fake CloudWatch Logs: awsJson1_1 actions, StartLiveTail's event stream, seeds of Lambda logs. */
export {
  FakeLogsState,
  type FakeInsightsQuery,
  type FakeLogEvent,
  type FakeLogGroup,
  type FakeLogStream,
  type FakeLogsStateOptions,
  type InjectLogsErrorOptions,
  type LiveTailAvailability,
  type LiveTailEnding,
  type LogEventInput,
} from './fake-logs-state';
export { listenFakeLogs, type FakeLogsServer, type FakeLogsServerOptions, type RecordedLogsRequest } from './fake-logs-server';
export { INJECTABLE_LOGS_ERRORS, type InjectableLogsErrorCode } from './logs-json-error';
export { lambdaInvocation, lambdaLogStreamName, type Invocation, type InvocationOptions } from './lambda-log-lines';
export { logsSeed, type LogsSeed, type LogsSeedOptions } from './logs-seed';
export { startFakeLogs, type FakeLogs } from './start-fake-logs';
