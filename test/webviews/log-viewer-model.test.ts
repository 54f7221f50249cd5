/**
 * The log viewer's logic without a browser: parsing on arrival, the ring buffer, the filter, the
 * rows (grouping, expansion, JSON folding) and stack-frame detection.
 */
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../webviews/log-viewer/log-filter';
import { parseLogEvent } from '../../webviews/log-viewer/log-line-parser';
import { LOG_LEVELS, lineSummary, type LogLevel, type ParsedLine } from '../../webviews/log-viewer/log-line-types';
import { RingBuffer } from '../../webviews/log-viewer/log-ring-buffer';
import { buildRows, type LogRow } from '../../webviews/log-viewer/log-rows-model';
import { FOLD_DEPTH } from '../../webviews/log-viewer/json-tree-rows';
import { findFrames, MAX_SCANNED_LINE_LENGTH } from '../../webviews/log-viewer/stack-frame-detector';
import { infoLines, invocationEvents, logEvent, requestId } from './log-viewer-fixtures';

const parse = (message: string) => parseLogEvent(logEvent(0, message), 0);
const all = new Set<LogLevel>(LOG_LEVELS);

function bufferOf(lines: ParsedLine[], capacity = 1000): RingBuffer<ParsedLine> {
  const buffer = new RingBuffer<ParsedLine>(capacity);
  lines.forEach((line) => buffer.push(line));
  return buffer;
}

const describeRow = (row: LogRow) =>
  row.kind === 'line'
    ? lineSummary(row)
    : row.kind === 'group'
      ? `group ${row.requestId.slice(0, 8)}`
      : row.kind === 'section'
        ? `section ${row.title}`
        : `  ${row.key ?? ''}|${row.text}`;

describe('parseLogEvent', () => {
  it("reads the Node.js runtime's prefix: level, request id, body", () => {
    const line = parse(`2024-05-01T10:00:00.000Z\t${requestId(3)}\tWARN\tdisk almost full\n`);
    expect(line).toMatchObject({ level: 'warn', requestId: requestId(3), jsonStart: -1, multiline: false });
    expect(lineSummary(line)).toBe('disk almost full');
  });

  it("reads Python's [LEVEL] prefix and bracketed or leading levels", () => {
    expect(parse(`[ERROR]\t2024-05-01T10:00:00.000Z\t${requestId(4)}\tKeyError: 'id'\n`)).toMatchObject({
      level: 'error',
      requestId: requestId(4),
    });
    expect(parse('[DEBUG] cache miss').level).toBe('debug');
    expect(parse('WARNING: deprecated call').level).toBe('warn');
    expect(parse('Task timed out after 3.00 seconds').level).toBe('error');
    expect(parse('all good, no ERROR here').level).toBeUndefined();
  });

  it('parses START, END and REPORT with their figures', () => {
    const [start, , , , end, report] = invocationEvents(1, 0).map((event, index) => parseLogEvent(event, index));
    expect(start).toMatchObject({ lambda: 'start', requestId: requestId(1) });
    expect(end).toMatchObject({ lambda: 'end', requestId: requestId(1) });
    expect(report.report).toEqual({ durationMs: 102.55, billedMs: 103, memorySizeMb: 128, maxMemoryMb: 71, initMs: 180.33 });
  });

  it('detects JSON messages and takes level and request id from them', () => {
    const json = parse('{"level":"ERROR","message":"failed","requestId":"r-1","nested":{"a":[1,2]}}');
    expect(json).toMatchObject({ level: 'error', requestId: 'r-1', jsonStart: 0 });
    expect(parse('{"severity":"debug","msg":"x"}').level).toBe('debug');
    expect(parse('{"level":"INFO","function_request_id":"abc-1"}').requestId).toBe('abc-1');
    const prefixed = parse(`2024-05-01T10:00:00.000Z\t${requestId(2)}\tERROR\tInvoke Error \t{"errorType":"Error"}\n`);
    expect(prefixed.jsonStart).toBe(prefixed.event.message.indexOf('{'));
    expect(parse('[1, 2, oops]').jsonStart).toBe(-1);
    expect(parse('not json {').jsonStart).toBe(-1);
  });

  it("reads Lambda's JSON platform.report records", () => {
    const line = parse(
      '{"time":"2024-05-01T10:00:00.000Z","type":"platform.report","record":{"requestId":"r-9","metrics":{"durationMs":5.5,"billedDurationMs":6,"memorySizeMB":256,"maxMemoryUsedMB":80}}}',
    );
    expect(line).toMatchObject({
      lambda: 'report',
      requestId: 'r-9',
      report: { durationMs: 5.5, billedMs: 6, memorySizeMb: 256, maxMemoryMb: 80 },
    });
  });

  it('marks multi-line messages (stack traces) but not a trailing newline', () => {
    expect(parse('Error: boom\n    at handler (/var/task/index.js:3:9)\n').multiline).toBe(true);
    expect(parse('one line\n').multiline).toBe(false);
  });
});

describe('RingBuffer', () => {
  it('keeps the newest items up to its capacity, oldest first', () => {
    const buffer = new RingBuffer<number>(3);
    [1, 2, 3, 4, 5].forEach((value) => buffer.push(value));
    expect(buffer.toArray()).toEqual([3, 4, 5]);
    expect(buffer.length).toBe(3);
    expect(buffer.evicted).toBe(2);
    expect(buffer.at(0)).toBe(3);
    expect(buffer.at(3)).toBeUndefined();
  });

  it('resizes keeping the newest, and clears', () => {
    const buffer = new RingBuffer<number>(5);
    [1, 2, 3, 4, 5, 6].forEach((value) => buffer.push(value));
    buffer.resize(2);
    expect(buffer.toArray()).toEqual([5, 6]);
    buffer.resize(4);
    buffer.push(7);
    expect(buffer.toArray()).toEqual([5, 6, 7]);
    buffer.clear();
    expect(buffer.length).toBe(0);
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});

describe('compileFilter', () => {
  const line = parse(`2024-05-01T10:00:00.000Z\t${requestId(1)}\tINFO\tUser Signed In: alice\n`);
  it('matches text case-insensitively and highlights it', () => {
    const filter = compileFilter('signed in', all);
    expect(filter.test(line)).toBe(true);
    expect(filter.highlights('User Signed In: alice')).toEqual([[5, 14]]);
    expect(compileFilter('bob', all).test(line)).toBe(false);
    expect(compileFilter('', all).test(line)).toBe(true);
  });

  it('matches /regex/ with flags, and reports an invalid one without filtering', () => {
    // Flags given are the flags used: no 'i' here, so the case must match.
    expect(compileFilter('/In: \\w+$/m', all).test(line)).toBe(true);
    expect(compileFilter('/in: \\w+$/m', all).test(line)).toBe(false);
    expect(compileFilter('/in: \\w+/', all).test(line)).toBe(true);
    expect(compileFilter('/^Signed/', all).test(line)).toBe(false);
    const invalid = compileFilter('/(unclosed/', all);
    expect(invalid.error).toMatch(/Invalid regular expression|Unterminated group/);
    expect(invalid.test(line)).toBe(true);
  });

  it('hides levels that are toggled off, never lines without a level', () => {
    const noInfo = new Set<LogLevel>(['error', 'warn', 'debug']);
    expect(compileFilter('', noInfo).test(line)).toBe(false);
    expect(compileFilter('', noInfo).test(parse('START RequestId: abc Version: $LATEST'))).toBe(true);
  });
});

describe('buildRows', () => {
  const options = { grouped: false, collapsedGroups: new Set<string>(), expanded: new Map<number, Set<string>>() };
  const lines = () => [...invocationEvents(1, 0), ...invocationEvents(2, 10, { fail: true })].map((event, index) => parseLogEvent(event, index));

  it('lists the lines that pass the filter, in order', () => {
    const rows = buildRows(bufferOf(lines()), compileFilter('summarizing', all), 1, options);
    expect(rows.map(describeRow)).toEqual(['summarizing post 1', 'summarizing post 2']);
  });

  it('groups lines under their request with the REPORT figures and the worst level', () => {
    const source = lines();
    // Interleave the second invocation's first line between the first's: it still lands in its group.
    [source[1], source[6]] = [source[6], source[1]];
    const rows = buildRows(bufferOf(source), compileFilter('', all), 1, { ...options, grouped: true });
    const groups = rows.filter((row) => row.kind === 'group');
    expect(groups.map((group) => [group.requestId, group.total, group.level, group.report?.durationMs, group.ended])).toEqual([
      [requestId(1), 6, 'warn', 102.55, true],
      [requestId(2), 6, 'error', 102.55, true],
    ]);
    expect(rows).toHaveLength(14);
    const collapsed = buildRows(bufferOf(source), compileFilter('', all), 2, {
      ...options,
      grouped: true,
      collapsedGroups: new Set([requestId(1)]),
    });
    expect(collapsed.map(describeRow).slice(0, 2)).toEqual(['group 00000001', 'group 00000002']);
  });

  it('expands a JSON line into a foldable tree and a stack trace into its lines', () => {
    const source = [
      parseLogEvent(invocationEvents(1, 0)[2], 0),
      parseLogEvent(logEvent(1, 'Error: boom\n    at handler (/var/task/index.js:3:9)\n'), 1),
    ];
    const expanded = new Map([
      [0, new Set<string>()],
      [1, new Set<string>()],
    ]);
    const rows = buildRows(bufferOf(source), compileFilter('', all), 1, { ...options, expanded });
    expect(rows.map(describeRow)).toEqual([
      '{"postId":"p-1","words":121,"tags":["a","b"]}',
      '  |{',
      '  postId|"p-1"',
      '  words|121',
      '  tags|[',
      '  |"a"',
      '  |"b"',
      '  |]',
      '  |}',
      'Error: boom',
      '  |    at handler (/var/task/index.js:3:9)',
    ]);
    const folded = buildRows(bufferOf(source), compileFilter('', all), 1, { ...options, expanded: new Map([[0, new Set(['$.tags'])]]) });
    expect(folded.map(describeRow)).toContain('  tags|[ … ]  2 items');
  });

  it('opens a JSON line nested 5,000 levels deep a few levels at a time, and still lists the lines after it', () => {
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const source = [parseLogEvent(logEvent(0, deep), 0), parseLogEvent(logEvent(1, 'after the deep line'), 1)];
    const toggled = new Set<string>();
    const rowsOf = () => buildRows(bufferOf(source), compileFilter('', all), 1, { ...options, expanded: new Map([[0, toggled]]) });
    let rows = rowsOf();
    const details = rows.filter((row) => row.kind === 'detail');
    expect(details).toHaveLength(2 * FOLD_DEPTH + 1);
    const edge = details.find((row) => row.folded)!;
    expect(edge).toMatchObject({ depth: FOLD_DEPTH, key: 'a', text: '{ … }  1 key · expand further' });
    expect(rows.at(-1)).toMatchObject({ kind: 'line', seq: 1 });
    // Opening the folded level shows the next levels, folded again further down.
    toggled.add(edge.foldPath!);
    rows = rowsOf();
    expect(rows.filter((row) => row.kind === 'detail' && row.folded).map((row) => (row as { depth: number }).depth)).toEqual([2 * FOLD_DEPTH]);
    expect(rows.at(-1)).toMatchObject({ kind: 'line', seq: 1 });
  });

  it('follows the buffer: old lines fall out of the rows', () => {
    const buffer = bufferOf(
      infoLines(0, 50).map((event, index) => parseLogEvent(event, index)),
      20,
    );
    const rows = buildRows(buffer, compileFilter('', all), 1, options);
    expect(rows).toHaveLength(20);
    expect(describeRow(rows[0])).toBe('processed record 30 of batch 0');
  });
});

describe('findFrames', () => {
  it("finds Node, Python and plain frames, skipping layers and node's internals", () => {
    expect(findFrames('    at Runtime.handler (/var/task/index.js:5:9)')).toEqual([
      { start: 24, end: 46, path: '/var/task/index.js', line: 5, column: 9 },
    ]);
    expect(findFrames('  File "/var/task/app.py", line 8, in handler')).toMatchObject([{ path: '/var/task/app.py', line: 8 }]);
    expect(findFrames('see src/handler.ts:40:3 for details')).toMatchObject([{ path: 'src/handler.ts', line: 40, column: 3 }]);
    expect(findFrames('    at Runtime.handler (file:///var/task/index.mjs:5:9)')).toMatchObject([{ path: '/var/task/index.mjs', line: 5 }]);
    expect(findFrames('    at /opt/nodejs/lib.js:1:1')).toEqual([]);
    // Lambda's runtime is not the project's code: its frames stay text.
    expect(findFrames('    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)')).toEqual([]);
    expect(findFrames('  File "/var/runtime/bootstrap.py", line 60, in handle_event_request')).toEqual([]);
    expect(findFrames('  File "/var/lang/lib/python3.12/json/decoder.py", line 337, in decode')).toEqual([]);
    expect(findFrames('    at process (node:internal/process/task_queues:95:5)')).toEqual([]);
    expect(findFrames('connected to db.example.com:5432 at 10:00:00')).toEqual([]);
  });

  it('answers at once for a long line that a backtracking pattern would scan for seconds', () => {
    // `a/a/a/…:` made the former pattern try every split of the run into folders, from every position.
    expect(findFrames(`${'a/'.repeat(50_000)}:`)).toEqual([]);
    const scanned = `${'a/'.repeat((MAX_SCANNED_LINE_LENGTH - 20) / 2)}x.js:3`;
    expect(findFrames(scanned)).toMatchObject([{ line: 3, end: scanned.length }]);
    expect(findFrames(`${'File "'.repeat(600)}`)).toEqual([]);
    expect(findFrames(`${'x'.repeat(MAX_SCANNED_LINE_LENGTH)} src/a.ts:1`)).toEqual([]);
  });

  it('finds exactly the frames the former regular expression found, on thousands of generated lines', () => {
    const former = (text: string) => {
      const pattern = /File "([^"]+)", line (\d+)|((?:[A-Za-z]:)?(?:\/|\.{0,2}\/?)?(?:[\w@.+-]+\/)*[\w@.+-]+\.[A-Za-z]{1,5}):(\d+)(?::(\d+))?/g;
      return [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        path: match[1] ?? match[3],
        line: Number(match[2] ?? match[4]),
        ...(match[5] === undefined ? {} : { column: Number(match[5]) }),
      }));
    };
    const isProjectPath = (path: string) =>
      !path.startsWith('/opt/') &&
      !path.startsWith('node:') &&
      !path.includes('node_modules/') &&
      !path.startsWith('internal/') &&
      (path.includes('/') || /\.(m?[jt]sx?|cjs|cts|py|rb|go|java|cs)$/.test(path));
    const pieces = [
      'a',
      'src',
      '/',
      '//',
      '.',
      '..',
      'x.js',
      'app.py',
      ':',
      '12',
      ':3',
      ' ',
      '(',
      'C:',
      'c',
      'File "',
      '", line 8',
      'node_modules/',
      '/opt/',
      '-',
      '@',
      'index.mjs',
      '0',
    ];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let sample = 0; sample < 5_000; sample++) {
      const text = Array.from({ length: 2 + random(14) }, () => pieces[random(pieces.length)]).join('');
      const all = former(text);
      // What the former detector kept of its matches: project paths with a line number.
      const kept = all.filter((frame) => frame.line > 0 && isProjectPath(frame.path));
      expect({ text, frames: findFrames(text) }).toEqual({ text, frames: kept });
    }
  });
});
