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
  const current = overview.isCurrent
    ? h('span', { className: 'badge current' }, overview.kind === 'gen2-sandbox' ? 'your sandbox' : 'current')
    : '';
  const facts: [string, string | undefined][] = [
    ['Region', overview.region],
    ['Profile', overview.profile],
    ['Last deploy', lastDeploy(overview)],
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
    overview.stale
      ? h(
          'p',
          { className: 'stale muted', role: 'note' },
          themedIcon({ id: 'history' }),
          ` Showing the last known state, read ${formatUtc(overview.stale.since)}, when it was ${healthPresentation(overview.stale.lastHealth as EnvironmentHealth).label}.`,
        )
      : '',
    h(
      'dl',
      { className: 'facts' },
      ...facts.filter(([, value]) => value !== undefined).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
  );
}

/** When the last deploy was: never only when CloudFormation said so; unknown when it could not be asked. */
function lastDeploy(overview: EnvironmentOverview): string {
  if (overview.lastDeployedAt !== undefined) return `${formatUtc(overview.lastDeployedAt)}${overview.stale ? ' (last known)' : ''}`;
  return overview.health === 'unknown' ? 'unknown' : 'never';
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
