/**
 * The overview's sections, each a landmark with a heading: stacks, resources by category, outputs,
 * and the last deploy's events. Each says so when it has nothing to list.
 */
import type { EnvironmentOverview, OverviewEvent, OverviewOutput, OverviewResource, OverviewStack } from 'amplify-lens-model/panels';
import { isFailed } from 'amplify-lens-model/presentation';
import { h } from '../shared/dom';
import { dataTable } from '../shared/data-table';
import { statusView } from '../shared/status-view';
import { formatUtc } from '../shared/time-format';
import { fileLink, iconButton, type OverviewActions } from './overview-actions';

function section(id: string, title: string, count: number, ...content: (Node | string)[]): HTMLElement {
  return h(
    'section',
    { className: 'overview-section', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title, ' ', h('span', { className: 'count badge' }, count)),
    ...content,
  );
}

const empty = (text: string) => h('p', { className: 'empty muted' }, text);

export function stacksSection(overview: EnvironmentOverview, actions: OverviewActions): HTMLElement {
  const stacks = overview.stacks;
  const table = dataTable<OverviewStack>(
    [
      {
        title: 'Stack',
        cell: (stack) => [
          h('span', { className: 'stack-role' }, stack.category ?? 'root'),
          ' ',
          h('span', { className: 'monospace name' }, stack.name),
        ],
      },
      { title: 'Status', cell: (stack) => statusView(stack.status) },
      { title: 'Reason', className: 'reason', cell: (stack) => stack.statusReason ?? '' },
      {
        title: 'Updated',
        className: 'nowrap muted',
        cell: (stack) => (stack.lastUpdatedAt !== undefined ? formatUtc(stack.lastUpdatedAt) : ''),
      },
      {
        title: 'Actions',
        className: 'actions',
        cell: (stack) =>
          iconButton('link-external', `Open ${stack.name} in the CloudFormation console`, `console:${stack.id}`, () =>
            actions.openStackInConsole(stack.id),
          ),
      },
    ],
    stacks,
    {
      label: 'Stacks',
      rowKey: (stack) => stack.id,
      rowClass: (stack) => (isFailed(stack.status) || stack.status.includes('ROLLBACK') ? 'failed' : undefined),
    },
  );
  // Unknown is not "not deployed": without an answer from CloudFormation, say so.
  const none = overview.health === 'unknown' ? 'Unknown: CloudFormation could not be read.' : 'Not deployed in this account and region.';
  return section('stacks', 'Stacks', stacks.length, stacks.length ? table : empty(none));
}

const CATEGORY_TITLES: Record<string, string> = {
  api: 'API',
  auth: 'Auth',
  storage: 'Storage',
  function: 'Functions',
  hosting: 'Hosting',
  custom: 'Custom',
  data: 'Data',
  other: 'Other',
};

export function resourcesSection(overview: EnvironmentOverview, actions: OverviewActions): HTMLElement {
  const byCategory = new Map<string, OverviewResource[]>();
  for (const resource of overview.resources) byCategory.set(resource.category, [...(byCategory.get(resource.category) ?? []), resource]);
  const groups = [...byCategory].map(([category, resources]) =>
    h(
      'div',
      { className: 'category' },
      h('h3', {}, CATEGORY_TITLES[category] ?? category),
      dataTable<OverviewResource>(
        [
          { title: 'Name', cell: (resource) => h('span', { className: 'name' }, resource.name) },
          { title: 'Status', cell: (resource) => statusView(resource.status, overview.health === 'unknown') },
          {
            title: 'Defined in',
            cell: (resource) => (resource.definition ? fileLink(resource.definition, actions) : h('span', { className: 'muted' }, 'unknown')),
          },
        ],
        resources,
        { label: `${category} resources`, rowKey: (resource) => resource.name },
      ),
    ),
  );
  return section(
    'resources',
    'Resources',
    overview.resources.length,
    ...(groups.length ? groups : [empty('This project defines no resources yet.')]),
  );
}

export function outputsSection(overview: EnvironmentOverview, actions: OverviewActions): HTMLElement {
  const outputs = overview.outputs;
  const table = dataTable<OverviewOutput>(
    [
      { title: 'Output', cell: (output) => output.label },
      {
        title: 'Value',
        className: 'value',
        cell: (output) =>
          output.masked
            ? h(
                'span',
                { className: 'masked', title: 'Hidden because it looks like a key or secret; Copy puts it on the clipboard.' },
                output.value,
                h('span', { className: 'visually-hidden' }, ' (hidden)'),
              )
            : h('code', {}, output.value),
      },
      { title: 'From', className: 'muted', cell: (output) => output.source },
      {
        title: 'Copy',
        className: 'actions',
        cell: (output) =>
          iconButton('copy', `Copy ${output.label}`, `copy:${output.label}:${output.source}`, () =>
            actions.copyOutput(output.label, output.source),
          ),
      },
    ],
    outputs,
    { label: 'Outputs', rowKey: (output) => `${output.label}:${output.source}` },
  );
  const none = overview.health === 'unknown' ? 'Unknown: CloudFormation could not be read.' : 'No outputs yet: they appear after a deploy.';
  return section('outputs', 'Outputs', outputs.length, outputs.length ? table : empty(none));
}

export function eventsSection(overview: EnvironmentOverview): HTMLElement {
  const events = overview.events;
  const table = dataTable<OverviewEvent>(
    [
      { title: 'Time', className: 'nowrap muted', cell: (event) => formatUtc(event.at) },
      {
        title: 'Resource',
        cell: (event) => [h('span', { className: 'name' }, event.logicalId), ' ', h('span', { className: 'muted type' }, event.resourceType)],
      },
      { title: 'Status', className: 'nowrap', cell: (event) => statusView(event.status) },
      { title: 'Reason', className: 'reason', cell: (event) => event.reason ?? '' },
    ],
    events,
    {
      label: 'Last deploy events, newest first',
      rowKey: (event) => `${event.stackName}:${event.logicalId}:${event.status}:${event.at}`,
      rowClass: (event) => (isFailed(event.status) ? 'failed' : undefined),
    },
  );
  return section('events', 'Last deploy', events.length, events.length ? table : empty('No events of a recent deploy.'));
}
