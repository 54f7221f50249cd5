import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as vscode from 'vscode';
import type { EnvironmentsSnapshot } from '../environments/environment-types';
import type { EnvironmentsRefreshReason, EnvironmentsSource } from './environments-source';
import { registerEnvironmentViews } from './index';
import type { OutputNode } from './outputs-nodes';
import { type FakeTreeView, EventEmitter, recorded } from '../../test-support/fake-vscode';
import { gen1Env, snapshot } from '../../test-support/environment-fixtures';

vi.mock('vscode', () => import('../../test-support/fake-vscode'));

class FakeSource implements EnvironmentsSource {
  readonly reasons: EnvironmentsRefreshReason[] = [];
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange = this.changed.event as vscode.Event<void>;
  constructor(private current: EnvironmentsSnapshot[]) {}
  snapshots() {
    return this.current;
  }
  async refresh(reason: EnvironmentsRefreshReason) {
    this.reasons.push(reason);
  }
  replace(next: EnvironmentsSnapshot[]) {
    this.current = next;
    this.changed.fire();
  }
}

const API_KEY = 'da2-abcdefghijklmnopqrstuvwxyz';
const dev = gen1Env({ outputs: [{ label: 'API key', value: API_KEY, source: 'api blog' }] });
const memento = new Map<string, unknown>();
const context = {
  workspaceState: { get: (key: string) => memento.get(key), update: async (key: string, value: unknown) => void memento.set(key, value) },
} as unknown as vscode.ExtensionContext;

describe('registerEnvironmentViews in the editor', () => {
  let source: FakeSource;
  let disposables: vscode.Disposable[];

  beforeEach(() => {
    vi.useFakeTimers();
    recorded.reset();
    source = new FakeSource([snapshot([dev])]);
    disposables = registerEnvironmentViews(context, source, { listProfiles: async () => [] });
  });
  afterEach(() => {
    for (const disposable of disposables) disposable.dispose();
    vi.useRealTimers();
  });

  const view = (id: string) => recorded.treeViews.get(id) as FakeTreeView<unknown>;

  it('creates the three views and registers every command', () => {
    expect([...recorded.treeViews.keys()]).toEqual(['amplifyLens.environments', 'amplifyLens.resources', 'amplifyLens.outputs']);
    expect([...recorded.commands.keys()].sort()).toEqual([
      'amplifyLens.copyOutput',
      'amplifyLens.loadMoreEnvironments',
      'amplifyLens.openResourceDefinition',
      'amplifyLens.refreshEnvironments',
      'amplifyLens.selectProfile',
      'amplifyLens.selectRegion',
    ]);
  });

  it('turns rows into tree items with theme icons and Markdown tooltips', () => {
    const environments = view('amplifyLens.environments').treeDataProvider;
    const [row] = environments.getChildren();
    const item = environments.getTreeItem(row) as unknown as {
      label: string;
      description: string;
      contextValue: string;
      iconPath: { id: string; color?: { id: string } };
      tooltip: { value: string; supportThemeIcons: boolean };
    };
    expect(item).toMatchObject({ label: 'dev', description: 'deployed · current', contextValue: 'environment.gen1.current' });
    expect(item.iconPath).toMatchObject({ id: 'pass', color: { id: 'testing.iconPassed' } });
    expect(item.tooltip).toMatchObject({ supportThemeIcons: true });
    expect(item.tooltip.value).toContain('amplify-gen1blog-dev-8f3b2');
  });

  it('shows the followed environment on the status bar and as the views’ description', () => {
    expect(recorded.statusBarItem).toMatchObject({ visible: true, text: '$(cloud) default · us-east-1 · dev' });
    expect(view('amplifyLens.outputs').description).toBe('dev');
    source.replace([snapshot([gen1Env({ name: 'prod' })])]);
    expect(recorded.statusBarItem.text).toBe('$(cloud) default · us-east-1 · prod');
    expect(view('amplifyLens.resources').description).toBe('prod');
  });

  it('copies a masked output’s real value without showing it', async () => {
    const [row] = view('amplifyLens.outputs').treeDataProvider.getChildren() as OutputNode[];
    expect(row!.description).toBe('••••');
    await recorded.commands.get('amplifyLens.copyOutput')!(row);
    expect(recorded.clipboard).toBe(API_KEY);
    expect([...recorded.statusMessages, ...recorded.messages].join('\n')).not.toContain('da2-');
  });

  it('loads when a view is first shown, refreshes on an interval while visible, and stops when hidden', async () => {
    expect(source.reasons).toEqual([]);
    view('amplifyLens.environments').setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(source.reasons).toEqual(['interval']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(source.reasons).toEqual(['interval', 'interval']);
    view('amplifyLens.environments').setVisible(false);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(source.reasons).toHaveLength(2);
  });

  it('passes the refresh reason along, defaulting to the user', async () => {
    await recorded.commands.get('amplifyLens.refreshEnvironments')!('deploy-finished');
    await recorded.commands.get('amplifyLens.refreshEnvironments')!();
    await recorded.commands.get('amplifyLens.refreshEnvironments')!({ kind: 'environment' });
    expect(source.reasons).toEqual(['deploy-finished', 'user', 'user']);
  });

  it('follows the refresh interval setting', async () => {
    view('amplifyLens.outputs').setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    recorded.settings.set('amplifyLens.environments.refreshIntervalSeconds', 0);
    recorded.configuration.fire({ affectsConfiguration: (key) => key === 'amplifyLens.environments.refreshIntervalSeconds' });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(source.reasons).toEqual(['interval']);
  });
});
