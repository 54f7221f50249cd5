/**
 * The toolbar: filter box (text or /regex/, with invalid-pattern feedback), level toggles, and the
 * view's switches and actions. It only reports what the user asked; the viewer owns the state.
 */
import { codicon, h } from '../shared/dom';
import type { LogTimeZone, LogViewerMode } from 'amplify-lens-model/panels';
import { LOG_LEVELS, type LogLevel } from './log-line-types';

export interface ToolbarActions {
  filterChanged(text: string): void;
  levelToggled(level: LogLevel): void;
  groupToggled(): void;
  zoneToggled(): void;
  pauseToggled(): void;
  copy(): void;
  exportAs(format: 'text' | 'jsonl'): void;
  clear(): void;
  stop(): void;
  /** Escape or Enter in the filter box: back to the list. */
  leaveFilter(): void;
}

export interface ToolbarView {
  element: HTMLElement;
  filterInput: HTMLInputElement;
  update(state: {
    levels: ReadonlySet<LogLevel>;
    grouped: boolean;
    zone: LogTimeZone;
    paused: boolean;
    filterError?: string;
    canStop: boolean;
    mode?: LogViewerMode;
  }): void;
}

export function createToolbar(actions: ToolbarActions): ToolbarView {
  const filterInput = h('input', {
    type: 'text',
    className: 'filter-input',
    placeholder: 'Filter (text or /regex/)',
    'aria-label': 'Filter log lines, text or /regular expression/',
    spellcheck: 'false',
  });
  let debounce: number | undefined;
  filterInput.addEventListener('input', () => {
    // A 10,000-line buffer refilters in a few milliseconds; the short debounce just spares the
    // half-typed words of a fast typist.
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => actions.filterChanged(filterInput.value), 60);
  });
  filterInput.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      if (event.key === 'Escape' && filterInput.value) {
        filterInput.value = '';
        actions.filterChanged('');
      }
      actions.leaveFilter();
    }
  });
  const filterError = h('span', { className: 'filter-error', role: 'alert' });
  const levelButtons = LOG_LEVELS.map((level) => {
    const button = h(
      'button',
      {
        className: `toggle level-toggle level-${level}`,
        title: `Show ${level} lines`,
        'aria-pressed': 'true',
        onclick: () => actions.levelToggled(level),
      },
      level.toUpperCase(),
    );
    button.dataset.level = level;
    return button;
  });
  const iconButton = (icon: string, label: string, onclick: () => void, name: string) => {
    const button = h('button', { className: 'icon', title: label, 'aria-label': label, onclick }, codicon(icon));
    button.dataset.action = name;
    return button;
  };
  const groupButton = h(
    'button',
    { className: 'toggle', title: 'Group lines by Lambda request id', 'aria-pressed': 'false', onclick: () => actions.groupToggled() },
    codicon('list-tree'),
    ' Requests',
  );
  groupButton.dataset.action = 'group';
  const zoneButton = h(
    'button',
    { className: 'toggle', title: 'Show times in UTC or local time', onclick: () => actions.zoneToggled() },
    'Local',
  );
  zoneButton.dataset.action = 'zone';
  const pauseButton = iconButton('debug-pause', 'Pause (Space)', () => actions.pauseToggled(), 'pause');
  const stopButton = iconButton('debug-stop', 'Stop tailing', () => actions.stop(), 'stop');
  const element = h(
    'div',
    { className: 'toolbar', role: 'toolbar', 'aria-label': 'Log viewer' },
    h('div', { className: 'filter' }, codicon('filter'), filterInput, filterError),
    h('div', { className: 'levels', role: 'group', 'aria-label': 'Levels' }, ...levelButtons),
    groupButton,
    zoneButton,
    h('span', { className: 'separator' }),
    pauseButton,
    stopButton,
    iconButton('copy', 'Copy selected lines (or the lines in view)', () => actions.copy(), 'copy'),
    iconButton('export', 'Export as text', () => actions.exportAs('text'), 'export-text'),
    iconButton('json', 'Export as JSON Lines', () => actions.exportAs('jsonl'), 'export-jsonl'),
    iconButton('clear-all', 'Clear', () => actions.clear(), 'clear'),
  );

  let shownMode: LogViewerMode = 'logs';
  return {
    element,
    filterInput,
    update(state) {
      const mode = state.mode ?? 'logs';
      if (mode !== shownMode) {
        // The same switch folds a build log into its steps, phases and commands.
        shownMode = mode;
        groupButton.replaceChildren(codicon('list-tree'), mode === 'build' ? ' Sections' : ' Requests');
        groupButton.title = mode === 'build' ? 'Fold the build log by step, build, phase and command' : 'Group lines by Lambda request id';
        stopButton.title = mode === 'build' ? 'Stop following the build log' : 'Stop tailing';
        stopButton.setAttribute('aria-label', stopButton.title);
      }
      for (const button of levelButtons) button.setAttribute('aria-pressed', String(state.levels.has(button.dataset.level as LogLevel)));
      groupButton.setAttribute('aria-pressed', String(state.grouped));
      zoneButton.textContent = state.zone === 'utc' ? 'UTC' : 'Local';
      zoneButton.setAttribute('aria-label', state.zone === 'utc' ? 'Times in UTC; switch to local time' : 'Times in local time; switch to UTC');
      pauseButton.replaceChildren(codicon(state.paused ? 'debug-continue' : 'debug-pause'));
      pauseButton.title = state.paused ? 'Resume (Space)' : 'Pause (Space)';
      pauseButton.setAttribute('aria-label', state.paused ? 'Resume' : 'Pause');
      pauseButton.setAttribute('aria-pressed', String(state.paused));
      stopButton.disabled = !state.canStop;
      filterError.textContent = state.filterError ? `Invalid regular expression: ${state.filterError}` : '';
      filterInput.classList.toggle('invalid', Boolean(state.filterError));
      filterInput.setAttribute('aria-invalid', String(Boolean(state.filterError)));
    },
  };
}
