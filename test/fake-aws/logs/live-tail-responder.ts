import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { eventFrame, exceptionFrame } from './event-stream-frames';
import type { FakeLogEvent, FakeLogsState, LiveTailEnding } from './fake-logs-state';
import { nameOfIdentifier, optionalStrings, type JsonObject } from './logs-actions';
import { compileFilterPattern } from './logs-filter-pattern';
import { injectedLogsError, invalidParameter, logGroupNotFound, missingMember } from './logs-json-error';

/** The service sends at most this many events per update (it samples beyond; the fake splits instead). */
const MAX_RESULTS_PER_UPDATE = 500;

export interface LiveTailOptions {
  /** An empty sessionUpdate goes out this often while nothing happens, as the service's do every second. */
  heartbeatMs: number;
}

/**
 * Checks a StartLiveTail request and throws what the service would answer before streaming;
 * returns the group names and the parsed request.
 */
export function validateLiveTail(state: FakeLogsState, input: JsonObject) {
  if (state.liveTailAvailability === 'access-denied') throw injectedLogsError('AccessDeniedException', 'StartLiveTail');
  if (state.liveTailAvailability === 'invalid-operation') throw injectedLogsError('InvalidOperationException', 'StartLiveTail');
  const identifiers = optionalStrings(input, 'logGroupIdentifiers');
  if (!identifiers) throw missingMember('logGroupIdentifiers');
  if (identifiers.length === 0 || identifiers.length > 10) throw invalidParameter('logGroupIdentifiers must hold 1 to 10 log groups.');
  for (const identifier of identifiers) {
    // The API takes ARNs only, and not the `:*` form DescribeLogGroups' `arn` field has.
    if (!identifier.startsWith('arn:') || identifier.endsWith('*'))
      throw invalidParameter(`Invalid log group identifier: ${identifier}. Specify the log group ARN.`);
    if (!state.logGroup(nameOfIdentifier(identifier))) throw logGroupNotFound();
  }
  const logStreamNames = optionalStrings(input, 'logStreamNames');
  const logStreamNamePrefixes = optionalStrings(input, 'logStreamNamePrefixes');
  if ((logStreamNames || logStreamNamePrefixes) && identifiers.length > 1) {
    throw invalidParameter('logStreamNames and logStreamNamePrefixes can be given only with one log group.');
  }
  if (logStreamNames && logStreamNamePrefixes) throw invalidParameter('logStreamNames and logStreamNamePrefixes are mutually exclusive.');
  const pattern = typeof input.logEventFilterPattern === 'string' ? input.logEventFilterPattern : undefined;
  return { identifiers, logStreamNames, logStreamNamePrefixes, pattern, matches: compileFilterPattern(pattern) };
}

/**
 * Streams a live tail over an HTTP/1.1 response, as the SDK's default Node handler reads it: a
 * 200 with `application/vnd.amazon.eventstream`, then a sessionStart, then `sessionUpdate` events (new
 * events at once, empty ones as heartbeats) until the client goes away or the fake ends it.
 */
export function streamLiveTail(
  state: FakeLogsState,
  input: JsonObject,
  response: ServerResponse,
  requestId: string,
  options: LiveTailOptions,
): void {
  const request = validateLiveTail(state, input);
  const identifierOf = new Map(request.identifiers.map((identifier) => [nameOfIdentifier(identifier), identifier]));
  response.writeHead(200, {
    'Content-Type': 'application/vnd.amazon.eventstream',
    'x-amzn-RequestId': requestId,
    Date: new Date().toUTCString(),
  });
  response.flushHeaders();
  response.write(
    eventFrame('sessionStart', {
      requestId,
      sessionId: randomUUID(),
      logGroupIdentifiers: request.identifiers,
      logStreamNames: request.logStreamNames,
      logStreamNamePrefixes: request.logStreamNamePrefixes,
      logEventFilterPattern: request.pattern ?? '',
    }),
  );
  const update = (events: readonly FakeLogEvent[]) =>
    eventFrame('sessionUpdate', {
      sessionMetadata: { sampled: false },
      sessionResults: events.map((event) => ({
        logStreamName: event.logStreamName,
        logGroupIdentifier: identifierOf.get(event.logGroupName) ?? event.logGroupName,
        message: event.message,
        timestamp: event.timestamp,
        ingestionTime: event.ingestionTime,
      })),
    });
  const heartbeat = setInterval(() => response.write(update([])), options.heartbeatMs);
  const unsubscribe = state.subscribe({
    groupNames: [...identifierOf.keys()],
    logStreamNames: request.logStreamNames,
    logStreamNamePrefixes: request.logStreamNamePrefixes,
    matches: request.matches,
    deliver: (events) => {
      for (let i = 0; i < events.length; i += MAX_RESULTS_PER_UPDATE) response.write(update(events.slice(i, i + MAX_RESULTS_PER_UPDATE)));
    },
    end: (ending) => finish(ending),
  });
  const finish = (ending?: LiveTailEnding) => {
    clearInterval(heartbeat);
    unsubscribe();
    if (response.writableEnded) return;
    if (ending === 'timeout') response.write(exceptionFrame('SessionTimeoutException', 'Live Tail stream timed out after 3 hours.'));
    if (ending === 'streaming-error') response.write(exceptionFrame('SessionStreamingException', 'Internal error while streaming.'));
    response.end();
  };
  response.on('close', () => finish());
}
