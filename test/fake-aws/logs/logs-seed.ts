import { DeterministicIds } from '../fake-ids';
import { FakeLogsState } from './fake-logs-state';
import { lambdaInvocation, lambdaLogStreamName, type InvocationOptions } from './lambda-log-lines';

export interface LogsSeedOptions {
  state?: FakeLogsState;
  /** Lambda physical names; each gets `/aws/lambda/<name>` with a few invocations. */
  functions: string[];
  /** AppSync APIs whose logging is on: `/aws/appsync/apis/<apiId>` exists for them. */
  appSyncApiIds?: string[];
  /** The seeded events end a minute before this; default the state's clock. */
  end?: number;
}

export interface LogsSeed {
  state: FakeLogsState;
  /** Group names by function physical name. */
  groups: Record<string, string>;
  /** Request ids of the seeded invocations, by function physical name, oldest first. */
  requestIds: Record<string, string[]>;
}

const STYLES: InvocationOptions['style'][] = ['console', 'json', 'error'];

/**
 * Log groups as functions leave them after a few calls: for each function a cold-start invocation
 * with console lines, a warm one with JSON lines and one failing with a stack trace, ten minutes
 * apart and ending shortly before `end`, in one log stream (one execution environment).
 */
export function logsSeed(options: LogsSeedOptions): LogsSeed {
  const state = options.state ?? new FakeLogsState();
  const ids = new DeterministicIds('fake-logs');
  const end = options.end ?? state.now();
  const groups: Record<string, string> = {};
  const requestIds: Record<string, string[]> = {};
  for (const functionName of options.functions) {
    const groupName = `/aws/lambda/${functionName}`;
    const first = end - 60_000 - 20 * 60_000;
    state.createLogGroup(groupName, { creationTime: first - 86_400_000 });
    const stream = lambdaLogStreamName(first, ids);
    requestIds[functionName] = STYLES.map((style, index) => {
      const invocation = lambdaInvocation({ functionName, ids, start: first + index * 10 * 60_000, coldStart: index === 0, style });
      state.putLogEvents(groupName, stream, invocation.events);
      return invocation.requestId;
    });
    groups[functionName] = groupName;
  }
  for (const apiId of options.appSyncApiIds ?? []) state.createLogGroup(`/aws/appsync/apis/${apiId}`, { creationTime: end - 86_400_000 });
  return { state, groups, requestIds };
}
