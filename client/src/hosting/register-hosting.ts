/**
 * Amplify Hosting in the sidebar: the Hosting view, its refresh on a quiet interval while it is
 * shown, the poller that follows running jobs, the notifications when watched jobs end, and the
 * Hosting commands. Registered with the rest of what reads AWS, once the workspace is trusted
 * (onboarding/workspace-trust.ts); AWS is read only once the view is shown (or a command asks).
 */
import * as vscode from 'vscode';
import type { AmplifyHostingGatewayPool } from '../aws/amplify-hosting-gateway-pool';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { refreshWhileVisible } from '../views/refresh-while-visible';
import { chooseHostingApp } from './hosting-app-picker';
import { HOSTING_COMMANDS, HOSTING_VIEW_ID } from './hosting-command-ids';
import { HostingJobCommands } from './hosting-job-commands';
import { HostingOpenCommands } from './hosting-open-commands';
import { hostingRef } from './hosting-refs';
import { HostingService, type HostingRefreshReason } from './hosting-service';
import { HostingTreeProvider } from './hosting-tree-provider';
import { announceJobEnd } from './job-end-notifications';
import { JobPoller } from './job-poller';

export interface HostingDependencies {
  hostingPool(): Promise<AmplifyHostingGatewayPool>;
  stackPool(): Promise<CloudFormationGatewayPool>;
  selection(): { profile?: string; region?: string };
  settingAppIds(): readonly string[];
}

/** Running jobs are read this often; a build takes minutes, a step tens of seconds. */
const JOB_POLL_MS = 4_000;
const CHOSEN_APPS_KEY = 'amplifyLens.hosting.chosenApps';

export interface RegisteredHosting {
  service: HostingService;
  disposables: vscode.Disposable[];
  /** The AWS profile or region changed: reload now if the view shows, else when it is next shown. */
  selectionChanged(): void;
}

/** A push updates the remote-tracking ref; its build is looked for once git is done writing. */
const PUSH_SETTLE_MS = 4_000;

/**
 * Watches each project's repository for pushes (`.git/refs/remotes/**`, `.git/packed-refs`): the
 * build a push starts on the current branch is then followed like one started here. Only for
 * projects whose app is known.
 */
function watchPushes(service: HostingService, nudge: () => void): vscode.Disposable[] {
  const watchers = new Map<string, vscode.Disposable>();
  let timer: NodeJS.Timeout | undefined;
  const pushed = new Set<string>();
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const roots = [...pushed];
      pushed.clear();
      for (const root of roots) void service.lookForPushedBuild(root).then((found) => found && nudge(), () => undefined);
    }, PUSH_SETTLE_MS);
  };
  const update = () => {
    for (const project of service.snapshots()) {
      const gitDir = project.app && project.currentGitBranch ? project.gitRefsDir : undefined;
      if (!gitDir || watchers.has(project.projectRoot)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(gitDir), '{refs/remotes/**,packed-refs}'));
      const onChange = () => {
        pushed.add(project.projectRoot);
        settle();
      };
      watchers.set(project.projectRoot, vscode.Disposable.from(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange)));
    }
  };
  return [
    service.onDidChange(update),
    {
      dispose: () => {
        clearTimeout(timer);
        for (const watcher of watchers.values()) watcher.dispose();
        watchers.clear();
      },
    },
  ];
}

export function registerHosting(context: vscode.ExtensionContext, deps: HostingDependencies): RegisteredHosting {
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
  const view = vscode.window.createTreeView(HOSTING_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
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
  const command = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);

  const disposables: vscode.Disposable[] = [
    view,
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
    view.onDidExpandElement(({ element }) => tree.expanded(element)),
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
  return { service, disposables, selectionChanged };
}
