/**
 * Amplify Hosting once loaded (see register-hosting.ts): the service behind the Hosting view, its
 * refresh on a quiet interval while the view is shown, the poller that follows running jobs, the
 * push watcher, the notifications when watched jobs end, and what each Hosting command does.
 */
import * as vscode from 'vscode';
import type { AmplifyHostingGatewayPool } from '../aws/amplify-hosting-gateway-pool';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { refreshWhileVisible } from '../views/refresh-while-visible';
import { chooseHostingApp } from './hosting-app-picker';
import type { CliRunLog } from '../deploy/cli-process';
import type { EnvironmentsSnapshot } from '../environments/environment-types';
import type { DeferredTreeProvider } from './deferred-tree-provider';
import { HOSTING_COMMANDS } from './hosting-command-ids';
import type { HostingViewNode } from './hosting-nodes';
import { HostingJobCommands } from './hosting-job-commands';
import { HostingOpenCommands } from './hosting-open-commands';
import { hostingRef } from './hosting-refs';
import { HostingService, type HostingRefreshReason } from './hosting-service';
import { HostingTreeProvider } from './hosting-tree-provider';
import { announceJobEnd } from './job-end-notifications';
import { JobPoller } from './job-poller';
import { watchPushes } from './watch-pushes';

export interface HostingDependencies {
  hostingPool(): Promise<AmplifyHostingGatewayPool>;
  stackPool(): Promise<CloudFormationGatewayPool>;
  selection(): { profile?: string; region?: string };
  settingAppIds(): readonly string[];
  /** The Environments view's snapshots: resource rows and sandboxes for the console and secrets commands. */
  snapshots(): readonly EnvironmentsSnapshot[];
  /** The extension's log, where the secrets commands' CLI runs are written (never their input or output). */
  log?: CliRunLog;
}

/** Running jobs are read this often; a build takes minutes, a step tens of seconds. */
const JOB_POLL_MS = 4_000;
const CHOSEN_APPS_KEY = 'amplifyLens.hosting.chosenApps';

export interface StartedHosting {
  service: HostingService;
  disposables: vscode.Disposable[];
  /** Runs one of HOSTING_COMMANDS with the arguments VS Code passed. */
  run(command: string, args: unknown[]): Promise<unknown>;
  /** The AWS profile or region changed: reload now if the view shows, else when it is next shown. */
  selectionChanged(): void;
}

export function startHosting(
  context: vscode.ExtensionContext,
  deps: HostingDependencies,
  view: vscode.TreeView<unknown>,
  deferred: DeferredTreeProvider,
): StartedHosting {
  const chosen = () => context.workspaceState.get<Record<string, string>>(CHOSEN_APPS_KEY) ?? {};
  const service = new HostingService({
    folders: () => vscode.workspace.workspaceFolders?.filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath) ?? [],
    selection: deps.selection,
    settingAppIds: deps.settingAppIds,
    chosenApps: {
      get: (root) => chosen()[root],
      set: (root, appId) => {
        const { [root]: _dropped, ...rest } = chosen();
        return context.workspaceState.update(CHOSEN_APPS_KEY, appId ? { ...rest, [root]: appId } : rest);
      },
    },
    hostingPool: deps.hostingPool,
    stackPool: deps.stackPool,
    onJobEnded: announceJobEnd,
  });
  const tree = new HostingTreeProvider(service);
  deferred.serve(tree);
  const poller = new JobPoller(
    (visible) => service.poll(visible),
    (visible) => service.pollableJobs(visible).length > 0,
    { intervalMs: JOB_POLL_MS, visible: view.visible },
  );
  const refresh = async (reason: HostingRefreshReason) => {
    try {
      await service.refresh(reason);
    } catch (error) {
      void vscode.window.showErrorMessage(`Amplify Hosting: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      tree.setLoading(false);
    }
  };
  const timed = refreshWhileVisible([view], () => refresh('interval'));
  let stale = false;
  const jobs = new HostingJobCommands(service);
  const open = new HostingOpenCommands(context, service, deps.stackPool);
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const command = (id: string, run: (...args: unknown[]) => unknown) => {
    handlers.set(id, run);
    return { dispose: () => handlers.delete(id) };
  };

  const disposables: vscode.Disposable[] = [
    tree,
    ...timed.disposables,
    { dispose: () => poller.dispose() },
    { dispose: () => open.dispose() },
    { dispose: () => service.dispose() },
    service.onDidChange(() => poller.nudge()),
    view.onDidChangeVisibility(({ visible }) => {
      poller.setVisible(visible);
      if (visible && stale) {
        stale = false;
        void refresh('aws-selection-changed');
      }
    }),
    view.onDidExpandElement(({ element }) => tree.expanded(element as HostingViewNode)),
    command(HOSTING_COMMANDS.refresh, async () => {
      timed.refresher.noteRefreshed();
      await refresh('user');
    }),
    command(HOSTING_COMMANDS.chooseApp, (root?: unknown, appId?: unknown) => {
      const ref = hostingRef([root]);
      return chooseHostingApp(service, ref?.projectRoot, typeof appId === 'string' ? appId : ref?.appId);
    }),
    command(HOSTING_COMMANDS.redeploy, (...args) => jobs.redeploy(hostingRef(args))),
    command(HOSTING_COMMANDS.retryJob, (...args) => jobs.retry(hostingRef(args))),
    command(HOSTING_COMMANDS.stopJob, (...args) => jobs.stop(hostingRef(args))),
    command(HOSTING_COMMANDS.openBranchUrl, (...args) => open.openBranchUrl(hostingRef(args))),
    command(HOSTING_COMMANDS.openInConsole, (...args) => open.openInConsole(hostingRef(args))),
    command(HOSTING_COMMANDS.showJobLogs, (...args) => open.showLogs(hostingRef(args))),
    command(HOSTING_COMMANDS.showStepLog, (...args) => {
      const ref = hostingRef(args);
      return open.showLogs(ref, ref?.stepName);
    }),
    command(HOSTING_COMMANDS.showBackendTimeline, (...args) => open.showBackendTimeline(hostingRef(args))),
    command(HOSTING_COMMANDS.loadMoreJobs, (...args) => {
      const ref = hostingRef(args);
      return ref?.branchName ? service.loadMoreJobs(ref.projectRoot, ref.branchName) : undefined;
    }),
  ];
  disposables.push(...watchPushes(service, () => poller.nudge()));
  const selectionChanged = () => {
    if (!view.visible) {
      stale = true;
      return;
    }
    timed.refresher.noteRefreshed();
    void refresh('aws-selection-changed');
  };
  const run = async (id: string, args: unknown[]) => handlers.get(id)?.(...args);
  return { service, disposables, run, selectionChanged };
}
