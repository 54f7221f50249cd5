/**
 * The environment overview panel: one environment's stacks, resources, outputs and last deploy,
 * rendered from the host's messages. A re-render (after Refresh) puts focus back on the same
 * button or row and keeps the scroll position, so keyboard users do not lose their place.
 */
import type { EnvironmentOverview, EnvironmentOverviewFromWebview, EnvironmentOverviewToWebview } from 'amplify-lens-model/panels';
import { h } from '../shared/dom';
import { themedIcon } from '../shared/status-view';
import { panelChannel } from '../shared/vscode-api';
import type { OverviewActions } from './overview-actions';
import { overviewHeader, problemBanner } from './overview-header';
import { eventsSection, outputsSection, resourcesSection, stacksSection } from './overview-sections';
import './environment-overview.css';

const channel = panelChannel<EnvironmentOverviewFromWebview>();
const app = document.getElementById('app') as HTMLElement;
let shown: EnvironmentOverview | undefined;

const actions: OverviewActions = {
  refresh: () => {
    channel.post({ type: 'refresh' });
    if (shown) render(() => view(shown as EnvironmentOverview, true));
  },
  copyOutput: (label, source) => channel.post({ type: 'copyOutput', label, source }),
  openLink: (link) => channel.post({ type: 'openLink', link }),
  openStackInConsole: (stackId) => channel.post({ type: 'openStackInConsole', stackId }),
  runCommand: (command) => channel.post({ type: 'runCommand', command }),
};

function view(overview: EnvironmentOverview, refreshing: boolean): Node[] {
  return [
    overviewHeader(overview, actions, refreshing),
    overview.problem ? problemBanner(overview.problem, actions) : '',
    h(
      'div',
      { className: 'sections' },
      stacksSection(overview, actions),
      resourcesSection(overview, actions),
      outputsSection(overview, actions),
      eventsSection(overview),
    ),
  ].filter((node): node is HTMLElement => typeof node !== 'string');
}

function render(build: () => Node[]): void {
  const focusKey = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey;
  const scroll = window.scrollY;
  app.replaceChildren(...build());
  window.scrollTo(0, scroll);
  if (focusKey)
    [...app.querySelectorAll<HTMLElement>('[data-focus-key]')]
      .find((element) => element.dataset.focusKey === focusKey)
      ?.focus({ preventScroll: true });
}

channel.onMessage<EnvironmentOverviewToWebview>((message) => {
  switch (message.type) {
    case 'overview':
      shown = message.overview;
      render(() => view(message.overview, false));
      break;
    case 'loading':
      // A refresh keeps what is on screen and says it is refreshing; a first load has nothing yet.
      if (shown?.name === message.name) render(() => view(shown as EnvironmentOverview, true));
      else
        render(() => [h('p', { className: 'loading muted', role: 'status' }, themedIcon({ id: 'loading~spin' }), ` Loading ${message.name}…`)]);
      break;
    case 'problem':
      shown = undefined;
      render(() => [problemBanner(message, actions)]);
      break;
  }
});
channel.post({ type: 'ready' });
