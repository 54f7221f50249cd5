/** What the overview's buttons ask of the host (each becomes one intent message). */
import type { ProjectLink } from 'amplify-lens-model/panels';
import { codicon, h } from '../shared/dom';

export interface OverviewActions {
  refresh(): void;
  copyOutput(label: string, source: string): void;
  openLink(link: ProjectLink): void;
  openStackInConsole(stackId: string): void;
  runCommand(command: string): void;
}

/** An icon button: its label is its accessible name and tooltip; `focusKey` lets a re-render refocus it. */
export function iconButton(icon: string, label: string, focusKey: string, run: () => void): HTMLButtonElement {
  return h('button', { className: 'icon', 'aria-label': label, title: label, 'data-focus-key': focusKey, onClick: run }, codicon(icon));
}

/** A link-styled button to a project file (`amplify/backend/api/blog/schema.graphql`). */
export function fileLink(link: ProjectLink, actions: OverviewActions): HTMLButtonElement {
  return h(
    'button',
    { className: 'link', title: `Open ${link.label}`, 'data-focus-key': `link:${link.path}`, onClick: () => actions.openLink(link) },
    codicon('go-to-file'),
    ` ${link.label}`,
  );
}
