/**
 * The viewer: receives batches into the ring buffer (parsed once), rebuilds the rows at most once
 * per animation frame, and keeps follow, pause, filter, grouping, expansion and selection. While
 * paused it keeps receiving into the buffer but shows a frozen snapshot of the lines.
 */
import type {
  LogEvent,
  LogFeedState,
  LogExportFormat,
  LogFrameReference,
  LogTimeZone,
  LogViewerFromWebview,
  LogViewerLink,
  LogViewerMode,
} from 'amplify-lens-model/panels';
import { BuildSectionTracker, type BuildSection } from './build-sections';
import { compileFilter, type LogFilter } from './log-filter';
import { parseLogEvent } from './log-line-parser';
import { canExpand, LOG_LEVELS, type LogLevel, type ParsedLine } from './log-line-types';
import { RingBuffer } from './log-ring-buffer';
import { buildRows, type LineSource, type LogRow } from './log-rows-model';
import { RowSelection } from './log-selection';
import { linesAsJsonLines, linesAsText } from './log-text-format';

/** The saved view state VS Code hands back when a hidden panel's page is re-created. */
export interface ViewState {
  filterText: string;
  levels: LogLevel[];
  grouped: boolean;
}

export class LogViewerController {
  readonly buffer: RingBuffer<ParsedLine>;
  private seq = 0;
  received = 0;
  droppedByHost = 0;
  filterText = '';
  levels = new Set<LogLevel>(LOG_LEVELS);
  filter: LogFilter = compileFilter('', this.levels);
  private filterVersion = 0;
  grouped = false;
  readonly collapsedGroups = new Set<string>();
  readonly expanded = new Map<number, Set<string>>();
  zone: LogTimeZone = 'local';
  paused = false;
  private frozen?: ParsedLine[];
  /** Lines that arrived (and pass the filter) while the reader was scrolled up or paused. */
  newCount = 0;
  following = true;
  rows: LogRow[] = [];
  readonly selection = new RowSelection();
  title = 'Logs';
  feedState: LogFeedState = { kind: 'connecting' };
  /** The rows must be rebuilt at the next frame. */
  rowsDirty = true;
  /** `build`: an Amplify Hosting build log, folded into steps, builds, phases and commands. */
  mode: LogViewerMode = 'logs';
  links: readonly LogViewerLink[] = [];
  private readonly sections = new BuildSectionTracker();

  constructor(
    bufferSize: number,
    private readonly post: (message: LogViewerFromWebview) => void,
  ) {
    this.buffer = new RingBuffer<ParsedLine>(bufferSize);
  }

  receive(events: readonly LogEvent[], dropped = 0): void {
    this.droppedByHost += dropped;
    this.received += events.length + dropped;
    const counting = this.paused || !this.following;
    const build = this.mode === 'build';
    for (const event of events) {
      const line = parseLogEvent(event, this.seq++, this.mode);
      if (build) this.sections.place(line);
      this.buffer.push(line);
      if (counting && this.lineMatches(line)) this.newCount++;
    }
    if (!this.paused) this.rowsDirty = true;
  }

  /** Rebuilds the rows if anything changed since the last frame; returns whether it did. */
  rebuild(): boolean {
    if (!this.rowsDirty) return false;
    this.rowsDirty = false;
    const source: LineSource = this.frozen ?? this.buffer;
    this.rows = buildRows(source, this.filter, this.filterVersion, {
      grouped: this.grouped,
      collapsedGroups: this.collapsedGroups,
      expanded: this.expanded,
      build: this.mode === 'build' ? { stepHeaders: this.stepHeaders } : undefined,
    });
    this.selection.locate(this.rows);
    // Expansion state of lines that left the buffer would otherwise pile up for a long tail.
    if (this.expanded.size > 0) {
      const oldest = this.buffer.at(0)?.seq ?? Infinity;
      for (const seq of this.expanded.keys()) if (seq < oldest && !this.frozen) this.expanded.delete(seq);
    }
    return true;
  }

  setFilter(text: string): void {
    this.filterText = text;
    this.recompileFilter();
  }

  toggleLevel(level: LogLevel): void {
    if (this.levels.has(level)) this.levels.delete(level);
    else this.levels.add(level);
    this.recompileFilter();
  }

  /** A build log with several steps shows a header per step. */
  get stepHeaders(): boolean {
    return this.sections.stepCount > 1;
  }

  /** A build log folds into sections from the start; a CloudWatch tail starts flat. */
  setMode(mode: LogViewerMode, links: readonly LogViewerLink[] = []): void {
    if (mode !== this.mode) {
      this.mode = mode;
      this.grouped = mode === 'build';
      this.sections.reset();
    }
    this.links = links;
    this.rowsDirty = true;
  }

  toggleGrouped(): void {
    this.grouped = !this.grouped;
    this.rowsDirty = true;
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.frozen = paused ? this.buffer.toArray() : undefined;
    if (!paused && this.following) this.newCount = 0;
    this.rowsDirty = true;
    this.post({ type: 'paused', paused });
  }

  setFollowing(following: boolean): void {
    this.following = following;
    if (following && !this.paused) this.newCount = 0;
  }

  /** Enter on a row: expands a line, collapses a group, folds a JSON object. */
  toggleRow(row: LogRow): boolean {
    if (row.kind === 'section') {
      if (this.collapsedGroups.has(row.key)) this.collapsedGroups.delete(row.key);
      else this.collapsedGroups.add(row.key);
    } else if (row.kind === 'group') {
      if (this.collapsedGroups.has(row.requestId)) this.collapsedGroups.delete(row.requestId);
      else this.collapsedGroups.add(row.requestId);
    } else if (row.kind === 'line') {
      if (!canExpand(row)) return false;
      if (this.expanded.has(row.seq)) this.expanded.delete(row.seq);
      else this.expanded.set(row.seq, new Set());
    } else {
      const folded = this.expanded.get(row.line.seq);
      if (row.foldPath === undefined || !folded) return false;
      if (folded.has(row.foldPath)) folded.delete(row.foldPath);
      else folded.add(row.foldPath);
    }
    this.rowsDirty = true;
    return true;
  }

  clear(): void {
    this.buffer.clear();
    this.sections.reset();
    this.frozen = this.paused ? [] : undefined;
    this.expanded.clear();
    this.selection.clear();
    this.newCount = 0;
    this.rowsDirty = true;
  }

  /** The lines behind rows `from`..`to` (a group stands for its lines), each once, in order. */
  linesOfRows(from: number, to: number): ParsedLine[] {
    const lines = new Set<ParsedLine>();
    for (let index = from; index <= to && index < this.rows.length; index++) {
      const row = this.rows[index];
      if (row.kind === 'line') lines.add(row);
      else if (row.kind === 'group') row.lines.forEach((line) => lines.add(line));
      else if (row.kind === 'section') this.linesOfSection(row).forEach((line) => lines.add(line));
      else lines.add(row.line);
    }
    return [...lines];
  }

  /** The buffered lines inside a section (its heading first), filtered as shown. */
  private linesOfSection(section: BuildSection): ParsedLine[] {
    const lines: ParsedLine[] = [];
    this.buffer.forEach((line) => {
      for (let current = line.opens ?? line.section; current; current = current.parent) {
        if (current === section) {
          if (this.lineMatches(line)) lines.push(line);
          return;
        }
      }
    });
    return lines;
  }

  copyLines(lines: readonly ParsedLine[]): void {
    if (lines.length === 0) return;
    this.post({ type: 'copy', text: linesAsText(lines, this.zone), lineCount: lines.length });
  }

  /** Exports every buffered line that passes the filter, oldest first. */
  exportAs(format: LogExportFormat, now = new Date()): void {
    const lines: ParsedLine[] = [];
    this.buffer.forEach((line) => {
      if (this.lineMatches(line)) lines.push(line);
    });
    const content = format === 'jsonl' ? linesAsJsonLines(lines) : linesAsText(lines, this.zone);
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const base = this.title.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'logs';
    this.post({
      type: 'export',
      format,
      suggestedName: `${base}-${stamp}.${format === 'jsonl' ? 'jsonl' : 'log'}`,
      content,
      lineCount: lines.length,
    });
  }

  /** One of the host's links (the deploy timeline of a build's backend). */
  openLink(id: string): void {
    if (this.links.some((link) => link.id === id)) this.post({ type: 'openLink', id });
  }

  openFrame(frame: LogFrameReference): void {
    this.post({ type: 'openFrame', frame });
  }

  /** A feed that still runs can be stopped; a finished search or a stopped tail cannot. */
  canStop(): boolean {
    return this.feedState.kind === 'connecting' || this.feedState.kind === 'live' || this.feedState.kind === 'reconnecting';
  }

  stopFeed(): void {
    if (this.canStop()) this.post({ type: 'stop' });
  }

  viewState(): ViewState {
    return { filterText: this.filterText, levels: [...this.levels], grouped: this.grouped };
  }

  restore(state: ViewState | undefined): void {
    if (!state) return;
    this.filterText = state.filterText ?? '';
    this.levels = new Set(state.levels?.filter((level) => LOG_LEVELS.includes(level)) ?? LOG_LEVELS);
    this.grouped = Boolean(state.grouped);
    this.recompileFilter();
  }

  private lineMatches(line: ParsedLine): boolean {
    if (line.filterVersion !== this.filterVersion) {
      line.matches = this.filter.test(line);
      line.filterVersion = this.filterVersion;
    }
    return line.matches;
  }

  private recompileFilter(): void {
    this.filter = compileFilter(this.filterText, this.levels);
    this.filterVersion++;
    this.rowsDirty = true;
  }
}
