/**
 * Keys of the list (a focusable grid): arrows, PageUp/PageDown, Home/End move the active row
 * (Shift extends the selection), Enter or Right/Left expand and collapse, Space pauses, Ctrl/Cmd+C
 * copies the selection. Ctrl/Cmd+F anywhere in the panel focuses the filter.
 */
export interface ListKeyActions {
  move(delta: number, extend: boolean): void;
  moveTo(edge: 'first' | 'last', extend: boolean): void;
  pageSize(): number;
  toggle(): void;
  expand(open: boolean): void;
  togglePause(): void;
  copySelection(): void;
}

export function handleListKey(event: KeyboardEvent, actions: ListKeyActions): boolean {
  const command = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowDown':
      actions.move(1, event.shiftKey);
      return true;
    case 'ArrowUp':
      actions.move(-1, event.shiftKey);
      return true;
    case 'PageDown':
      actions.move(actions.pageSize(), event.shiftKey);
      return true;
    case 'PageUp':
      actions.move(-actions.pageSize(), event.shiftKey);
      return true;
    case 'Home':
      actions.moveTo('first', event.shiftKey);
      return true;
    case 'End':
      actions.moveTo('last', event.shiftKey);
      return true;
    case 'Enter':
      actions.toggle();
      return true;
    case 'ArrowRight':
      actions.expand(true);
      return true;
    case 'ArrowLeft':
      actions.expand(false);
      return true;
    case ' ':
      actions.togglePause();
      return true;
    case 'c':
    case 'C':
      if (!command) return false;
      actions.copySelection();
      return true;
    default:
      return false;
  }
}

/** Ctrl/Cmd+F: VS Code's webview find widget is off for this panel; the filter is its find. */
export function isFindKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'f' || event.key === 'F');
}
