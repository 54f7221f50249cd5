import type { FilteredLogEvent, LiveTailSessionLogEvent, LogGroup, OutputLogEvent, ResultField } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, LogGroupSummary } from './logs-types';

/**
 * SDK shapes to the plain ones. Messages lose one trailing newline: Lambda ends every line with one,
 * and a viewer would otherwise show each event followed by a blank line.
 */
export function toLogGroupSummary(group: LogGroup): LogGroupSummary {
  return {
    name: group.logGroupName ?? '',
    arn: group.logGroupArn ?? group.arn?.replace(/:\*$/, ''),
    createdAt: group.creationTime,
    retentionDays: group.retentionInDays,
    storedBytes: group.storedBytes,
  };
}

export function fromFilteredEvent(event: FilteredLogEvent, logGroup: string): LogEvent {
  const timestamp = event.timestamp ?? 0;
  return {
    id: event.eventId ?? `${event.logStreamName ?? ''}/${timestamp}`,
    timestamp,
    ingestionTime: event.ingestionTime,
    logGroup,
    logStream: event.logStreamName ?? '',
    message: trimNewline(event.message ?? ''),
  };
}

export function fromOutputEvent(event: OutputLogEvent, logGroup: string, logStream: string, index: number): LogEvent {
  const timestamp = event.timestamp ?? 0;
  return {
    id: `${logStream}/${timestamp}/${index}`,
    timestamp,
    ingestionTime: event.ingestionTime,
    logGroup,
    logStream,
    message: trimNewline(event.message ?? ''),
  };
}

/** Live Tail names groups as they were asked (ARNs); the plain event carries the name. */
export function fromLiveTailEvent(event: LiveTailSessionLogEvent, index: number): LogEvent {
  const timestamp = event.timestamp ?? 0;
  const logStream = event.logStreamName ?? '';
  return {
    id: `${logStream}/${timestamp}/${index}`,
    timestamp,
    ingestionTime: event.ingestionTime,
    logGroup: logGroupNameOf(event.logGroupIdentifier ?? ''),
    logStream,
    message: trimNewline(event.message ?? ''),
  };
}

export function toInsightsRow(fields: readonly ResultField[]): Record<string, string> {
  return Object.fromEntries(fields.filter((cell) => cell.field !== undefined).map((cell) => [cell.field as string, cell.value ?? '']));
}

/** A group's name from its name or ARN (`arn:aws:logs:<region>:<account>:log-group:<name>[:*]`). */
export function logGroupNameOf(identifier: string): string {
  const match = /^arn:aws[\w-]*:logs:[\w-]+:\d{12}:log-group:(.+?)(?::\*)?$/.exec(identifier);
  return match ? match[1] : identifier;
}

function trimNewline(message: string): string {
  return message.endsWith('\n') ? message.slice(0, -1) : message;
}
