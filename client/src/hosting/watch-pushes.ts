import * as vscode from 'vscode';
import type { HostingService } from './hosting-service';

/** A push updates the remote-tracking ref; its build is looked for once git is done writing. */
const PUSH_SETTLE_MS = 4_000;

/**
 * Watches each project's repository for pushes (`.git/refs/remotes/**`, `.git/packed-refs`): the
 * build a push starts on the current branch is then followed like one started here. Only for
 * projects whose app is known.
 */
export function watchPushes(service: HostingService, nudge: () => void): vscode.Disposable[] {
  const watchers = new Map<string, vscode.Disposable>();
  let timer: NodeJS.Timeout | undefined;
  const pushed = new Set<string>();
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const roots = [...pushed];
      pushed.clear();
      for (const root of roots)
        void service.lookForPushedBuild(root).then(
          (found) => found && nudge(),
          () => undefined,
        );
    }, PUSH_SETTLE_MS);
  };
  const update = () => {
    for (const project of service.snapshots()) {
      const gitDir = project.app && project.currentGitBranch ? project.gitRefsDir : undefined;
      if (!gitDir || watchers.has(project.projectRoot)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.file(gitDir), '{refs/remotes/**,packed-refs}'),
      );
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
