/**
 * The panel's DOM: header, toolbar, the virtual list and its "N new ↓" button, wired to the
 * controller. Every change marks the view dirty; one requestAnimationFrame callback renders it, so
 * a burst of batches costs one render, never one per event.
 */
import { h } from '../shared/dom';
import type { LogViewerController } from './log-viewer-controller';
import { handleListKey, isFindKey } from './log-keyboard';
import { createStateHeader } from './log-state-header';
import { createToolbar, type ToolbarView } from './log-toolbar';
import { renderRow } from './log-row-renderer';
import type { LogRow } from './log-rows-model';
import { VirtualList } from './virtual-list';

export const ROW_HEIGHT = 20;

export class LogViewerView {
  readonly header = createStateHeader();
  readonly toolbar: ToolbarView;
  private readonly viewport: HTMLElement;
  private readonly newButton: HTMLButtonElement;
  private readonly list: VirtualList<LogRow>;
  private scheduled = false;
  private forceRender = true;

  constructor(
    private readonly root: HTMLElement,
    private readonly viewer: LogViewerController,
    private readonly saveState: () => void,
  ) {
    this.toolbar = createToolbar({
      filterChanged: (text) => this.change(() => viewer.setFilter(text), true),
      levelToggled: (level) => this.change(() => viewer.toggleLevel(level), true),
      groupToggled: () => this.change(() => viewer.toggleGrouped(), true),
      zoneToggled: () => this.change(() => (viewer.zone = viewer.zone === 'utc' ? 'local' : 'utc')),
      pauseToggled: () => this.togglePause(),
      copy: () => this.copy(),
      exportAs: (format) => viewer.exportAs(format),
      clear: () => this.change(() => viewer.clear()),
      stop: () => viewer.stopFeed(),
      leaveFilter: () => this.viewport.focus(),
    });
    this.viewport = h('div', { className: 'log-list', role: 'grid', tabindex: 0, 'aria-label': 'Log lines', 'aria-readonly': 'true' });
    this.newButton = h('button', { className: 'new-lines', hidden: true, onclick: () => this.followTail() });
    this.list = new VirtualList<LogRow>({
      viewport: this.viewport,
      rowHeight: ROW_HEIGHT,
      renderRow: (element, row, index) =>
        renderRow(element, row, index, {
          zone: viewer.zone,
          filter: viewer.filter,
          grouped: viewer.grouped,
          expanded: viewer.expanded,
          isSelected: (at) => viewer.selection.isSelected(at),
          activeIndex: viewer.selection.activeIndex,
          mode: viewer.mode,
          collapsed: viewer.collapsedGroups,
          stepHeaders: viewer.stepHeaders,
          links: viewer.links,
        }),
      onFollowChange: (following) => {
        viewer.setFollowing(following);
        this.schedule();
      },
    });
    root.replaceChildren(this.header.element, this.toolbar.element, h('div', { className: 'list-area' }, this.viewport, this.newButton));
    this.header.element.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.host-link') : null;
      if (!link?.dataset.linkId) return;
      event.preventDefault();
      viewer.openLink(link.dataset.linkId);
    });
    this.viewport.addEventListener('keydown', (event) => this.onListKey(event));
    this.viewport.addEventListener('click', (event) => this.onClick(event));
    this.viewport.addEventListener('dblclick', (event) => this.onDoubleClick(event));
    window.addEventListener('keydown', (event) => {
      if (!isFindKey(event)) return;
      event.preventDefault();
      this.toolbar.filterInput.focus();
      this.toolbar.filterInput.select();
    });
    this.toolbar.filterInput.value = viewer.filterText;
  }

  /** Marks the view dirty and renders at the next animation frame. */
  schedule(force = false): void {
    this.forceRender ||= force;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.frame());
  }

  private change(apply: () => void, save = false): void {
    apply();
    if (save) this.saveState();
    this.schedule(true);
  }

  private frame(): void {
    this.scheduled = false;
    const viewer = this.viewer;
    if (viewer.rebuild()) this.list.setRows(viewer.rows);
    this.list.render(this.forceRender);
    this.forceRender = false;
    const active = viewer.selection.activeIndex;
    this.viewport.setAttribute('aria-rowcount', String(viewer.rows.length));
    if (active >= 0 && this.root.querySelector('#log-active-row')) this.viewport.setAttribute('aria-activedescendant', 'log-active-row');
    else this.viewport.removeAttribute('aria-activedescendant');
    const shown = viewer.rows.length;
    this.header.setCounts({
      received: viewer.received,
      buffered: viewer.buffer.length,
      shown,
      dropped: viewer.droppedByHost,
      paused: viewer.paused,
    });
    this.toolbar.update({
      levels: viewer.levels,
      grouped: viewer.grouped,
      zone: viewer.zone,
      paused: viewer.paused,
      filterError: viewer.filter.error,
      canStop: viewer.canStop(),
      mode: viewer.mode,
    });
    const showNew = (viewer.paused || !viewer.following) && viewer.newCount > 0;
    this.newButton.hidden = !showNew;
    if (showNew) this.newButton.textContent = `${viewer.newCount.toLocaleString('en-US')} new ↓`;
    // Figures the tests and the benchmark read without parsing the header's words.
    this.root.dataset.received = String(viewer.received);
    this.root.dataset.buffered = String(viewer.buffer.length);
    this.root.dataset.rows = String(shown);
    this.root.dataset.following = String(viewer.following);
    this.root.dataset.newestId = viewer.buffer.at(viewer.buffer.length - 1)?.event.id ?? '';
  }

  togglePause(): void {
    const paused = !this.viewer.paused;
    this.viewer.setPaused(paused);
    this.header.announce(paused ? 'Paused; new lines are kept and shown on resume' : 'Resumed');
    this.schedule(true);
  }

  private followTail(): void {
    if (this.viewer.paused) this.togglePause();
    this.list.follow(true);
    this.viewer.setFollowing(true);
    this.schedule(true);
  }

  private moveTo(index: number, extend: boolean): void {
    const viewer = this.viewer;
    viewer.selection.set(viewer.rows, index, extend);
    this.list.reveal(viewer.selection.activeIndex);
    this.schedule(true);
  }

  private onListKey(event: KeyboardEvent): void {
    const viewer = this.viewer;
    const handled = handleListKey(event, {
      move: (delta, extend) => {
        const active = viewer.selection.activeIndex;
        // With no active row yet, the first key lands on the edge of what is in view.
        const [first, end] = this.list.visibleRange();
        this.moveTo(active === -1 ? (delta > 0 ? first : end - 1) : active + delta, extend);
      },
      moveTo: (edge, extend) => {
        this.moveTo(edge === 'first' ? 0 : viewer.rows.length - 1, extend);
        if (edge === 'last') this.followTail();
      },
      pageSize: () => this.list.pageSize(),
      toggle: () => this.toggleActive(),
      expand: (open) => {
        const row = viewer.selection.activeRow;
        if (row && isOpen(row, viewer) !== open) this.toggleActive();
      },
      togglePause: () => this.togglePause(),
      copySelection: () => this.copy(),
    });
    if (handled) event.preventDefault();
  }

  private toggleActive(): void {
    const row = this.viewer.selection.activeRow;
    if (row && this.viewer.toggleRow(row)) this.schedule(true);
  }

  private rowIndexOf(target: EventTarget | null): number {
    const element = target instanceof Element ? target.closest<HTMLElement>('.log-row') : null;
    return element?.dataset.index === undefined ? -1 : Number(element.dataset.index);
  }

  private onClick(event: MouseEvent): void {
    const hostLink = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.host-link') : null;
    if (hostLink) {
      event.preventDefault();
      if (hostLink.dataset.linkId) this.viewer.openLink(hostLink.dataset.linkId);
      return;
    }
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.frame-link') : null;
    if (link) {
      event.preventDefault();
      const { path, line, column, logGroup } = link.dataset;
      this.viewer.openFrame({
        logGroup: logGroup ?? '',
        path: path ?? '',
        line: Number(line),
        column: column === undefined ? undefined : Number(column),
      });
      return;
    }
    const index = this.rowIndexOf(event.target);
    if (index === -1) return;
    this.viewer.selection.set(this.viewer.rows, index, event.shiftKey);
    const onTwisty = event.target instanceof Element && event.target.closest('.twisty, .detail-twisty');
    if (onTwisty) this.viewer.toggleRow(this.viewer.rows[index]);
    this.schedule(true);
  }

  private onDoubleClick(event: MouseEvent): void {
    const index = this.rowIndexOf(event.target);
    if (index === -1 || (event.target instanceof Element && event.target.closest('.twisty, .detail-twisty, a'))) return;
    if (this.viewer.toggleRow(this.viewer.rows[index])) this.schedule(true);
  }

  /** The selection, or with none the lines in view. */
  private copy(): void {
    const viewer = this.viewer;
    const range = viewer.selection.range() ?? ((visible) => [visible[0], visible[1] - 1] as [number, number])(this.list.visibleRange());
    viewer.copyLines(viewer.linesOfRows(range[0], range[1]));
  }
}

function isOpen(row: LogRow, viewer: LogViewerController): boolean {
  if (row.kind === 'section') return !viewer.collapsedGroups.has(row.key);
  if (row.kind === 'group') return !row.collapsed;
  if (row.kind === 'line') return viewer.expanded.has(row.seq);
  return row.foldPath !== undefined && !row.folded;
}
