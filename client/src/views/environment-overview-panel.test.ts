import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as vscode from 'vscode';
import type { AmplifyEnvironment, EnvironmentDetails, EnvironmentsSnapshot } from '../environments/environment-types';
import { snapshot } from '../../test-support/environment-fixtures';
import { type OverviewEnvironments, registerEnvironmentOverview } from './environment-overview-panel';
import type { EnvironmentOverviewToWebview } from 'amplify-lens-model/panels';
import { API_KEY, expiredSsoDetails, gen1Details, gen2Details } from '../../test-support/environment-details-fixtures';
import { type FakeWebviewPanel, recorded } from '../../test-support/fake-vscode';

vi.mock('vscode', () => import('../../test-support/fake-vscode'));

const context = { extensionUri: { scheme: 'file', fsPath: '/ext' } } as unknown as vscode.ExtensionContext;

class FakeEnvironments implements OverviewEnvironments {
  readonly loads: string[] = [];
  readonly refreshes: string[] = [];
  private readonly listeners = new Set<() => unknown>();
  constructor(
    private current: EnvironmentsSnapshot[],
    private readonly detailsOf: (environment: AmplifyEnvironment) => EnvironmentDetails,
  ) {}
  snapshots() {
    return this.current;
  }
  onDidChange(listener: () => unknown) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  async refresh(reason: 'user') {
    this.refreshes.push(reason);
  }
  async loadDetails(environment: AmplifyEnvironment) {
    this.loads.push(environment.name);
    return this.detailsOf(environment);
  }
  replace(next: EnvironmentsSnapshot[]) {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

const gen1 = gen1Details();
const gen2 = gen2Details();
const detailsOf = (environment: AmplifyEnvironment) => (environment.kind === 'gen1-env' ? { ...gen1, environment } : { ...gen2, environment });
const sent = (panel: FakeWebviewPanel) => (panel.posted as EnvironmentOverviewToWebview[]).map((message) => message.type);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerEnvironmentOverview', () => {
  let environments: FakeEnvironments;
  let disposables: vscode.Disposable[];
  const open = (argument?: unknown) => recorded.commands.get('amplifyLens.openEnvironmentOverview')?.(argument);

  beforeEach(() => {
    recorded.reset();
    environments = new FakeEnvironments([snapshot([gen1.environment]), snapshot([gen2.environment])], detailsOf);
    disposables = registerEnvironmentOverview(context, { environments });
  });
  afterEach(() => disposables.forEach((disposable) => disposable.dispose()));

  it('opens the overview of an Environments row, once per environment', async () => {
    await open({ kind: 'environment', environment: gen2.environment });
    await open({ kind: 'environment', environment: gen2.environment });
    await settle();
    expect(recorded.panels).toHaveLength(1);
    const panel = recorded.panels[0] as FakeWebviewPanel;
    expect(panel.title).toBe('Amplify: alice');
    expect(panel.revealed).toHaveLength(1);
    panel.fromPage({ type: 'ready' });
    expect(sent(panel)).toEqual(['overview']);
    const overview = panel.posted[0] as Extract<EnvironmentOverviewToWebview, { type: 'overview' }>;
    expect(overview.overview.name).toBe('alice');
    expect(JSON.stringify(panel.posted)).not.toContain(API_KEY);
  });

  it('without an argument opens the current environment', async () => {
    await open();
    await settle();
    expect(recorded.panels.map((panel) => panel.title)).toEqual(['Amplify: dev']);
    expect(environments.loads).toEqual(['dev']);
  });

  it('copies the real value of a masked output, naming only the output', async () => {
    await open({ kind: 'environment', environment: gen1.environment });
    await settle();
    const panel = recorded.panels[0] as FakeWebviewPanel;
    const key = gen1.environment.outputs.find((output) => output.label === 'API key');
    panel.fromPage({ type: 'copyOutput', label: 'API key', source: key?.source });
    await settle();
    expect(recorded.clipboard).toBe(API_KEY);
    expect(recorded.statusMessages.join(' ')).not.toContain(API_KEY);
  });

  it("runs a problem's action with its arguments, and no command the overview does not offer", async () => {
    environments = new FakeEnvironments([snapshot([gen2.environment])], () => expiredSsoDetails());
    disposables.forEach((disposable) => disposable.dispose());
    disposables = registerEnvironmentOverview(context, { environments });
    await open({ kind: 'environment', environment: gen2.environment });
    await settle();
    const panel = recorded.panels[0] as FakeWebviewPanel;
    panel.fromPage({ type: 'runCommand', command: 'amplifyLens.ssoLogin' });
    panel.fromPage({ type: 'runCommand', command: 'workbench.action.terminal.sendSequence' });
    // A Lens command the overview does not offer: a sandbox deploy that would run without the panel's say.
    panel.fromPage({ type: 'runCommand', command: 'amplifyLens.deploy.sandboxOnce' });
    panel.fromPage({ type: 'runCommand', command: 'amplifyLens.selectRegion' });
    await settle();
    expect(recorded.executed.filter(([id]) => id !== 'amplifyLens.openEnvironmentOverview')).toEqual([
      ['amplifyLens.ssoLogin', 'dev-sso'],
      ['amplifyLens.selectRegion'],
    ]);
  });

  it('refreshes through the service, reloads on its changes while visible, and when shown again', async () => {
    await open({ kind: 'environment', environment: gen1.environment });
    await settle();
    const panel = recorded.panels[0] as FakeWebviewPanel;
    panel.fromPage({ type: 'ready' });
    panel.fromPage({ type: 'refresh' });
    expect(environments.refreshes).toEqual(['user']);
    environments.replace([snapshot([{ ...gen1.environment, health: 'deployed' }])]);
    await settle();
    expect(environments.loads).toEqual(['dev', 'dev']);
    expect(sent(panel).slice(-2)).toEqual(['loading', 'overview']);

    panel.setVisible(false);
    environments.replace([snapshot([gen1.environment])]);
    await settle();
    expect(environments.loads).toHaveLength(2);
    panel.setVisible(true);
    await settle();
    expect(environments.loads).toHaveLength(3);

    environments.replace([snapshot([gen2.environment])]);
    expect(sent(panel).at(-1)).toBe('problem');
  });
});
