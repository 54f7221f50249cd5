import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as vscode from 'vscode';
import type { DeployTimelineSource } from './deploy-timeline-source';
import { openDeployTimeline } from './deploy-timeline-panel';
import type { DeployTimelineSnapshot, DeployTimelineToWebview } from 'amplify-lens-model/panels';
import { type FakeWebviewPanel, recorded } from '../../test-support/fake-vscode';

vi.mock('vscode', () => import('../../test-support/fake-vscode'));

const context = { extensionUri: { scheme: 'file', fsPath: '/ext' } } as unknown as vscode.ExtensionContext;
const ROOT_ARN = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-blog-dev-141516/guid';

class FakeDeploy implements DeployTimelineSource {
  running = true;
  cancels = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  constructor(readonly deployId: string) {}
  snapshot(): DeployTimelineSnapshot {
    return {
      deployId: this.deployId,
      envName: 'dev',
      command: 'amplify push --yes',
      startedAt: 1_000,
      phase: this.running ? 'in-progress' : 'succeeded',
      counts: { done: this.version, inProgress: 1, failed: 0 },
      stacks: [{ name: 'amplify-blog-dev-141516', id: ROOT_ARN, depth: 0, changes: [], resources: [] }],
    };
  }
  onDidChange(listener: () => void) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  isRunning() {
    return this.running;
  }
  cancel() {
    this.cancels++;
  }
  change() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
  get listenerCount() {
    return this.listeners.size;
  }
}

const snapshots = (panel: FakeWebviewPanel) =>
  (panel.posted as DeployTimelineToWebview[]).flatMap((message) =>
    message.type === 'snapshot' ? [{ done: message.timeline.counts.done, cancellable: message.cancellable }] : [],
  );

describe('openDeployTimeline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    recorded.reset();
  });
  afterEach(() => {
    for (const panel of recorded.panels) panel.dispose();
    vi.useRealTimers();
  });

  it('opens one panel per deploy and reveals it when asked again', () => {
    const first = openDeployTimeline(context, new FakeDeploy('deploy-1'));
    const again = openDeployTimeline(context, new FakeDeploy('deploy-1'));
    expect(again).toBe(first);
    expect(recorded.panels).toHaveLength(1);
    expect(recorded.panels[0]?.revealed).toHaveLength(1);
    expect(recorded.panels[0]?.title).toBe('Deploy: dev');
    openDeployTimeline(context, new FakeDeploy('deploy-2'));
    expect(recorded.panels).toHaveLength(2);
  });

  it('holds one current snapshot for a loading page and sends it on ready', () => {
    const deploy = new FakeDeploy('deploy-1');
    openDeployTimeline(context, deploy);
    const panel = recorded.panels[0] as FakeWebviewPanel;
    for (let index = 0; index < 5; index++) {
      deploy.change();
      vi.advanceTimersByTime(150);
    }
    expect(panel.posted).toEqual([]);
    panel.fromPage({ type: 'ready' });
    // The queue held only the latest snapshot; `ready` is answered with the current one.
    expect(snapshots(panel)).toEqual([
      { done: 5, cancellable: true },
      { done: 5, cancellable: true },
    ]);
  });

  it('sends at most one snapshot per 100 ms, the latest last', () => {
    const deploy = new FakeDeploy('deploy-1');
    openDeployTimeline(context, deploy);
    const panel = recorded.panels[0] as FakeWebviewPanel;
    panel.fromPage({ type: 'ready' });
    vi.advanceTimersByTime(1000);
    panel.posted.length = 0;
    for (let index = 0; index < 30; index++) deploy.change();
    vi.advanceTimersByTime(100);
    expect(snapshots(panel)).toEqual([
      { done: 1, cancellable: true },
      { done: 30, cancellable: true },
    ]);
    deploy.running = false;
    deploy.change();
    vi.advanceTimersByTime(100);
    expect(snapshots(panel).at(-1)).toEqual({ done: 31, cancellable: false });
  });

  it('cancels a running deploy when the page asks, and only that deploy', () => {
    const deploy = new FakeDeploy('deploy-1');
    openDeployTimeline(context, deploy);
    const panel = recorded.panels[0] as FakeWebviewPanel;
    panel.fromPage({ type: 'cancelDeploy', deployId: 'deploy-9' });
    expect(deploy.cancels).toBe(0);
    panel.fromPage({ type: 'cancelDeploy', deployId: 'deploy-1' });
    expect(deploy.cancels).toBe(1);
    deploy.running = false;
    panel.fromPage({ type: 'cancelDeploy', deployId: 'deploy-1' });
    expect(deploy.cancels).toBe(1);
  });

  it('opens project files at their line, refuses files outside the workspace, opens stacks in the console, copies', async () => {
    recorded.folders = ['/projects/app'];
    recorded.existingFiles.add('/projects/app/amplify/backend/api/blog/schema.graphql');
    openDeployTimeline(context, new FakeDeploy('deploy-1'));
    const panel = recorded.panels[0] as FakeWebviewPanel;
    panel.fromPage({
      type: 'openLink',
      link: { path: '/projects/app/amplify/backend/api/blog/schema.graphql', line: 12, column: 3, label: 'schema.graphql:12' },
    });
    panel.fromPage({ type: 'openLink', link: { path: '/etc/passwd', line: 1, label: 'passwd' } });
    panel.fromPage({ type: 'openStackInConsole', stackId: ROOT_ARN });
    panel.fromPage({ type: 'copy', text: 'Embedded stack was not successfully updated.' });
    await vi.runAllTimersAsync();
    expect(recorded.opened.map((opened) => [opened.path, opened.selection?.start.line, opened.selection?.start.character])).toEqual([
      ['/projects/app/amplify/backend/api/blog/schema.graphql', 11, 2],
    ]);
    expect(recorded.messages).toEqual(['Lens opens only files inside the workspace.']);
    expect(recorded.external).toEqual([
      `https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/stackinfo?stackId=${encodeURIComponent(ROOT_ARN)}`,
    ]);
    expect(recorded.clipboard).toBe('Embedded stack was not successfully updated.');
  });

  it('lets go of the deploy when the panel closes; opening again makes a new panel', () => {
    const deploy = new FakeDeploy('deploy-1');
    const panel = openDeployTimeline(context, deploy);
    expect(deploy.listenerCount).toBe(1);
    panel.dispose();
    expect(deploy.listenerCount).toBe(0);
    expect(openDeployTimeline(context, deploy)).not.toBe(panel);
    expect(recorded.panels).toHaveLength(2);
  });
});
