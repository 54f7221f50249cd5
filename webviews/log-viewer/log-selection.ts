/**
 * The active row and the selected range, held by row identity rather than index: rows shift as
 * old lines fall out of the buffer and new ones arrive, and the selection must stay on its lines.
 * Group headers and detail rows are rebuilt each frame, so they compare by what they stand for.
 */
import type { LogRow } from './log-rows-model';

export function sameRow(a: LogRow | undefined, b: LogRow | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.kind === 'group' && b.kind === 'group') return a.requestId === b.requestId;
  if (a.kind === 'detail' && b.kind === 'detail')
    return a.line === b.line && a.foldPath === b.foldPath && a.text === b.text && a.depth === b.depth;
  return false;
}

export class RowSelection {
  private active?: LogRow;
  private anchor?: LogRow;
  activeIndex = -1;
  private anchorIndex = -1;

  /** Finds the rows again after a rebuild; a row that fell out of the buffer drops the selection. */
  locate(rows: readonly LogRow[]): void {
    this.activeIndex = this.find(rows, this.active, this.activeIndex);
    this.anchorIndex = this.find(rows, this.anchor, this.anchorIndex);
    if (this.activeIndex === -1) this.active = this.anchor = undefined;
    if (this.anchorIndex === -1) {
      this.anchor = this.active;
      this.anchorIndex = this.activeIndex;
    }
  }

  /** Moves the active row; `extend` keeps the anchor (Shift), else the selection is that row. */
  set(rows: readonly LogRow[], index: number, extend: boolean): void {
    if (rows.length === 0) return;
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    this.active = rows[clamped];
    this.activeIndex = clamped;
    if (!extend || !this.anchor) {
      this.anchor = this.active;
      this.anchorIndex = clamped;
    }
  }

  clear(): void {
    this.active = this.anchor = undefined;
    this.activeIndex = this.anchorIndex = -1;
  }

  get activeRow(): LogRow | undefined {
    return this.active;
  }

  isSelected(index: number): boolean {
    if (this.activeIndex === -1) return false;
    return index >= Math.min(this.anchorIndex, this.activeIndex) && index <= Math.max(this.anchorIndex, this.activeIndex);
  }

  /** Indexes of the selected rows, first to last. */
  range(): [number, number] | undefined {
    if (this.activeIndex === -1) return undefined;
    return [Math.min(this.anchorIndex, this.activeIndex), Math.max(this.anchorIndex, this.activeIndex)];
  }

  private find(rows: readonly LogRow[], row: LogRow | undefined, hint: number): number {
    if (!row) return -1;
    // Rows mostly shift up by the number of evicted lines: search back from the old index first.
    for (let index = Math.min(hint, rows.length - 1); index >= 0; index--) if (sameRow(rows[index], row)) return index;
    for (let index = Math.max(hint + 1, 0); index < rows.length; index++) if (sameRow(rows[index], row)) return index;
    return -1;
  }
}
