/**
 * Turns the buffer into the rows the list shows: filtered lines, optionally grouped by Lambda
 * request id under a header carrying the REPORT figures, plus the detail rows of expanded lines
 * (pretty JSON, the rest of a stack trace). Rebuilt at most once per animation frame, in one pass;
 * the filter's answer is cached on each line until the filter changes.
 */
import { buildSectionRows, type BuildSection } from './build-sections';
import { jsonTreeLines, type JsonTreeLine } from './json-tree-rows';
import type { LogFilter } from './log-filter';
import { type LambdaReport, type LogLevel, type ParsedLine } from './log-line-types';

export interface RequestGroup {
  readonly kind: 'group';
  readonly requestId: string;
  /** Lines of the invocation that pass the filter, in arrival order. */
  readonly lines: ParsedLine[];
  /** Every line of the invocation in the buffer, matching or not. */
  total: number;
  report?: LambdaReport;
  /** The worst level among its lines: a group with an ERROR line shows it in its header. */
  level?: LogLevel;
  ended: boolean;
  collapsed: boolean;
  /** Arrival time of its first line, for the header's timestamp. */
  readonly timestamp: number;
}

export interface DetailRow extends Partial<JsonTreeLine> {
  readonly kind: 'detail';
  readonly line: ParsedLine;
  /** The text of a non-JSON continuation line (the rest of a stack trace). */
  readonly text: string;
  readonly depth: number;
}

export type LogRow = ParsedLine | RequestGroup | DetailRow | BuildSection;

export interface RowOptions {
  grouped: boolean;
  collapsedGroups: ReadonlySet<string>;
  /** Expanded lines by seq, with the JSON paths folded in each. */
  expanded: ReadonlyMap<number, ReadonlySet<string>>;
  /** A build log: `grouped` folds it into sections (keys of folded ones in `collapsedGroups`). */
  build?: { stepHeaders: boolean };
}

const LEVEL_RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The lines to show, oldest first: the ring buffer, or the snapshot a paused viewer froze. */
export interface LineSource {
  forEach(visit: (line: ParsedLine) => void): void;
}

export function buildRows(buffer: LineSource, filter: LogFilter, filterVersion: number, options: RowOptions): LogRow[] {
  const rows: LogRow[] = [];
  const matches = (line: ParsedLine) => {
    if (line.filterVersion !== filterVersion) {
      line.matches = filter.test(line);
      line.filterVersion = filterVersion;
    }
    return line.matches;
  };
  if (options.build && options.grouped) {
    return buildSectionRows(buffer, filterVersion, matches, filter.trivial, {
      collapsed: options.collapsedGroups,
      stepHeaders: options.build.stepHeaders,
      pushDetails: (rows, line) => {
        if (options.expanded.has(line.seq)) pushDetails(rows, line, options);
      },
    });
  }
  if (!options.grouped) {
    buffer.forEach((line) => {
      if (!matches(line)) return;
      rows.push(line);
      if (options.expanded.has(line.seq)) pushDetails(rows, line, options);
    });
    return rows;
  }
  // Grouped: a group takes the place of its invocation's first line; lines of concurrent
  // invocations (other streams) interleave in the buffer but each lands under its own header.
  const order: (ParsedLine | RequestGroup)[] = [];
  const groups = new Map<string, RequestGroup>();
  buffer.forEach((line) => {
    if (!line.requestId) {
      if (matches(line)) order.push(line);
      return;
    }
    let group = groups.get(line.requestId);
    if (!group) {
      group = {
        kind: 'group',
        requestId: line.requestId,
        lines: [],
        total: 0,
        ended: false,
        collapsed: options.collapsedGroups.has(line.requestId),
        timestamp: line.event.timestamp,
      };
      groups.set(line.requestId, group);
      order.push(group);
    }
    group.total++;
    if (line.report) group.report = line.report;
    if (line.lambda === 'report' || line.lambda === 'end') group.ended = true;
    if (line.level && (!group.level || LEVEL_RANK[line.level] > LEVEL_RANK[group.level])) group.level = line.level;
    if (matches(line)) group.lines.push(line);
  });
  for (const item of order) {
    if (item.kind === 'line') {
      rows.push(item);
      if (options.expanded.has(item.seq)) pushDetails(rows, item, options);
      continue;
    }
    if (item.lines.length === 0) continue;
    rows.push(item);
    if (item.collapsed) continue;
    for (const line of item.lines) {
      rows.push(line);
      if (options.expanded.has(line.seq)) pushDetails(rows, line, options);
    }
  }
  return rows;
}

function pushDetails(rows: LogRow[], line: ParsedLine, options: RowOptions): void {
  const message = line.event.message;
  if (line.jsonStart >= 0) {
    const value: unknown = JSON.parse(message.slice(line.jsonStart));
    for (const treeLine of jsonTreeLines(value, options.expanded.get(line.seq) ?? new Set())) {
      rows.push({ ...treeLine, kind: 'detail', line, text: treeLine.text });
    }
    return;
  }
  const rest = message.slice(line.bodyStart).trimEnd().split('\n').slice(1);
  for (const text of rest) rows.push({ kind: 'detail', line, text, depth: 0 });
}
