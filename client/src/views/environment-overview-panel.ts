/**
 * The host of the environment overview panel: the command `amplifyLens.openEnvironmentOverview`
 * opens one panel per environment (or reveals it), loads the environment's details through the
 * environments service, and reloads them on Refresh and whenever the service has new listings
 * (only while the panel is visible; a hidden panel reloads when shown again).
 */
import * as vscode from 'vscode';
import type { AmplifyEnvironment, EnvironmentDetails, EnvironmentsSnapshot } from '../environments/environment-types';
import { environmentKey } from '../environments/environment-key';
import { focusedEnvironment } from './environment-focus';
import { environmentOverview, findOutputValue } from './environment-overview-model';
import { copyToClipboard, openProjectLink, openStackInConsole } from '../webviews/panel-intents';
import { isEnvironmentOverviewCommand, type EnvironmentOverviewFromWebview, type EnvironmentOverviewToWebview } from 'amplify-lens-model/panels';
import { WebviewPanelHost } from '../webviews/webview-panel-host';

export const OPEN_ENVIRONMENT_OVERVIEW_COMMAND = 'amplifyLens.openEnvironmentOverview';
export const ENVIRONMENT_OVERVIEW_VIEW_TYPE = 'amplifyLens.environmentOverview';

/** What the panel needs of the environments service. */
export interface OverviewEnvironments {
  snapshots(): readonly EnvironmentsSnapshot[];
  onDidChange(listener: () => unknown): { dispose(): void };
  refresh(reason: 'user'): Promise<void>;
  loadDetails(environment: AmplifyEnvironment, signal?: AbortSignal): Promise<EnvironmentDetails>;
}

export interface EnvironmentOverviewDeps {
  environments: OverviewEnvironments;
}

export function registerEnvironmentOverview(context: vscode.ExtensionContext, deps: EnvironmentOverviewDeps): vscode.Disposable[] {
  const panels = new Map<string, EnvironmentOverviewPanel>();
  const open = async (argument: unknown) => {
    const environment = environmentOf(argument) ?? (await chooseEnvironment(deps.environments));
    if (!environment) return;
    const key = environmentKey(environment);
    const existing = panels.get(key);
    if (existing) {
      existing.reveal();
      return;
    }
    const panel = new EnvironmentOverviewPanel(context, deps.environments, environment);
    panels.set(key, panel);
    panel.onDidDispose(() => panels.delete(key));
  };
  return [
    vscode.commands.registerCommand(OPEN_ENVIRONMENT_OVERVIEW_COMMAND, open),
    { dispose: () => [...panels.values()].forEach((panel) => panel.dispose()) },
  ];
}

/** An Environments view row carries its environment; anything else means "the one in focus". */
function environmentOf(argument: unknown): AmplifyEnvironment | undefined {
  const environment = (argument as { kind?: unknown; environment?: AmplifyEnvironment } | undefined)?.environment;
  return (argument as { kind?: unknown } | undefined)?.kind === 'environment' && environment ? environment : undefined;
}

async function chooseEnvironment(environments: OverviewEnvironments): Promise<AmplifyEnvironment | undefined> {
  const editor = vscode.window.activeTextEditor?.document.uri;
  const focused = focusedEnvironment(environments.snapshots(), { activeFilePath: editor?.scheme === 'file' ? editor.fsPath : undefined });
  if (focused) return focused;
  const all = environments.snapshots().flatMap((snapshot) => snapshot.environments);
  if (all.length === 0) {
    void vscode.window.showInformationMessage('No Amplify environments are loaded yet. Open the Amplify view or refresh it, then try again.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((environment) => ({
      label: environment.name,
      description: `${environment.kind} · ${environment.health}`,
      detail: environment.projectRoot,
      environment,
    })),
    { placeHolder: 'Which environment?' },
  );
  return picked?.environment;
}

class EnvironmentOverviewPanel {
  private readonly host: WebviewPanelHost<EnvironmentOverviewToWebview, EnvironmentOverviewFromWebview>;
  private readonly key: string;
  private details: EnvironmentDetails | undefined;
  private loading: AbortController | undefined;
  private stale = false;
  private pageLoads = 0;

  constructor(
    context: vscode.ExtensionContext,
    private readonly environments: OverviewEnvironments,
    private environment: AmplifyEnvironment,
  ) {
    this.key = environmentKey(environment);
    this.host = new WebviewPanelHost({
      viewType: ENVIRONMENT_OVERVIEW_VIEW_TYPE,
      panel: 'environment-overview',
      title: `Amplify: ${environment.name}`,
      extensionUri: context.extensionUri,
    });
    const subscriptions = [
      this.host.onIntent((message) => this.handle(message)),
      environments.onDidChange(() => this.sourceChanged()),
      this.host.panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible && this.stale) void this.load();
      }),
    ];
    this.host.onDidDispose(() => {
      this.loading?.abort();
      subscriptions.forEach((subscription) => subscription.dispose());
    });
    void this.load();
  }

  onDidDispose(listener: () => unknown): void {
    this.host.onDidDispose(listener);
  }

  reveal(): void {
    this.host.reveal();
  }

  dispose(): void {
    this.host.dispose();
  }

  private sourceChanged(): void {
    const fresh = this.environments
      .snapshots()
      .flatMap((snapshot) => snapshot.environments)
      .find((candidate) => environmentKey(candidate) === this.key);
    if (!fresh) {
      this.send({ type: 'problem', message: `${this.environment.name} is no longer among the workspace's Amplify environments.` });
      return;
    }
    this.environment = fresh;
    if (this.host.panel.visible) void this.load();
    else this.stale = true;
  }

  private async load(): Promise<void> {
    this.stale = false;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.send({ type: 'loading', name: this.environment.name });
    try {
      const details = await this.environments.loadDetails(this.environment, controller.signal);
      if (controller.signal.aborted) return;
      this.details = details;
      this.send({ type: 'overview', overview: environmentOverview(details) });
    } catch (error) {
      // The details loader reports AWS problems itself; this is Lens failing to reach AWS at all.
      if (!controller.signal.aborted)
        this.send({
          type: 'problem',
          message: `Lens could not load ${this.environment.name}: ${error instanceof Error ? error.message : String(error)}`,
        });
    }
  }

  /** A newer state replaces whatever a page still loading has queued. */
  private send(message: EnvironmentOverviewToWebview): void {
    this.host.replacePending(() => false);
    this.host.post(message);
  }

  private handle(message: EnvironmentOverviewFromWebview): void {
    switch (message.type) {
      case 'ready':
        // The first page got the queued messages; a page re-created while hidden starts empty.
        if (++this.pageLoads > 1 && this.details) this.send({ type: 'overview', overview: environmentOverview(this.details) });
        break;
      case 'refresh':
        // The service's change event reloads the details with the fresh listing.
        void this.environments.refresh('user');
        break;
      case 'copyOutput': {
        const value = this.details && findOutputValue(this.details.environment, message.label, message.source);
        if (value !== undefined) void copyToClipboard(value, message.label);
        break;
      }
      case 'openLink':
        void openProjectLink(message.link);
        break;
      case 'openStackInConsole':
        void openStackInConsole(message.stackId);
        break;
      case 'runCommand':
        this.runCommand(message.command);
        break;
    }
  }

  /**
   * Only a command the overview offers (its protocol's allow-list: none deploys or runs the CLI).
   * The problem's own action keeps its arguments (the SSO profile); the others run bare.
   */
  private runCommand(command: unknown): void {
    if (!isEnvironmentOverviewCommand(command)) return;
    const action = this.details?.problem?.action;
    void vscode.commands.executeCommand(command, ...(action?.command === command ? (action.arguments ?? []) : []));
  }
}
