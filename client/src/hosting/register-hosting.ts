/**
 * Amplify Hosting in the sidebar, at activation: the Hosting view and the commands of Hosting, of
 * Open in AWS Console and of sandbox secrets are registered, and nothing else is started. What they
 * do lives in hosting-features.ts, evaluated when the view is first shown or one of the commands
 * first runs. Registered with the rest of what reads AWS, once the workspace is trusted
 * (onboarding/workspace-trust.ts); AWS is read only once the view is shown (or a command asks).
 */
import * as vscode from 'vscode';
import { OPEN_IN_AWS_CONSOLE_COMMAND } from '../console/console-command-ids';
import { SANDBOX_SECRET_COMMANDS, type SandboxSecretCommand } from '../sandbox-secrets/sandbox-secret-command-ids';
import { DeferredTreeProvider } from './deferred-tree-provider';
import { HOSTING_COMMANDS, HOSTING_VIEW_ID } from './hosting-command-ids';
import type { HostingDependencies, StartedHosting } from './start-hosting';

export type { HostingDependencies };

export interface RegisteredHosting {
  disposables: vscode.Disposable[];
  /** The Gen 2 apps Hosting found (none before it loaded), for the Environments view's branches. */
  gen2AppIds(): string[];
  /** Fires when the apps Hosting found may have changed. */
  onDidChangeApps(listener: () => void): vscode.Disposable;
  /** The AWS profile or region changed. */
  selectionChanged(): void;
}

export function registerHosting(context: vscode.ExtensionContext, deps: HostingDependencies): RegisteredHosting {
  const deferred = new DeferredTreeProvider('Loading Amplify Hosting…');
  const view = vscode.window.createTreeView(HOSTING_VIEW_ID, { treeDataProvider: deferred, showCollapseAll: true });
  const appsChanged = new vscode.EventEmitter<void>();
  let started: StartedHosting | undefined;
  let loading: Promise<typeof import('./hosting-features')> | undefined;
  const load = () =>
    (loading ??= import('./hosting-features').then((features) => {
      started = features.startHosting(context, deps, view, deferred);
      context.subscriptions.push(
        ...started.disposables,
        started.service.onDidChange(() => appsChanged.fire()),
      );
      return features;
    }));
  const hosting = async (command: string, args: unknown[]) => {
    await load();
    return started?.run(command, args);
  };
  const secrets = (command: SandboxSecretCommand) => async (row?: unknown, name?: unknown) =>
    (await load()).runSandboxSecretCommand(command, { snapshots: deps.snapshots, log: deps.log }, row, name);
  if (view.visible) void load();
  return {
    disposables: [
      view,
      deferred,
      appsChanged,
      view.onDidChangeVisibility(({ visible }) => visible && void load()),
      ...Object.values(HOSTING_COMMANDS).map((command) =>
        vscode.commands.registerCommand(command, (...args: unknown[]) => hosting(command, args)),
      ),
      vscode.commands.registerCommand(OPEN_IN_AWS_CONSOLE_COMMAND, async (node?: unknown) =>
        (await load()).openResourceInConsole({ pool: deps.stackPool, snapshots: deps.snapshots, selection: deps.selection }, node),
      ),
      ...(Object.keys(SANDBOX_SECRET_COMMANDS) as SandboxSecretCommand[]).map((command) =>
        vscode.commands.registerCommand(SANDBOX_SECRET_COMMANDS[command], secrets(command)),
      ),
    ],
    gen2AppIds: () => started?.service.gen2AppIds() ?? [],
    onDidChangeApps: (listener) => appsChanged.event(listener),
    selectionChanged: () => started?.selectionChanged(),
  };
}
