/**
 * One row of the timeline in the DOM, kept across snapshots: each part (name, bar, status, failure)
 * is redrawn only when its own data changed, so a snapshot touches the few rows that moved and a
 * focused row or button stays where it is.
 */
import type { ProjectLink } from 'amplify-lens-model/panels';
import { humanizeStackStatus } from 'amplify-lens-model/presentation';
import { codicon, h } from '../shared/dom';
import { statusIcon } from '../shared/status-view';
import { formatOffset } from '../shared/time-format';
import { segments, type TimelineRow } from './timeline-model';

export interface RowActions {
  openLink(link: ProjectLink): void;
  openInConsole(stackId: string): void;
  copy(text: string): void;
  toggle(key: string): void;
  activate(key: string): void;
}

export interface RowContext {
  startedAt: number;
  endedAt?: number;
  expanded: boolean;
}

export class TimelineRowView {
  readonly element: HTMLElement;
  private readonly name = h('div', { className: 'cell-name' });
  private readonly track = h('div', { className: 'track' });
  private readonly status = h('div', { className: 'cell-status' });
  private readonly failure = h('div', { className: 'failure' });
  private drawn = { name: '', bar: '', failure: '', row: '' };
  private active = false;

  constructor(
    readonly key: string,
    private readonly actions: RowActions,
  ) {
    this.element = h(
      'div',
      { className: 'row', role: 'treeitem', tabindex: -1, 'data-key': key, onFocusin: () => actions.activate(key) },
      this.name,
      h('div', { className: 'cell-bar' }, this.track),
      this.status,
    );
  }

  update(row: TimelineRow, context: RowContext): void {
    const last = row.changes.at(-1);
    const nameSignature = [row.label, row.detail, row.level, row.status, row.childKeys.length > 0, context.expanded].join('|');
    if (nameSignature !== this.drawn.name) {
      this.drawn.name = nameSignature;
      this.drawName(row, context.expanded);
    }
    const barSignature = [row.changes.length, last?.at, last?.status, context.startedAt, context.endedAt].join('|');
    if (barSignature !== this.drawn.bar) {
      this.drawn.bar = barSignature;
      this.drawBar(row, context);
    }
    const failureSignature = row.failure ? `${row.failure.reason}|${row.failure.link?.path}|${row.failure.link?.line}` : '';
    if (failureSignature !== this.drawn.failure) {
      this.drawn.failure = failureSignature;
      this.drawFailure(row);
    }
    // Even an unchanged value written to the DOM costs a style recalculation: write only changes.
    const rowSignature = [nameSignature, failureSignature].join('|');
    if (rowSignature === this.drawn.row) return;
    this.drawn.row = rowSignature;
    this.element.classList.toggle('failed', row.failure !== undefined);
    this.element.classList.toggle('stack', row.kind === 'stack');
    this.element.setAttribute('aria-level', String(row.level));
    this.element.style.setProperty('--level', String(row.level - 1));
    if (row.childKeys.length > 0) this.element.setAttribute('aria-expanded', String(context.expanded));
    else this.element.removeAttribute('aria-expanded');
    const state = row.status ? humanizeStackStatus(row.status) : 'waiting';
    const failure = row.failure ? `, failed: ${row.failure.reason}` : '';
    this.element.setAttribute('aria-label', `${row.label}, ${row.detail}, ${state}${failure}`);
  }

  /** The active row is the tree's one tab stop; its buttons join the tab order with it. */
  setActive(active: boolean): void {
    if (active === this.active && this.element.tabIndex === (active ? 0 : -1)) return;
    this.active = active;
    this.element.tabIndex = active ? 0 : -1;
    for (const button of this.element.querySelectorAll('button')) button.tabIndex = active ? 0 : -1;
  }

  private drawName(row: TimelineRow, expanded: boolean): void {
    const twisty =
      row.childKeys.length > 0
        ? h(
            'span',
            { className: 'twisty', onClick: (event) => (event.stopPropagation(), this.actions.toggle(row.key)) },
            codicon(expanded ? 'chevron-down' : 'chevron-right'),
          )
        : h('span', { className: 'twisty' });
    const consoleButton =
      row.stackId !== undefined
        ? this.button('link-external', `Open ${row.label} in the CloudFormation console`, () =>
            this.actions.openInConsole(row.stackId as string),
          )
        : undefined;
    this.name.replaceChildren(
      twisty,
      statusIcon(row.status),
      h('span', { className: 'label', title: row.label }, row.label),
      h('span', { className: 'detail muted', title: row.detail }, row.detail),
      consoleButton ?? '',
    );
  }

  private drawBar(row: TimelineRow, context: RowContext): void {
    this.track.replaceChildren(
      ...segments(row.changes, context.startedAt, context.endedAt).map((segment) => {
        const element = h('span', {
          className: `${segment.point ? 'marker' : 'segment'} tone-${segment.tone}${!segment.point && segment.to === undefined ? ' open' : ''}`,
          title: `${humanizeStackStatus(segment.status)} at ${formatOffset(segment.from)}`,
        });
        element.style.setProperty('--from', String(segment.from));
        if (segment.to !== undefined) element.style.setProperty('--to', String(segment.to));
        return element;
      }),
    );
    const last = row.changes.at(-1);
    this.status.replaceChildren(
      h('span', { className: 'status-label' }, last ? humanizeStackStatus(last.status) : 'waiting'),
      last ? h('span', { className: 'muted offset' }, formatOffset(Math.max(0, last.at - context.startedAt))) : '',
    );
  }

  private drawFailure(row: TimelineRow): void {
    const failure = row.failure;
    if (!failure) {
      this.failure.remove();
      return;
    }
    const link = failure.link;
    this.failure.replaceChildren(
      codicon('error'),
      h('span', { className: 'reason' }, failure.reason),
      link ? this.button('go-to-file', `Open ${link.label}`, () => this.actions.openLink(link), link.label) : '',
      this.button('copy', 'Copy the reason', () => this.actions.copy(failure.reason)),
    );
    this.element.append(this.failure);
  }

  private button(icon: string, label: string, run: () => void, text?: string): HTMLButtonElement {
    const button = h(
      'button',
      {
        className: text ? 'link' : 'icon',
        'aria-label': label,
        title: label,
        tabindex: this.active ? 0 : -1,
        onClick: (event) => (event.stopPropagation(), run()),
      },
      codicon(icon),
      text ? ` ${text}` : '',
    );
    return button;
  }
}
