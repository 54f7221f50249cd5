/**
 * A build log's sections: each step (when the log holds several), each `## Starting … Build`,
 * each phase and each command, nested as the build image writes them. Lines are placed as they
 * arrive (in order), so a rebuild only walks the buffer: a line knows its innermost section, a
 * section its parent, its line count, its errors and its time span. Rows are a section's header
 * (its heading line, or the step's name) followed by its lines unless it is folded; with a filter,
 * only sections holding a matching line show.
 */
import type { ParsedLine } from './log-line-types';
import type { LineSource, LogRow } from './log-rows-model';

export interface BuildSection {
  readonly kind: 'section';
  /** Stable while the section's heading line is kept: folding state is keyed by it. */
  readonly key: string;
  /** 0: a step, 1: a build (backend, frontend), 2: a phase, 3: a command. */
  readonly level: 0 | 1 | 2 | 3;
  readonly title: string;
  readonly parent: BuildSection | undefined;
  readonly backend: boolean;
  lineCount: number;
  errors: number;
  warnings: number;
  firstTime: number;
  lastTime: number;
  /** Its closing heading arrived (or a sibling or the next step began). */
  closed: boolean;
  /** Filter bookkeeping: matching lines inside, as of `matchVersion`. */
  matchCount: number;
  matchVersion: number;
}

/** Places arriving lines into sections. */
export class BuildSectionTracker {
  private open: BuildSection[] = [];
  private step?: string;
  private steps = 0;
  private counter = 0;

  place(line: ParsedLine): void {
    const step = line.event.logStream;
    if (step !== this.step) {
      this.closeTo(0);
      this.step = step;
      this.steps += 1;
      this.open = [this.section(0, step || 'log', undefined, false)];
    }
    const heading = line.heading;
    if (heading?.role === 'open') {
      this.closeTo(heading.level);
      const parent = this.open.at(-1);
      const section = this.section(heading.level, heading.title, parent, heading.backend || (parent?.backend ?? false));
      line.section = parent;
      line.opens = section;
      this.count(line, parent);
      this.open.push(section);
      this.touch(section, line);
      return;
    }
    const innermost = this.open.at(-1);
    line.section = innermost;
    this.count(line, innermost);
    // A closing heading belongs to what it closes; so does anything deeper still open.
    if (heading?.role === 'close') this.closeTo(heading.level);
  }

  /** How many steps the log holds: one step needs no step header. */
  get stepCount(): number {
    return this.steps;
  }

  reset(): void {
    this.open = [];
    this.step = undefined;
    this.steps = 0;
  }

  private section(level: BuildSection['level'], title: string, parent: BuildSection | undefined, backend: boolean): BuildSection {
    this.counter += 1;
    return {
      kind: 'section',
      key: `s${this.counter}`,
      level,
      title,
      parent,
      backend,
      lineCount: 0,
      errors: 0,
      warnings: 0,
      firstTime: 0,
      lastTime: 0,
      closed: false,
      matchCount: 0,
      matchVersion: -1,
    };
  }

  /** Closes the open sections at `level` and deeper (steps only close on a new step). */
  private closeTo(level: number): void {
    while (this.open.length > 0 && this.open.at(-1)!.level >= level && (level === 0 || this.open.at(-1)!.level > 0))
      this.open.pop()!.closed = true;
  }

  private count(line: ParsedLine, innermost: BuildSection | undefined): void {
    for (let section = innermost; section; section = section.parent) this.touch(section, line);
  }

  private touch(section: BuildSection, line: ParsedLine): void {
    section.lineCount += 1;
    if (line.level === 'error') section.errors += 1;
    if (line.level === 'warn') section.warnings += 1;
    if (section.firstTime === 0) section.firstTime = line.event.timestamp;
    section.lastTime = line.event.timestamp;
  }
}

export interface SectionRowOptions {
  collapsed: ReadonlySet<string>;
  /** Show a header for each step (the log holds several). */
  stepHeaders: boolean;
  /** Adds an expanded line's detail rows after it. */
  pushDetails(rows: LogRow[], line: ParsedLine): void;
}

export function buildSectionRows(
  buffer: LineSource,
  filterVersion: number,
  matches: (line: ParsedLine) => boolean,
  trivialFilter: boolean,
  options: SectionRowOptions,
): LogRow[] {
  const rows: LogRow[] = [];
  if (!trivialFilter) {
    buffer.forEach((line) => {
      if (!matches(line)) return;
      for (let section = line.opens ?? line.section; section; section = section.parent) {
        if (section.matchVersion !== filterVersion) {
          section.matchVersion = filterVersion;
          section.matchCount = 0;
        }
        section.matchCount += 1;
      }
    });
  }
  const shown = (section: BuildSection) => trivialFilter || (section.matchVersion === filterVersion && section.matchCount > 0);
  const emitted = new Set<BuildSection>();
  const chain: BuildSection[] = [];
  buffer.forEach((line) => {
    chain.length = 0;
    for (let section = line.opens ?? line.section; section; section = section.parent) chain.push(section);
    let hidden = false;
    for (let index = chain.length - 1; index >= 0 && !hidden; index--) {
      const section = chain[index]!;
      if (section.level === 0 && !options.stepHeaders) continue;
      if (!shown(section)) {
        hidden = true;
        break;
      }
      if (!emitted.has(section)) {
        emitted.add(section);
        rows.push(section);
      }
      if (options.collapsed.has(section.key)) hidden = true;
    }
    // A heading line is its section's header row.
    if (hidden || line.opens || !matches(line)) return;
    rows.push(line);
    options.pushDetails(rows, line);
  });
  return rows;
}

/** How deep a line or a section sits, for its indentation. */
export function depthOf(section: BuildSection | undefined, stepHeaders: boolean): number {
  let depth = 0;
  for (let current = section; current; current = current.parent) if (current.level > 0 || stepHeaders) depth += 1;
  return depth;
}
