/**
 * The deploy timeline panel: renders the host's snapshots of a deploy (every stack and resource with
 * its status changes on one time axis) and sends back the user's intents. Collapsed stacks, the
 * filter and the active row are kept in the page's saved state, so a hidden tab comes back as left.
 */
import type { DeployTimelineFromWebview, DeployTimelineSnapshot, DeployTimelineToWebview } from 'amplify-lens-model/panels';
import { h } from '../shared/dom';
import { panelChannel } from '../shared/vscode-api';
import { notDeployedView } from './not-deployed-view';
import { TimelineHeader } from './timeline-header';
import { axisExtent, timelineRows } from './timeline-model';
import { TimelineTree, type TreeState } from './timeline-tree';
import './deploy-timeline.css';

interface SavedState {
  collapsed: string[];
  failuresOnly: boolean;
  activeKey?: string;
}

const channel = panelChannel<DeployTimelineFromWebview, SavedState>();
const saved = channel.state();
const state: TreeState = { collapsed: new Set(saved?.collapsed ?? []), failuresOnly: saved?.failuresOnly ?? false, activeKey: saved?.activeKey };
const saveState = () => channel.saveState({ collapsed: [...state.collapsed], failuresOnly: state.failuresOnly, activeKey: state.activeKey });

let current: DeployTimelineSnapshot | undefined;
let ticker: ReturnType<typeof setInterval> | undefined;

const tree = new TimelineTree(state, {
  openLink: (link) => channel.post({ type: 'openLink', link }),
  openInConsole: (stackId) => channel.post({ type: 'openStackInConsole', stackId }),
  copy: (text) => channel.post({ type: 'copy', text }),
  stateChanged: saveState,
});
const header = new TimelineHeader(
  {
    cancel: () => current && channel.post({ type: 'cancelDeploy', deployId: current.deployId }),
    failuresOnly: (on) => {
      tree.setFailuresOnly(on);
      noFailures.hidden = !on || tree.visibleCount > 0;
    },
  },
  state.failuresOnly,
);
const message = h('p', { className: 'message muted', role: 'status' }, 'Waiting for the deploy…');
const noFailures = h('p', { className: 'message muted' }, 'No failures in this deploy.');
noFailures.hidden = true;
const notDeployed = h('div', { className: 'not-deployed-slot' });
const body = h('div', { className: 'timeline', hidden: true }, header.element, notDeployed, tree.element, noFailures);
document.getElementById('app')?.append(message, body);

function tick(): void {
  if (!current) return;
  const axis = axisExtent(current, Date.now());
  tree.setAxis(axis.span, axis.now);
  header.tick(Date.now(), axis.span);
}

function show(snapshot: DeployTimelineSnapshot, cancellable: boolean): void {
  current = snapshot;
  const rows = timelineRows(snapshot);
  header.render(snapshot, cancellable, rows.filter((row) => row.failure).length);
  tree.render(snapshot, rows);
  // Nothing reached CloudFormation: say so and why, rather than show stacks waiting for a deploy that never came.
  const refused = snapshot.notDeployed;
  notDeployed.replaceChildren(
    ...(refused
      ? [
          notDeployedView(refused, {
            openLink: (link) => channel.post({ type: 'openLink', link }),
            copy: (text) => channel.post({ type: 'copy', text }),
          }),
        ]
      : []),
  );
  tree.element.hidden = refused !== undefined;
  tick();
  message.hidden = true;
  body.hidden = false;
  noFailures.hidden = !state.failuresOnly || tree.visibleCount > 0;
  // A running deploy's clock moves between snapshots; an ended one is still.
  if (snapshot.endedAt === undefined) ticker ??= setInterval(tick, 1000);
  else if (ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

channel.onMessage<DeployTimelineToWebview>((incoming) => {
  if (incoming.type === 'snapshot') show(incoming.timeline, incoming.cancellable);
  else if (incoming.type === 'empty') {
    current = undefined;
    message.textContent = incoming.message;
    message.hidden = false;
    body.hidden = true;
  }
});
channel.post({ type: 'ready' });
