/**
 * Log events as Lambda writes them (Node.js runtime prefixes, START/END/REPORT, JSON from
 * structured loggers, an Invoke Error with its stack), for the viewer's browser tests and its
 * benchmark. Deterministic: the n-th event is always the same.
 */
import type { LogEvent } from '../../client/src/aws/logs-types';

export const LOG_GROUP = '/aws/lambda/summarizePost-dev';
export const BASE_TIME = Date.UTC(2024, 4, 1, 10, 0, 0);

export function logEvent(n: number, message: string, timestamp = BASE_TIME + n): LogEvent {
  return { id: `evt-${n}`, timestamp, logGroup: LOG_GROUP, logStream: '2024/05/01/[$LATEST]abc123', message };
}

export function requestId(invocation: number): string {
  return `${String(invocation).padStart(8, '0')}-1111-4222-8333-444455556666`;
}

/** One invocation's lines, `startAt` being the first event's number. */
export function invocationEvents(invocation: number, startAt: number, options: { fail?: boolean } = {}): LogEvent[] {
  const id = requestId(invocation);
  const iso = (n: number) => new Date(BASE_TIME + n).toISOString();
  const messages = [
    `START RequestId: ${id} Version: $LATEST\n`,
    `${iso(startAt + 1)}\t${id}\tINFO\tsummarizing post ${invocation}\n`,
    `${iso(startAt + 2)}\t${id}\tINFO\t{"postId":"p-${invocation}","words":${120 + invocation},"tags":["a","b"]}\n`,
    options.fail
      ? `${iso(startAt + 3)}\t${id}\tERROR\tInvoke Error \t{"errorType":"TypeError","errorMessage":"boom","stack":["TypeError: boom","    at summarize (/var/task/src/summarize.js:12:5)","    at Runtime.handler (/var/task/index.js:5:9)"]}\n`
      : `${iso(startAt + 3)}\t${id}\tWARN\tslow model response\n`,
    `END RequestId: ${id}\n`,
    `REPORT RequestId: ${id}\tDuration: 102.55 ms\tBilled Duration: 103 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\tInit Duration: 180.33 ms\t\n`,
  ];
  return messages.map((message, index) => logEvent(startAt + index, message));
}

/** A plain INFO line, the bulk of a busy tail. */
export function infoLine(n: number): LogEvent {
  const id = requestId(n >> 6);
  return logEvent(n, `${new Date(BASE_TIME + n).toISOString()}\t${id}\tINFO\tprocessed record ${n} of batch ${n >> 6}\n`);
}

export function infoLines(from: number, count: number): LogEvent[] {
  return Array.from({ length: count }, (_, index) => infoLine(from + index));
}
