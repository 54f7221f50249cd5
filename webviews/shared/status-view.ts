/**
 * CloudFormation statuses as both panels show them, in the words and icons of the Amplify tree
 * views (client/src/views): the same status reads the same in the sidebar and in a panel. Theme
 * color ids (`testing.iconPassed`) become the CSS variables VS Code sets on a webview's page.
 */
import { UNKNOWN_STATUS_PRESENTATION, isFailed, isInProgress, stackStatusPresentation } from 'amplify-lens-model/presentation';
import { codicon, h } from './dom';

/** The colour family of a status on a chart: in progress, complete, failed, rolled back, gone. */
export type StatusTone = 'progress' | 'complete' | 'failed' | 'rollback' | 'gone';

export function statusTone(status: string): StatusTone {
  if (isFailed(status)) return 'failed';
  if (status.includes('ROLLBACK')) return 'rollback';
  if (isInProgress(status)) return 'progress';
  if (status === 'DELETE_COMPLETE' || status === 'DELETE_SKIPPED') return 'gone';
  return 'complete';
}

/** `--vscode-testing-iconPassed` for `testing.iconPassed`, as VS Code names its webview variables. */
export function themeColorVariable(colorId: string): string {
  return `--vscode-${colorId.replace(/\./g, '-')}`;
}

/** A codicon id of the views (`sync~spin`) as a codicon element, coloured by its theme color. */
export function themedIcon(icon: { id: string; color?: string }, label?: string): HTMLElement {
  const [id, modifier] = icon.id.split('~');
  const element = codicon(id ?? icon.id, label);
  if (modifier) element.classList.add(`codicon-modifier-${modifier}`);
  if (icon.color) element.style.color = `var(${themeColorVariable(icon.color)}, ${fallbackColor(icon.color)})`;
  return element;
}

/**
 * Icon and words of a stack or resource status ("update complete"). Without a status it is "not
 * deployed", unless `unknown` says the status could not be read: then it is unknown.
 */
export function statusView(status: string | undefined, unknown = false): HTMLElement {
  if (!status && unknown)
    return h(
      'span',
      { className: 'status status-tone-unknown' },
      themedIcon(UNKNOWN_STATUS_PRESENTATION.icon),
      ' ',
      UNKNOWN_STATUS_PRESENTATION.label,
    );
  const presentation = stackStatusPresentation(status);
  return h(
    'span',
    { className: `status status-tone-${status ? statusTone(status) : 'gone'}` },
    themedIcon(presentation.icon),
    ' ',
    presentation.label,
  );
}

export function statusIcon(status: string | undefined): HTMLElement {
  const presentation = stackStatusPresentation(status);
  return themedIcon(presentation.icon, presentation.label);
}

/** Themes that predate a color id still define these older ones. */
function fallbackColor(colorId: string): string {
  if (colorId === 'testing.iconFailed') return 'var(--vscode-errorForeground)';
  if (colorId === 'testing.iconPassed') return 'var(--vscode-charts-green)';
  if (colorId.includes('warning')) return 'var(--vscode-editorWarning-foreground)';
  return 'currentColor';
}
