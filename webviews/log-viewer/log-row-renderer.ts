/**
 * Fills a pooled row element for a line, a request group header or a detail row. Text is set as
 * text nodes (never HTML); filter matches are marked, stack frames become links.
 */
import { codicon, h } from '../shared/dom';
import type { LogTimeZone, LogViewerLink, LogViewerMode } from 'amplify-lens-model/panels';
import { ansiText } from './ansi-render';
import { depthOf, type BuildSection } from './build-sections';
import type { LogFilter } from './log-filter';
import { ansiSummary, canExpand, lineSummary, type LambdaReport, type ParsedLine } from './log-line-types';
import type { DetailRow, LogRow, RequestGroup } from './log-rows-model';
import { formatDateTime, formatTime } from './log-text-format';
import { findFrames } from './stack-frame-detector';

export interface RowContext {
  zone: LogTimeZone;
  filter: LogFilter;
  grouped: boolean;
  expanded: ReadonlyMap<number, ReadonlySet<string>>;
  isSelected(index: number): boolean;
  activeIndex: number;
  mode: LogViewerMode;
  /** Build logs: folded section keys, whether steps have headers, the host's links. */
  collapsed: ReadonlySet<string>;
  stepHeaders: boolean;
  links: readonly LogViewerLink[];
}

export function renderRow(element: HTMLElement, row: LogRow, index: number, context: RowContext): void {
  element.className = `log-row ${row.kind}`;
  element.setAttribute('role', 'row');
  element.setAttribute('aria-rowindex', String(index + 1));
  element.dataset.index = String(index);
  const selected = context.isSelected(index);
  element.setAttribute('aria-selected', String(selected));
  element.classList.toggle('selected', selected);
  element.classList.toggle('active', index === context.activeIndex);
  if (index === context.activeIndex) element.id = 'log-active-row';
  else if (element.id) element.removeAttribute('id');
  element.removeAttribute('aria-expanded');
  if (row.kind === 'line') renderLine(element, row, context);
  else if (row.kind === 'group') renderGroup(element, row, context);
  else if (row.kind === 'section') renderSection(element, row, context);
  else renderDetail(element, row, context);
}

function renderLine(element: HTMLElement, line: ParsedLine, context: RowContext): void {
  const expandable = canExpand(line);
  const expanded = context.expanded.has(line.seq);
  if (expandable) element.setAttribute('aria-expanded', String(expanded));
  if (line.level) element.classList.add(`level-${line.level}`);
  if (context.grouped && line.requestId) element.classList.add('in-group');
  if (line.lambda) element.classList.add('platform');
  const build = context.mode === 'build';
  if (build && context.grouped) element.classList.add(`depth-${Math.min(4, depthOf(line.section, context.stepHeaders))}`);
  const summary = lineSummary(line);
  const coloured = ansiSummary(line);
  // A build log is INFO almost throughout: only warnings and errors get a badge there.
  const badge =
    line.level && !(build && line.level === 'info') ? h('span', { className: `level-badge level-${line.level}` }, line.level.toUpperCase()) : '';
  element.replaceChildren(
    h('span', { role: 'gridcell', className: 'twisty' }, expandable ? codicon(expanded ? 'chevron-down' : 'chevron-right') : null),
    h(
      'span',
      { role: 'gridcell', className: 'time', title: formatDateTime(line.event.timestamp, context.zone) },
      formatTime(line.event.timestamp, context.zone),
    ),
    h('span', { role: 'gridcell', className: 'level' }, badge),
    h(
      'span',
      { role: 'gridcell', className: 'message' },
      ...(coloured !== undefined ? ansiText(coloured, context.filter) : richText(summary, line, context.filter)),
    ),
  );
}

/** A build log section's header: its heading (or step), how much it holds, its errors, how long it took. */
function renderSection(element: HTMLElement, section: BuildSection, context: RowContext): void {
  const collapsed = context.collapsed.has(section.key);
  element.setAttribute('aria-expanded', String(!collapsed));
  element.classList.add(`section-level-${section.level}`, `depth-${Math.min(4, depthOf(section.parent, context.stepHeaders))}`);
  if (section.errors > 0) element.classList.add('level-error');
  const status =
    section.errors > 0
      ? codicon('error', `${section.errors} error lines`)
      : section.warnings > 0
        ? codicon('warning', `${section.warnings} warning lines`)
        : section.closed
          ? codicon('pass', 'done')
          : null;
  const seconds = Math.round((section.lastTime - section.firstTime) / 1000);
  const figures = [
    h('span', { className: 'figure muted' }, `${section.lineCount.toLocaleString('en-US')} ${section.lineCount === 1 ? 'line' : 'lines'}`),
    section.errors > 0
      ? h('span', { className: 'figure figure-errors' }, `${section.errors} ${section.errors === 1 ? 'error' : 'errors'}`)
      : null,
    section.closed && seconds > 0
      ? h('span', { className: 'figure figure-duration' }, seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`)
      : null,
  ];
  const link = section.backend && section.level === 1 ? context.links.find((candidate) => candidate.section === 'backend') : undefined;
  const title =
    section.level === 0
      ? `Step ${section.title}`
      : section.level === 2
        ? section.title
        : section.level === 3
          ? `$ ${section.title}`
          : section.title;
  element.replaceChildren(
    h('span', { role: 'gridcell', className: 'twisty' }, codicon(collapsed ? 'chevron-right' : 'chevron-down')),
    h(
      'span',
      { role: 'gridcell', className: 'time', title: formatDateTime(section.firstTime, context.zone) },
      formatTime(section.firstTime, context.zone),
    ),
    h('span', { role: 'gridcell', className: 'level' }, status),
    h(
      'span',
      { role: 'gridcell', className: 'message section-summary' },
      h('span', { className: 'section-title' }, ...richText(title, undefined, context.filter)),
      ...figures,
      link ? linkElement(link) : null,
    ),
  );
}

function linkElement(link: LogViewerLink): HTMLElement {
  const anchor = h('a', { className: 'host-link', href: '#', title: link.label }, codicon('history'), ` ${link.label}`);
  anchor.dataset.linkId = link.id;
  return anchor;
}

function renderGroup(element: HTMLElement, group: RequestGroup, context: RowContext): void {
  element.setAttribute('aria-expanded', String(!group.collapsed));
  if (group.level === 'error') element.classList.add('level-error');
  const count = group.lines.length === group.total ? `${group.total} lines` : `${group.lines.length} of ${group.total} lines`;
  element.replaceChildren(
    h('span', { role: 'gridcell', className: 'twisty' }, codicon(group.collapsed ? 'chevron-right' : 'chevron-down')),
    h(
      'span',
      { role: 'gridcell', className: 'time', title: formatDateTime(group.timestamp, context.zone) },
      formatTime(group.timestamp, context.zone),
    ),
    h(
      'span',
      { role: 'gridcell', className: 'level' },
      group.level === 'error' ? codicon('error', 'has errors') : codicon(group.ended ? 'pass' : 'loading', group.ended ? 'finished' : 'running'),
    ),
    h(
      'span',
      { role: 'gridcell', className: 'message group-summary' },
      h('span', { className: 'request-id' }, `RequestId ${group.requestId}`),
      // The count before the figures: on a narrow panel the row's end is what gets cut off.
      h('span', { className: 'figure muted' }, count),
      ...reportFigures(group.report),
    ),
  );
}

function reportFigures(report: LambdaReport | undefined): HTMLElement[] {
  if (!report) return [];
  const figures: [string, string | undefined][] = [
    ['duration', report.durationMs === undefined ? undefined : `${report.durationMs} ms`],
    ['billed', report.billedMs === undefined ? undefined : `billed ${report.billedMs} ms`],
    [
      'memory',
      report.maxMemoryMb === undefined
        ? undefined
        : `${report.maxMemoryMb}${report.memorySizeMb === undefined ? '' : ` / ${report.memorySizeMb}`} MB`,
    ],
    ['init', report.initMs === undefined ? undefined : `init ${report.initMs} ms`],
  ];
  return figures.filter(([, text]) => text !== undefined).map(([name, text]) => h('span', { className: `figure figure-${name}` }, text));
}

function renderDetail(element: HTMLElement, row: DetailRow, context: RowContext): void {
  if (row.foldPath !== undefined) element.setAttribute('aria-expanded', String(!row.folded));
  // CSSOM, not a style attribute: the page's CSP allows no inline styles.
  const indent = h('span', { className: 'detail-indent' });
  indent.style.width = `${row.depth * 2}ch`;
  const twisty = row.foldPath !== undefined ? codicon(row.folded ? 'chevron-right' : 'chevron-down') : null;
  const content: (Node | string)[] = [];
  if (row.key !== undefined) content.push(h('span', { className: 'json-key' }, JSON.stringify(row.key)), ': ');
  if (row.token && row.token !== 'text')
    content.push(h('span', { className: `json-${row.token}` }, ...richText(row.text, row.line, context.filter)));
  else content.push(...richText(row.text, row.line, context.filter));
  if (row.comma) content.push(',');
  element.replaceChildren(
    h('span', { role: 'gridcell', className: 'detail-gutter' }),
    h('span', { role: 'gridcell', className: 'message detail' }, indent, h('span', { className: 'detail-twisty' }, twisty), ...content),
  );
}

/** Text with filter matches marked and stack frames as links carrying the frame for openFrame. */
function richText(text: string, line: ParsedLine | undefined, filter: LogFilter): (Node | string)[] {
  const frames = line ? findFrames(text) : [];
  const out: (Node | string)[] = [];
  let at = 0;
  for (const frame of frames) {
    if (frame.start > at) out.push(...marked(text.slice(at, frame.start), filter));
    const link = h('a', { className: 'frame-link', href: '#', title: `Open ${frame.path}:${frame.line}` }, text.slice(frame.start, frame.end));
    link.dataset.path = frame.path;
    link.dataset.line = String(frame.line);
    if (frame.column !== undefined) link.dataset.column = String(frame.column);
    link.dataset.logGroup = line!.event.logGroup;
    out.push(link);
    at = frame.end;
  }
  if (at < text.length) out.push(...marked(text.slice(at), filter));
  return out;
}

function marked(text: string, filter: LogFilter): (Node | string)[] {
  const ranges = filter.highlights(text);
  if (ranges.length === 0) return [text];
  const out: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
