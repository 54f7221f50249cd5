/**
 * The header: what is tailed, where the feed stands, the counts, and a live region that tells
 * screen-reader users about state changes (not every count, which would never stop talking).
 */
import { codicon, h } from '../shared/dom';
import type { LogFeedState, LogViewerLink, LogViewerMode } from 'amplify-lens-model/panels';

export interface HeaderCounts {
  received: number;
  buffered: number;
  shown: number;
  dropped: number;
  paused: boolean;
}

export interface StateHeaderView {
  element: HTMLElement;
  setTitle(title: string, logGroups: readonly string[]): void;
  setState(state: LogFeedState): void;
  setCounts(counts: HeaderCounts): void;
  announce(text: string): void;
  /** What the panel shows (a build log words its states differently) and the host's links. */
  setMode(mode: LogViewerMode, links: readonly LogViewerLink[]): void;
}

export function createStateHeader(): StateHeaderView {
  const title = h('h1', { className: 'title' });
  const groups = h('span', { className: 'log-groups muted' });
  const state = h('span', { className: 'feed-state' });
  const counts = h('span', { className: 'counts muted' });
  const links = h('span', { className: 'host-links' });
  let mode: LogViewerMode = 'logs';
  const live = h('div', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const element = h(
    'header',
    { className: 'state-header' },
    h('div', { className: 'heading' }, title, groups, links),
    h('div', { className: 'status' }, state, counts),
    live,
  );
  const format = (value: number) => value.toLocaleString('en-US');
  let lastCounts = '';

  return {
    element,
    setTitle(text, logGroups) {
      title.textContent = text;
      groups.textContent = logGroups.join(', ');
      groups.title = logGroups.join('\n');
    },
    setState(feedState) {
      const [icon, text, tone] = describe(feedState, mode);
      state.className = `feed-state ${tone}`;
      state.dataset.kind = feedState.kind;
      state.replaceChildren(codicon(icon), ` ${text}`);
      if (feedState.kind === 'problem' && feedState.action) state.title = feedState.action.title;
      live.textContent = text;
    },
    setCounts(value) {
      const parts = [`${format(value.received)} received`, `${format(value.shown)} shown`];
      if (value.received > value.buffered) parts.push(`${format(value.buffered)} kept`);
      if (value.dropped > 0) parts.push(`${format(value.dropped)} dropped`);
      if (value.paused) parts.push('paused');
      const text = parts.join(' · ');
      if (text === lastCounts) return;
      lastCounts = text;
      counts.textContent = text;
    },
    announce(text) {
      live.textContent = text;
    },
    setMode(next, hostLinks) {
      mode = next;
      links.replaceChildren(
        ...hostLinks.map((link) => {
          const anchor = h('a', { className: 'host-link', href: '#', title: link.label }, codicon('history'), ` ${link.label}`);
          anchor.dataset.linkId = link.id;
          return anchor;
        }),
      );
    },
  };
}

function describe(state: LogFeedState, mode: LogViewerMode): [icon: string, text: string, tone: string] {
  if (mode === 'build' && state.kind === 'complete')
    return ['check', `Build log complete: ${state.count.toLocaleString('en-US')} lines`, 'status-ok'];
  if (mode === 'build' && state.kind === 'live') return ['broadcast', 'Following the build (read every few seconds)', 'status-ok'];
  switch (state.kind) {
    case 'connecting':
      return ['loading codicon-modifier-spin', 'Connecting…', 'status-busy'];
    case 'live':
      return [
        'broadcast',
        state.mode === 'live-tail' ? `Live${state.sampled ? ' (sampled by CloudWatch)' : ''}` : 'Live (polling every few seconds)',
        'status-ok',
      ];
    case 'reconnecting':
      return ['sync codicon-modifier-spin', `Reconnecting: ${state.reason}`, 'status-warning'];
    case 'complete':
      return ['check', `Search complete: ${state.count.toLocaleString('en-US')} events`, 'status-ok'];
    case 'stopped':
      return ['debug-stop', state.reason ? `Stopped: ${state.reason}` : 'Stopped', 'muted'];
    case 'problem':
      return ['error', state.message, 'status-failed'];
  }
}
