/**
 * The rows of the timeline as an ARIA tree: one tab stop (the active row), arrows to move,
 * Left/Right to collapse and expand, Enter to open a failure's file (or a stack in the console).
 * Snapshots update the rows in place by key and move only rows that changed place, so focus and
 * scroll survive a deploy's hundreds of updates.
 */
import type { DeployTimelineSnapshot } from 'amplify-lens-model/panels';
import { h } from '../shared/dom';
import { visibleRows, type TimelineRow } from './timeline-model';
import { TimelineRowView, type RowActions } from './timeline-row-view';

export interface TreeState {
  collapsed: Set<string>;
  failuresOnly: boolean;
  activeKey?: string;
}

export type TreeActions = Omit<RowActions, 'toggle' | 'activate'> & { stateChanged(): void };

export class TimelineTree {
  readonly element = h('div', { className: 'tree', role: 'tree', 'aria-label': 'Stacks and resources' });
  private readonly views = new Map<string, TimelineRowView>();
  private rows: TimelineRow[] = [];
  private shown: TimelineRow[] = [];
  private snapshot: DeployTimelineSnapshot | undefined;
  private span = 0;
  private readonly clock = new CSSStyleSheet();

  constructor(
    private readonly state: TreeState,
    private readonly actions: TreeActions,
  ) {
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.clock];
  }

  render(snapshot: DeployTimelineSnapshot, rows: TimelineRow[]): void {
    this.snapshot = snapshot;
    this.rows = rows;
    const keys = new Set(rows.map((row) => row.key));
    for (const [key, view] of this.views) {
      if (keys.has(key)) continue;
      view.element.remove();
      this.views.delete(key);
    }
    this.layout();
  }

  /**
   * The axis' length and "now" in ms. Bars are sized against them in CSS, so no row is redrawn as
   * time passes; "now" lives in a style rule of its own, which restyles only the open bars.
   */
  setAxis(span: number, now: number): void {
    if (span !== this.span) {
      this.span = span;
      this.element.style.setProperty('--span', String(span));
    }
    this.clock.replaceSync(`.segment.open { --now: ${now}; }`);
  }

  setFailuresOnly(failuresOnly: boolean): void {
    this.state.failuresOnly = failuresOnly;
    this.layout();
    this.actions.stateChanged();
  }

  get visibleCount(): number {
    return this.shown.length;
  }

  private layout(): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    this.shown = visibleRows(this.rows, this.state.collapsed, this.state.failuresOnly);
    const shownKeys = new Set(this.shown.map((row) => row.key));
    for (const [key, view] of this.views) if (!shownKeys.has(key)) view.element.remove();
    let next: ChildNode | null = this.element.firstChild;
    for (const row of this.shown) {
      const view = this.viewOf(row.key);
      view.update(row, { startedAt: snapshot.startedAt, endedAt: snapshot.endedAt, expanded: !this.state.collapsed.has(row.key) });
      // Only rows out of place move: moving a node would blur it if it had focus.
      if (view.element === next) next = next.nextSibling;
      else this.element.insertBefore(view.element, next);
    }
    if (!this.state.activeKey || !shownKeys.has(this.state.activeKey)) this.state.activeKey = this.shown[0]?.key;
    for (const [key, view] of this.views) view.setActive(key === this.state.activeKey);
  }

  private viewOf(key: string): TimelineRowView {
    let view = this.views.get(key);
    if (!view) {
      view = new TimelineRowView(key, {
        ...this.actions,
        toggle: (rowKey) => this.toggle(rowKey),
        activate: (rowKey) => this.activate(rowKey, false),
      });
      this.views.set(key, view);
    }
    return view;
  }

  private activate(key: string, focus: boolean): void {
    if (this.state.activeKey !== key) {
      this.views.get(this.state.activeKey ?? '')?.setActive(false);
      this.state.activeKey = key;
      this.views.get(key)?.setActive(true);
      this.actions.stateChanged();
    }
    const element = focus ? this.views.get(key)?.element : undefined;
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
    }
  }

  private toggle(key: string, expand?: boolean): void {
    const collapsed = this.state.collapsed;
    const willExpand = expand ?? collapsed.has(key);
    if (willExpand === !collapsed.has(key)) return;
    if (willExpand) collapsed.delete(key);
    else collapsed.add(key);
    this.layout();
    this.actions.stateChanged();
  }

  private onKey(event: KeyboardEvent): void {
    // Keys on a row's own buttons belong to the buttons (Enter/Space press them).
    if (event.target instanceof HTMLButtonElement) return;
    const index = this.shown.findIndex((row) => row.key === this.state.activeKey);
    const row = this.shown[index];
    if (!row) return;
    const move = (to: number) => {
      const target = this.shown[Math.max(0, Math.min(this.shown.length - 1, to))];
      if (target) this.activate(target.key, true);
    };
    const expandable = row.childKeys.length > 0;
    const expanded = expandable && !this.state.collapsed.has(row.key);
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(this.shown.length - 1);
        break;
      case 'PageDown':
        move(index + 10);
        break;
      case 'PageUp':
        move(index - 10);
        break;
      case 'ArrowRight':
        if (expandable && !expanded) this.toggle(row.key, true);
        else if (expanded) move(index + 1);
        break;
      case 'ArrowLeft':
        if (expanded) this.toggle(row.key, false);
        else if (row.parentKey) this.activate(row.parentKey, true);
        break;
      case 'Enter':
        if (row.failure?.link) this.actions.openLink(row.failure.link);
        else if (row.stackId) this.actions.openInConsole(row.stackId);
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}
