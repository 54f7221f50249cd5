/** The overview's header (which environment, its health, where it lives) and its problem banner. */
import type { EnvironmentOverview, EnvironmentHealth } from 'amplify-lens-model/panels';
import { healthPresentation } from 'amplify-lens-model/presentation';
import { codicon, h } from '../shared/dom';
import { themedIcon } from '../shared/status-view';
import { formatUtc } from '../shared/time-format';
import type { OverviewActions } from './overview-actions';

const KIND_TITLES: Record<EnvironmentOverview['kind'], string> = {
  'gen1-env': 'Gen 1 environment',
  'gen2-sandbox': 'Gen 2 sandbox',
  'gen2-branch': 'Gen 2 branch deployment',
};

export function overviewHeader(overview: EnvironmentOverview, actions: OverviewActions, refreshing: boolean): HTMLElement {
  const health = healthPresentation(overview.health as EnvironmentHealth);
  const current = overview.isCurrent ? h('span', { className: 'badge current' }, overview.kind === 'gen2-sandbox' ? 'your sandbox' : 'current') : '';
  const facts: [string, string | undefined][] = [
    ['Region', overview.region],
    ['Profile', overview.profile],
    ['Last deploy', overview.lastDeployedAt !== undefined ? formatUtc(overview.lastDeployedAt) : 'never'],
  ];
  return h(
    'header',
    { className: 'overview-header' },
    h(
      'div',
      { className: 'title-line' },
      h('h1', {}, overview.name),
      h('span', { className: 'badge' }, KIND_TITLES[overview.kind]),
      current,
      h('span', { className: 'spacer' }),
      refreshing ? h('span', { className: 'muted', role: 'status' }, themedIcon({ id: 'loading~spin' }), ' Refreshing…') : '',
      h('button', { className: 'secondary', 'data-focus-key': 'refresh', onClick: () => actions.refresh() }, codicon('refresh'), ' Refresh'),
    ),
    h(
      'p',
      { className: `health health-${overview.health}` },
      themedIcon(health.icon),
      h('strong', {}, health.title),
      overview.healthReason ? h('span', { className: 'muted' }, ` — ${overview.healthReason}`) : '',
    ),
    h(
      'dl',
      { className: 'facts' },
      ...facts.filter(([, value]) => value !== undefined).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
  );
}

export function problemBanner(problem: NonNullable<EnvironmentOverview['problem']>, actions: OverviewActions): HTMLElement {
  const action = problem.action;
  return h(
    'div',
    { className: 'problem', role: 'alert' },
    codicon('warning'),
    h('span', { className: 'problem-message' }, problem.message),
    action ? h('button', { 'data-focus-key': 'problem-action', onClick: () => actions.runCommand(action.command) }, action.title) : '',
  );
}
