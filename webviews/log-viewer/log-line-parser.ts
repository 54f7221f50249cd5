/**
 * Parses an event once, when it arrives: level, request id, Lambda START/END/REPORT figures,
 * whether (part of) the message is JSON. Rendering and filtering then read fields, never the
 * message again, which keeps a 10,000 lines/s tail cheap.
 */
import type { LogEvent, LogViewerMode } from 'amplify-lens-model/panels';
import { hasControlCharacters, stripAnsi } from './ansi-text';
import { buildLineFacts, type BuildHeading } from './build-line-parser';
import type { LambdaReport, LogLevel, ParsedLine } from './log-line-types';

const LEVEL_WORDS: Record<string, LogLevel> = {
  TRACE: 'debug',
  DEBUG: 'debug',
  INFO: 'info',
  NOTICE: 'info',
  WARN: 'warn',
  WARNING: 'warn',
  ERROR: 'error',
  FATAL: 'error',
  CRITICAL: 'error',
};

// Node.js runtime: `2024-05-01T10:00:00.000Z\t<request id>\tINFO\tmessage`.
const NODE_PREFIX = /^\d{4}-\d\d-\d\dT[\d:.]+Z\t([0-9a-fA-F-]{8,})\t([A-Z]+)\t/;
// Python runtime: `[ERROR]\t2024-05-01T10:00:00.000Z\t<request id>\tmessage`.
const PYTHON_PREFIX = /^\[([A-Z]+)\]\t(?:\d{4}-\d\d-\d\dT[\d:.]+Z\t)?(?:([0-9a-fA-F-]{8,})\t)?/;
const BRACKET_LEVEL = /^\s*\[(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\]/i;
const LEADING_LEVEL = /^\s*(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\b[:\s]/;
const PLATFORM = /^(START|END|REPORT) RequestId: ([0-9a-fA-F-]+)/;
const REPORT_FIGURES: [keyof LambdaReport, RegExp][] = [
  ['durationMs', /\tDuration: ([\d.]+) ms/],
  ['billedMs', /Billed Duration: ([\d.]+) ms/],
  ['memorySizeMb', /Memory Size: (\d+) MB/],
  ['maxMemoryMb', /Max Memory Used: (\d+) MB/],
  ['initMs', /Init Duration: ([\d.]+) ms/],
];

export function parseLogEvent(original: LogEvent, seq: number, mode: LogViewerMode = 'logs'): ParsedLine {
  // Colours are kept aside for the row; everything else reads the text a person sees.
  const raw = hasControlCharacters(original.message) ? original.message : undefined;
  const event = raw === undefined ? original : { ...original, message: stripAnsi(raw) };
  const message = event.message;
  if (mode === 'build') {
    const facts = buildLineFacts(message);
    return line(
      event,
      seq,
      facts.level,
      undefined,
      undefined,
      undefined,
      facts.bodyStart,
      -1,
      false,
      ansiBody(raw, message, facts.bodyStart),
      facts.heading,
    );
  }
  const platform = PLATFORM.exec(message);
  if (platform) {
    const lambda = platform[1].toLowerCase() as 'start' | 'end' | 'report';
    return line(
      event,
      seq,
      undefined,
      platform[2],
      lambda,
      lambda === 'report' ? reportFigures(message) : undefined,
      0,
      -1,
      false,
      ansiBody(raw, message, 0),
      undefined,
    );
  }

  let level: LogLevel | undefined;
  let requestId: string | undefined;
  let bodyStart = 0;
  const node = NODE_PREFIX.exec(message);
  const python = node ? null : PYTHON_PREFIX.exec(message);
  if (node) {
    requestId = node[1];
    level = LEVEL_WORDS[node[2]];
    bodyStart = node[0].length;
  } else if (python && LEVEL_WORDS[python[1]]) {
    level = LEVEL_WORDS[python[1]];
    requestId = python[2];
    bodyStart = python[0].length;
  }

  const multiline = isMultiline(message);
  const jsonStart = findJsonStart(message, bodyStart);
  if (jsonStart >= 0) {
    const fields = jsonFields(message.slice(jsonStart));
    level ??= fields.level;
    requestId ??= fields.requestId;
    if (fields.lambda)
      return line(event, seq, level, requestId, fields.lambda, fields.report, bodyStart, jsonStart, multiline, undefined, undefined);
  }
  if (!level) {
    const word = BRACKET_LEVEL.exec(message)?.[1] ?? LEADING_LEVEL.exec(message)?.[1];
    if (word) level = LEVEL_WORDS[word.toUpperCase()];
    else if (message.startsWith('Task timed out after') || message.includes('Runtime exited with error')) level = 'error';
  }
  return line(
    event,
    seq,
    level,
    requestId,
    undefined,
    undefined,
    bodyStart,
    jsonStart,
    multiline,
    jsonStart >= 0 ? undefined : ansiBody(raw, message, bodyStart),
    undefined,
  );
}

/** The body with its sequences, when the prefix before it had none (prefixes are Lambda's or the build image's). */
function ansiBody(raw: string | undefined, plain: string, bodyStart: number): string | undefined {
  if (raw === undefined) return undefined;
  const prefix = plain.slice(0, bodyStart);
  return raw.startsWith(prefix) ? raw.slice(bodyStart) : undefined;
}

/**
 * Every line built by one literal with its fields in one order: V8 then gives all lines one hidden
 * class. (Spreading a shared base object instead made parsing ten times slower.)
 */
function line(
  event: LogEvent,
  seq: number,
  level: LogLevel | undefined,
  requestId: string | undefined,
  lambda: ParsedLine['lambda'],
  report: LambdaReport | undefined,
  bodyStart: number,
  jsonStart: number,
  multiline: boolean,
  ansi: string | undefined,
  heading: BuildHeading | undefined,
): ParsedLine {
  return {
    kind: 'line',
    seq,
    event,
    level,
    requestId,
    lambda,
    report,
    bodyStart,
    jsonStart,
    multiline,
    ansi,
    heading,
    section: undefined,
    opens: undefined,
    filterVersion: -1,
    matches: false,
  };
}

function isMultiline(message: string): boolean {
  const newline = message.indexOf('\n');
  return newline !== -1 && newline < message.length - 1;
}

function reportFigures(message: string): LambdaReport {
  const report: LambdaReport = {};
  for (const [key, pattern] of REPORT_FIGURES) {
    const match = pattern.exec(message);
    if (match) report[key] = Number(match[1]);
  }
  return report;
}

/** The offset of a JSON object or array that runs to the end of the message, or -1. */
function findJsonStart(message: string, from: number): number {
  const end = message.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last !== 0x7d /* } */ && last !== 0x5d /* ] */) return -1;
  for (let index = from; index < end.length; index++) {
    const code = end.charCodeAt(index);
    if (code !== 0x7b /* { */ && code !== 0x5b /* [ */) continue;
    try {
      JSON.parse(end.slice(index));
      return index;
    } catch {
      // Not JSON from here (`[INFO] … {"a":1}`): try the next bracket, which may start the value.
    }
    // Structured loggers put the JSON within the first characters of the body; stopping there
    // keeps a long bracket-heavy text line from costing one parse per bracket.
    if (index > from + 200) return -1;
  }
  return -1;
}

interface JsonFields {
  level?: LogLevel;
  requestId?: string;
  lambda?: 'start' | 'end' | 'report';
  report?: LambdaReport;
}

/** Fields of Lambda's JSON log format, its platform records, and Powertools' structured logs. */
function jsonFields(text: string): JsonFields {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) return {};
  const levelWord = stringField(value, 'level') ?? stringField(value, 'severity') ?? stringField(value, 'levelname');
  const record = isRecord(value.record) ? value.record : undefined;
  const requestId =
    stringField(value, 'requestId') ??
    stringField(value, 'function_request_id') ??
    stringField(value, 'AWSRequestId') ??
    (record && stringField(record, 'requestId'));
  const fields: JsonFields = { level: levelWord ? LEVEL_WORDS[levelWord.toUpperCase()] : undefined, requestId };
  const type = stringField(value, 'type');
  if (type === 'platform.start') fields.lambda = 'start';
  else if (type === 'platform.runtimeDone') fields.lambda = 'end';
  else if (type === 'platform.report' && record) {
    fields.lambda = 'report';
    const metrics = isRecord(record.metrics) ? record.metrics : {};
    fields.report = {
      durationMs: numberField(metrics, 'durationMs'),
      billedMs: numberField(metrics, 'billedDurationMs'),
      memorySizeMb: numberField(metrics, 'memorySizeMB'),
      maxMemoryMb: numberField(metrics, 'maxMemoryUsedMB'),
      initMs: numberField(metrics, 'initDurationMs'),
    };
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value ? value : undefined;
}

function numberField(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' ? value : undefined;
}
