/**
 * A list that puts only the rows in view (plus a few) in the DOM, at a fixed row height, whatever
 * the row count. It keeps a small pool of row elements and re-renders one only when the row it
 * shows changed. It follows the tail while scrolled to the bottom; scrolling up stops following,
 * and the rows under the reader stay put while old ones fall out of the buffer above them.
 */
const OVERSCAN = 8;

export interface VirtualListOptions<T> {
  viewport: HTMLElement;
  rowHeight: number;
  renderRow(element: HTMLElement, row: T, index: number): void;
  onFollowChange(following: boolean): void;
}

export class VirtualList<T> {
  private rows: readonly T[] = [];
  private readonly spacer: HTMLElement;
  private readonly pool: HTMLElement[] = [];
  private readonly shown = new WeakMap<HTMLElement, { row: T; index: number }>();
  private followingValue = true;

  constructor(private readonly options: VirtualListOptions<T>) {
    this.spacer = document.createElement('div');
    this.spacer.className = 'virtual-spacer';
    options.viewport.appendChild(this.spacer);
    options.viewport.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  get following(): boolean {
    return this.followingValue;
  }

  /** Replaces the rows, keeping the first row in view where it was if it is still there. */
  setRows(rows: readonly T[]): void {
    const viewport = this.options.viewport;
    const height = this.options.rowHeight;
    const anchorIndex = Math.floor(viewport.scrollTop / height);
    const anchor = this.followingValue ? undefined : this.rows[anchorIndex];
    const anchorOffset = viewport.scrollTop - anchorIndex * height;
    this.rows = rows;
    this.spacer.style.height = `${rows.length * height}px`;
    if (this.followingValue) {
      viewport.scrollTop = viewport.scrollHeight;
    } else if (anchor !== undefined) {
      const moved = rows.indexOf(anchor);
      if (moved !== -1 && moved !== anchorIndex) viewport.scrollTop = moved * height + anchorOffset;
    }
  }

  /** Renders the rows in view; `force` re-renders rows whose data did not change (a setting did). */
  render(force = false): void {
    const viewport = this.options.viewport;
    const height = this.options.rowHeight;
    const top = this.scrollTop();
    const first = Math.max(0, Math.floor(top / height) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((top + viewport.clientHeight) / height) + OVERSCAN);
    const needed = Math.max(0, last - first);
    while (this.pool.length < needed) {
      const element = document.createElement('div');
      this.pool.push(element);
      this.spacer.appendChild(element);
    }
    // Row `index` always lands in slot `index % pool size`: as the window slides while following,
    // only the elements of rows that came into view are rendered again; the others keep theirs.
    const size = this.pool.length;
    for (let slot = 0; slot < size; slot++) {
      const element = this.pool[slot];
      const index = first + ((slot - (first % size) + size) % size);
      if (index >= last) {
        if (!element.hidden) {
          // A spare element keeps nothing stale for a query or a screen reader to find.
          element.hidden = true;
          element.className = '';
          element.replaceChildren();
          this.shown.delete(element);
        }
        continue;
      }
      element.hidden = false;
      const row = this.rows[index];
      const previous = this.shown.get(element);
      if (!force && previous && previous.row === row && previous.index === index) continue;
      this.shown.set(element, { row, index });
      element.style.transform = `translateY(${index * height}px)`;
      this.options.renderRow(element, row, index);
    }
  }

  /** Scrolls just enough to show the row. */
  reveal(index: number): void {
    const viewport = this.options.viewport;
    const height = this.options.rowHeight;
    const top = index * height;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + height > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top + height - viewport.clientHeight;
  }

  /** Rows that fit in the viewport: the PageUp/PageDown step. */
  pageSize(): number {
    return Math.max(1, Math.floor(this.options.viewport.clientHeight / this.options.rowHeight) - 1);
  }

  /** The range of row indexes fully or partly in view. */
  visibleRange(): [number, number] {
    const viewport = this.options.viewport;
    const height = this.options.rowHeight;
    const top = this.scrollTop();
    return [Math.floor(top / height), Math.min(this.rows.length, Math.ceil((top + viewport.clientHeight) / height))];
  }

  /**
   * Where the viewport is scrolled to, within the rows there are now. When the rows shrink (a
   * filter), the browser may clamp `scrollTop` only at its next layout or scroll event; rendering
   * with the stale value would show an empty list until then.
   */
  private scrollTop(): number {
    const viewport = this.options.viewport;
    const bottom = Math.max(0, this.rows.length * this.options.rowHeight - viewport.clientHeight);
    return Math.min(viewport.scrollTop, bottom);
  }

  follow(following: boolean): void {
    if (following) this.options.viewport.scrollTop = this.options.viewport.scrollHeight;
    this.setFollowing(following);
  }

  private onScroll(): void {
    const viewport = this.options.viewport;
    const atBottom = viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - this.options.rowHeight / 2;
    this.setFollowing(atBottom);
    this.render();
  }

  private setFollowing(following: boolean): void {
    if (following === this.followingValue) return;
    this.followingValue = following;
    this.options.onFollowChange(following);
  }
}
