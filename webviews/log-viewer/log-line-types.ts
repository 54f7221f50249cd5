/** What the panel keeps per event: the event plus what parsing found in it once, on arrival. */
import type { LogEvent } from 'amplify-lens-model/panels';
import type { BuildHeading } from './build-line-parser';
import type { BuildSection } from './build-sections';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

/** The figures of a Lambda REPORT line (or a JSON `platform.report` record). */
export interface LambdaReport {
  durationMs?: number;
  billedMs?: number;
  memorySizeMb?: number;
  maxMemoryMb?: number;
  initMs?: number;
}

export interface ParsedLine {
  readonly kind: 'line';
  /** Arrival order in this panel, unique and increasing. */
  readonly seq: number;
  readonly event: LogEvent;
  readonly level?: LogLevel;
  readonly requestId?: string;
  /** A Lambda platform line: START, END or REPORT of an invocation. */
  readonly lambda?: 'start' | 'end' | 'report';
  readonly report?: LambdaReport;
  /**
   * Where the text worth showing starts in the message: after Lambda's
   * `<timestamp>\t<request id>\t<LEVEL>\t` prefix, which the row shows as columns.
   */
  readonly bodyStart: number;
  /** Where a JSON value starts in the message when the rest of it parses as JSON; -1 otherwise. */
  readonly jsonStart: number;
  /** The message has more than one line (a stack trace), so the row can expand. */
  readonly multiline: boolean;
  /**
   * The body (from `bodyStart`) with its ANSI escape sequences, when it had any; `event.message`
   * then holds the text without them, which is what filters, copies and exports read.
   */
  readonly ansi: string | undefined;
  /** Build logs: the section this line opens or closes. */
  readonly heading: BuildHeading | undefined;
  /** Build logs: the innermost section the line is in (set as lines arrive, in order). */
  section: BuildSection | undefined;
  /** Build logs: the section whose heading this line is. */
  opens: BuildSection | undefined;
  /** The filter cache: the filter version this line was last tested against, and the answer. */
  filterVersion: number;
  matches: boolean;
}

export function lineBody(line: ParsedLine): string {
  return line.bodyStart === 0 ? line.event.message : line.event.message.slice(line.bodyStart);
}

/** The first line of the body, trimmed of the trailing newline CloudWatch keeps. */
export function lineSummary(line: ParsedLine): string {
  const body = lineBody(line);
  const newline = body.indexOf('\n');
  return (newline === -1 ? body : body.slice(0, newline)).trimEnd();
}

/** The first line of the body with its ANSI sequences, when it had any. */
export function ansiSummary(line: ParsedLine): string | undefined {
  if (line.ansi === undefined) return undefined;
  const newline = line.ansi.indexOf('\n');
  return (newline === -1 ? line.ansi : line.ansi.slice(0, newline)).trimEnd();
}

export function canExpand(line: ParsedLine): boolean {
  return line.jsonStart >= 0 || line.multiline;
}
