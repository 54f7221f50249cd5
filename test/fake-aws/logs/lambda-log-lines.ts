import type { DeterministicIds } from '../fake-ids';
import type { LogEventInput } from './fake-logs-state';

/**
 * The lines a Node.js Lambda function writes to its log group, as the runtime formats them: the
 * platform's INIT_START/START/END/REPORT (tab-separated, REPORT with Init Duration on a cold start),
 * console output `<ISO time>\t<request id>\t<LEVEL>\t<text>`, Powertools-style JSON lines, and an
 * uncaught error with its stack trace.
 */
export interface InvocationOptions {
  functionName: string;
  ids: DeterministicIds;
  /** When the invocation starts, ms since the epoch. */
  start: number;
  coldStart?: boolean;
  /** `console` lines, `json` Powertools lines, or an uncaught `error`. */
  style: 'console' | 'json' | 'error';
}

export interface Invocation {
  requestId: string;
  events: LogEventInput[];
}

export function lambdaInvocation(options: InvocationOptions): Invocation {
  const { functionName, ids, start } = options;
  const requestId = ids.uuid().replace(/-1/, '-4');
  const at = (offsetMs: number) => start + offsetMs;
  const iso = (offsetMs: number) => new Date(at(offsetMs)).toISOString();
  const events: LogEventInput[] = [];
  if (options.coldStart) {
    events.push({
      timestamp: at(-250),
      message:
        'INIT_START Runtime Version: nodejs:20.v25\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd0cba17d85ce8e2ac3e3f4a2b3d1c5e0f9a8b\n',
    });
  }
  events.push({ timestamp: at(0), message: `START RequestId: ${requestId} Version: $LATEST\n` });
  if (options.style === 'console') {
    events.push({ timestamp: at(3), message: `${iso(3)}\t${requestId}\tINFO\tEVENT: {"arguments":{"postId":"42"},"identity":null}\n` });
    events.push({ timestamp: at(87), message: `${iso(87)}\t${requestId}\tINFO\tSummarized post 42 in 3 sentences\n` });
  } else if (options.style === 'json') {
    const line = (offsetMs: number, level: string, message: string, extra: Record<string, unknown> = {}) => ({
      timestamp: at(offsetMs),
      message: `${JSON.stringify({
        level,
        message,
        timestamp: iso(offsetMs),
        service: functionName,
        cold_start: Boolean(options.coldStart),
        function_name: functionName,
        function_memory_size: '128',
        function_request_id: requestId,
        xray_trace_id: `1-${ids.hex(8)}-${ids.hex(24)}`,
        ...extra,
      })}\n`,
    });
    events.push(line(4, 'INFO', 'Handling request', { path: '/items' }));
    events.push(line(61, 'WARN', 'Slow downstream call', { durationMs: 57 }));
  } else {
    const stack = [
      "TypeError: Cannot read properties of undefined (reading 'title')",
      '    at handler (/var/task/index.js:12:5)',
      '    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)',
    ];
    events.push({ timestamp: at(5), message: `${iso(5)}\t${requestId}\tINFO\tEVENT: {"arguments":{"postId":"missing"}}\n` });
    events.push({
      timestamp: at(9),
      message: `${iso(9)}\t${requestId}\tERROR\tInvoke Error \t${JSON.stringify({ errorType: 'TypeError', errorMessage: stack[0].slice('TypeError: '.length), stack })}\n`,
    });
  }
  const duration = options.style === 'error' ? 10.84 : 93.27;
  events.push({ timestamp: at(Math.ceil(duration)), message: `END RequestId: ${requestId}\n` });
  const init = options.coldStart ? `\tInit Duration: 243.61 ms` : '';
  events.push({
    timestamp: at(Math.ceil(duration)),
    message: `REPORT RequestId: ${requestId}\tDuration: ${duration} ms\tBilled Duration: ${Math.ceil(duration)} ms\tMemory Size: 128 MB\tMax Memory Used: ${options.coldStart ? 81 : 79} MB${init}\t\n`,
  });
  return { requestId, events };
}

/** A Lambda log stream name: `2026/05/14/[$LATEST]<32 hex digits>`, dated by its first event. */
export function lambdaLogStreamName(start: number, ids: DeterministicIds): string {
  const date = new Date(start).toISOString().slice(0, 10).replaceAll('-', '/');
  return `${date}/[$LATEST]${ids.hex(32)}`;
}
