/**
 * A table built from data, keyboard-usable: it is one tab stop (its active row), Up/Down/Home/End
 * move between rows, and the buttons in a row stay in the normal tab order. Headers are real
 * `<th scope="col">`, so screen readers announce each cell with its column.
 */
import { append, h } from './dom';

type Cell = Node | string | number | false | null | undefined;

export interface TableColumn<T> {
  title: string;
  cell(row: T): Cell | Cell[];
  className?: string;
}

export interface TableOptions<T> {
  /** What the table lists, for its accessible name. */
  label: string;
  /** Stable across re-renders, so focus can be restored to the same row. */
  rowKey(row: T): string;
  rowClass?(row: T): string | undefined;
  /** A row's accessible summary, when its cells alone would read poorly. */
  rowLabel?(row: T): string;
}

export function dataTable<T>(columns: readonly TableColumn<T>[], rows: readonly T[], options: TableOptions<T>): HTMLTableElement {
  const body = h('tbody', {});
  rows.forEach((row, index) => {
    const tr = h('tr', {
      tabindex: index === 0 ? 0 : -1,
      className: options.rowClass?.(row),
      'data-focus-key': `row:${options.label}:${options.rowKey(row)}`,
      'aria-label': options.rowLabel?.(row),
    });
    for (const column of columns) {
      const td = h('td', { className: column.className });
      const content = column.cell(row);
      append(td, Array.isArray(content) ? content : [content]);
      tr.append(td);
    }
    body.append(tr);
  });
  body.addEventListener('keydown', (event) => moveBetweenRows(body, event));
  body.addEventListener('focusin', (event) => {
    const row = (event.target as Element).closest('tr');
    if (row) for (const each of body.rows) each.tabIndex = each === row ? 0 : -1;
  });
  return h(
    'table',
    { className: 'data-table', 'aria-label': options.label },
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col', className: column.className }, column.title)))),
    body,
  );
}

function moveBetweenRows(body: HTMLTableSectionElement, event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  // Only a focused row moves; keys on a button or link inside it are theirs.
  if (target.tagName !== 'TR') return;
  const rows = [...body.rows];
  const index = rows.indexOf(target as HTMLTableRowElement);
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
}
