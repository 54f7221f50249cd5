/**
 * The timeline's header: which deploy (env, command), where it stands (phase, time, counts), the
 * Cancel button while it runs, the failures filter, and the time axis above the bars.
 */
import type { DeployPhase, DeployTimelineSnapshot } from 'amplify-lens-model/panels';
import { h } from '../shared/dom';
import { themedIcon } from '../shared/status-view';
import { formatDuration, formatTick, formatUtc } from '../shared/time-format';
import { axisTicks } from './timeline-model';

const PHASES: Record<DeployPhase, { label: string; icon: { id: string; color?: string } }> = {
  starting: { label: 'Starting', icon: { id: 'loading~spin' } },
  'in-progress': { label: 'Deploying', icon: { id: 'sync~spin' } },
  succeeded: { label: 'Succeeded', icon: { id: 'pass', color: 'testing.iconPassed' } },
  failed: { label: 'Failed', icon: { id: 'error', color: 'testing.iconFailed' } },
  'rolled-back': { label: 'Rolled back', icon: { id: 'discard', color: 'list.warningForeground' } },
  cancelled: { label: 'Cancelled', icon: { id: 'circle-slash' } },
};

export interface HeaderActions {
  cancel(): void;
  failuresOnly(on: boolean): void;
}

export class TimelineHeader {
  readonly element: HTMLElement;
  readonly axis = h('div', { className: 'axis', 'aria-hidden': 'true' });
  private readonly title = h('h1', {});
  private readonly command = h('code', {});
  private readonly phase = h('span', { className: 'phase', role: 'status' });
  private readonly time = h('span', { className: 'time muted' });
  private readonly counts = h('span', { className: 'counts' });
  private readonly cancelButton: HTMLButtonElement;
  private readonly filter: HTMLInputElement;
  private readonly filterLabel = h('span', {}, 'Failures only');
  private snapshot: DeployTimelineSnapshot | undefined;
  private axisSpan = 0;

  constructor(actions: HeaderActions, failuresOnly: boolean) {
    this.cancelButton = h('button', { className: 'secondary cancel', onClick: () => actions.cancel() }, 'Cancel deploy');
    this.filter = h('input', { type: 'checkbox', id: 'failures-only', onChange: () => actions.failuresOnly(this.filter.checked) });
    this.filter.checked = failuresOnly;
    this.element = h(
      'header',
      { className: 'timeline-header' },
      h('div', { className: 'title-line' }, this.title, this.command),
      h(
        'div',
        { className: 'state-line' },
        this.phase,
        this.time,
        this.counts,
        h('span', { className: 'spacer' }),
        h('label', { for: 'failures-only', className: 'filter' }, this.filter, this.filterLabel),
        this.cancelButton,
      ),
      h(
        'div',
        { className: 'axis-line' },
        h('span', { className: 'axis-name muted' }, 'Stack / resource'),
        this.axis,
        h('span', { className: 'axis-status muted' }, 'Current status'),
      ),
    );
  }

  render(snapshot: DeployTimelineSnapshot, cancellable: boolean, failures: number): void {
    this.snapshot = snapshot;
    this.title.textContent = `Deploy of ${snapshot.envName}`;
    this.command.textContent = snapshot.command;
    const phase = PHASES[snapshot.phase];
    this.phase.replaceChildren(themedIcon(phase.icon), ` ${phase.label}`);
    this.phase.dataset.phase = snapshot.phase;
    const { done, inProgress, failed, total } = snapshot.counts;
    // Without a deploy there is no time axis to read and no failure to filter.
    this.element.classList.toggle('nothing-deployed', snapshot.notDeployed !== undefined);
    this.counts.textContent = snapshot.notDeployed
      ? 'nothing deployed'
      : `${total !== undefined ? `${done} of ${total}` : done} done, ${inProgress} in progress, ${failed} failed`;
    this.cancelButton.hidden = !cancellable;
    this.filterLabel.textContent = `Failures only (${failures})`;
  }

  /** Time since the start (running) or the deploy's duration (ended), and the axis labels. */
  tick(now: number, span: number): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const started = `started ${formatUtc(snapshot.startedAt)}`;
    this.time.textContent =
      snapshot.endedAt !== undefined
        ? `took ${formatDuration(snapshot.endedAt - snapshot.startedAt)}, ${started}`
        : `${formatDuration(now - snapshot.startedAt)} elapsed, ${started}`;
    if (span === this.axisSpan) return;
    this.axisSpan = span;
    this.axis.replaceChildren(
      ...axisTicks(span).map((at) => {
        const tick = h('span', { className: 'tick' }, formatTick(at));
        tick.style.setProperty('--from', String(at));
        return tick;
      }),
    );
    this.axis.style.setProperty('--span', String(span));
  }
}
