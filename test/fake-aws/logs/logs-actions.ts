import { randomUUID } from 'node:crypto';
import type { FakeLogEvent, FakeLogGroup, FakeLogsState } from './fake-logs-state';
import { compileFilterPattern } from './logs-filter-pattern';
import { runInsightsQuery } from './logs-insights-query';
import { invalidParameter, logGroupNotFound, logStreamNotFound, LogsJsonError, missingMember } from './logs-json-error';
import { paginateLogs } from './logs-page-token';

export type JsonObject = Record<string, unknown>;
type Handler = (state: FakeLogsState, input: JsonObject) => JsonObject;

/** The request/response actions; StartLiveTail streams and is served by `live-tail-responder.ts`. */
export const LOGS_ACTION_HANDLERS: Record<string, Handler> = {
  DescribeLogGroups: describeLogGroups,
  FilterLogEvents: filterLogEvents,
  GetLogEvents: getLogEvents,
  StartQuery: startQuery,
  GetQueryResults: getQueryResults,
};

function describeLogGroups(state: FakeLogsState, input: JsonObject): JsonObject {
  const prefix = optionalString(input, 'logGroupNamePrefix');
  const pattern = optionalString(input, 'logGroupNamePattern');
  if (prefix !== undefined && pattern !== undefined) {
    throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
  }
  const groups = state
    .logGroups()
    .filter(
      (group) =>
        (prefix === undefined || group.name.startsWith(prefix)) &&
        (pattern === undefined || group.name.toLowerCase().includes(pattern.toLowerCase())),
    );
  const limit = Math.min(optionalNumber(input, 'limit') ?? 50, state.pageSizes.describeLogGroups);
  const page = paginateLogs(groups, `DescribeLogGroups:${prefix ?? ''}:${pattern ?? ''}`, optionalString(input, 'nextToken'), limit);
  return { logGroups: page.items.map((group) => describeGroup(state, group)), nextToken: page.nextToken };
}

function describeGroup(state: FakeLogsState, group: FakeLogGroup): JsonObject {
  const events = state.events(group.name);
  return {
    logGroupName: group.name,
    creationTime: group.creationTime,
    retentionInDays: group.retentionInDays,
    metricFilterCount: 0,
    arn: `${state.logGroupArn(group.name)}:*`,
    logGroupArn: state.logGroupArn(group.name),
    storedBytes: events.reduce((total, event) => total + Buffer.byteLength(event.message), 0),
    logGroupClass: 'STANDARD',
  };
}

function filterLogEvents(state: FakeLogsState, input: JsonObject): JsonObject {
  const group = requireGroup(state, input);
  const startTime = optionalNumber(input, 'startTime') ?? 0;
  const endTime = optionalNumber(input, 'endTime') ?? Number.MAX_SAFE_INTEGER;
  const streamNames = optionalStrings(input, 'logStreamNames');
  const streamPrefix = optionalString(input, 'logStreamNamePrefix');
  if (streamNames && streamPrefix !== undefined) throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive.');
  const matches = compileFilterPattern(optionalString(input, 'filterPattern'));
  const events = state
    .events(group.name)
    .filter((event) => event.timestamp >= startTime && event.timestamp <= endTime)
    .filter(
      (event) =>
        (!streamNames || streamNames.includes(event.logStreamName)) &&
        (streamPrefix === undefined || event.logStreamName.startsWith(streamPrefix)),
    )
    .filter((event) => matches(event.message));
  const limit = Math.min(optionalNumber(input, 'limit') ?? 10_000, state.pageSizes.filterLogEvents);
  const scope = `FilterLogEvents:${group.name}:${startTime}:${endTime}:${String(input.filterPattern ?? '')}`;
  const page = paginateLogs(events, scope, optionalString(input, 'nextToken'), limit);
  return {
    events: page.items.map((event) => ({
      logStreamName: event.logStreamName,
      timestamp: event.timestamp,
      message: event.message,
      ingestionTime: event.ingestionTime,
      eventId: event.eventId,
    })),
    searchedLogStreams: [],
    nextToken: page.nextToken,
  };
}

function getLogEvents(state: FakeLogsState, input: JsonObject): JsonObject {
  const group = requireGroup(state, input);
  const streamName = requiredString(input, 'logStreamName');
  const stream = group.streams.get(streamName);
  if (!stream) throw logStreamNotFound();
  const startTime = optionalNumber(input, 'startTime') ?? 0;
  const endTime = optionalNumber(input, 'endTime') ?? Number.MAX_SAFE_INTEGER;
  // GetLogEvents' endTime is exclusive, unlike FilterLogEvents'.
  const events = [...stream.events]
    .sort((a, b) => a.timestamp - b.timestamp)
    .filter((event) => event.timestamp >= startTime && event.timestamp < endTime);
  const limit = Math.min(optionalNumber(input, 'limit') ?? 10_000, state.pageSizes.getLogEvents);
  const token = optionalString(input, 'nextToken');
  let from: number;
  if (token === undefined) from = input.startFromHead === true ? 0 : Math.max(0, events.length - limit);
  else {
    const match = /^([fb])\/(\d{56})$/.exec(token);
    if (!match) throw invalidParameter('The specified nextToken is invalid.');
    const index = Number(match[2]);
    from = match[1] === 'f' ? index : Math.max(0, index - limit);
  }
  const to = token?.startsWith('b/') ? Number(token.slice(2)) : Math.min(events.length, from + limit);
  return {
    events: events.slice(from, to).map((event) => ({ timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestionTime })),
    // At either end the service hands back a token that returns nothing new, not an absent one.
    nextForwardToken: `f/${String(to).padStart(56, '0')}`,
    nextBackwardToken: `b/${String(from).padStart(56, '0')}`,
  };
}

function startQuery(state: FakeLogsState, input: JsonObject): JsonObject {
  const names = [
    ...(optionalString(input, 'logGroupName') !== undefined ? [optionalString(input, 'logGroupName') as string] : []),
    ...(optionalStrings(input, 'logGroupNames') ?? []),
    ...(optionalStrings(input, 'logGroupIdentifiers') ?? []).map(nameOfIdentifier),
  ];
  if (names.length === 0) throw invalidParameter('Query must specify log groups');
  for (const name of names) if (!state.logGroup(name)) throw logGroupNotFound();
  const queryString = requiredString(input, 'queryString');
  // Validates now, as the service does, so a malformed query fails StartQuery rather than later.
  runInsightsQuery([], queryString, state.accountId);
  const queryId = randomUUID();
  state.queries.set(queryId, {
    queryId,
    groupNames: names,
    startTime: requiredNumber(input, 'startTime'),
    endTime: requiredNumber(input, 'endTime'),
    queryString,
    limit: optionalNumber(input, 'limit'),
    polls: 0,
  });
  return { queryId };
}

function getQueryResults(state: FakeLogsState, input: JsonObject): JsonObject {
  const query = state.queries.get(requiredString(input, 'queryId'));
  if (!query) throw new LogsJsonError('ResourceNotFoundException', 'The specified query does not exist.');
  query.polls += 1;
  const complete = query.polls > state.insightsPollsUntilComplete - 1;
  // Insights times are seconds; events on the end second count.
  const inRange = (event: FakeLogEvent) => event.timestamp >= query.startTime * 1000 && event.timestamp < (query.endTime + 1) * 1000;
  const events = query.groupNames.flatMap((name) => state.events(name)).filter(inRange);
  const results = complete ? runInsightsQuery(events, query.queryString, state.accountId, query.limit) : [];
  return {
    queryLanguage: 'CWLI',
    results,
    statistics: {
      recordsMatched: results.length,
      recordsScanned: events.length,
      bytesScanned: events.reduce((n, e) => n + e.message.length, 0),
    },
    status: complete ? 'Complete' : 'Running',
  };
}

/** A group by `logGroupName`, or `logGroupIdentifier` (name or ARN); exactly one of them. */
function requireGroup(state: FakeLogsState, input: JsonObject): FakeLogGroup {
  const name = optionalString(input, 'logGroupName');
  const identifier = optionalString(input, 'logGroupIdentifier');
  if (name !== undefined && identifier !== undefined)
    throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
  const resolved = name ?? (identifier !== undefined ? nameOfIdentifier(identifier) : undefined);
  if (resolved === undefined) throw invalidParameter('Either LogGroupName or LogGroupIdentifier must be specified.');
  const group = state.logGroup(resolved);
  if (!group) throw logGroupNotFound();
  return group;
}

/** A log group's name from its name or ARN (`arn:aws:logs:<region>:<account>:log-group:<name>[:*]`). */
export function nameOfIdentifier(identifier: string): string {
  const match = /^arn:aws[\w-]*:logs:[\w-]+:\d{12}:log-group:(.+?)(:\*)?$/.exec(identifier);
  return match ? match[1] : identifier;
}

function optionalString(input: JsonObject, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${member} must be a string`);
  return value;
}

function requiredString(input: JsonObject, member: string): string {
  const value = optionalString(input, member);
  if (value === undefined) throw missingMember(member);
  return value;
}

function optionalNumber(input: JsonObject, member: string): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') throw invalidParameter(`${member} must be a number`);
  return value;
}

function requiredNumber(input: JsonObject, member: string): number {
  const value = optionalNumber(input, member);
  if (value === undefined) throw missingMember(member);
  return value;
}

export function optionalStrings(input: JsonObject, member: string): string[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw invalidParameter(`${member} must be a list of strings`);
  return value as string[];
}
