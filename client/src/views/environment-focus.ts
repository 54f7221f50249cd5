/**
 * Which environment the Resources and Outputs views and the status bar follow: the one selected in
 * the Environments view, else the current one (checked-out Gen 1 env, own sandbox), preferring the
 * project of the file being edited when the workspace holds several.
 */
import { environmentKey } from '../environments/environment-key';
import type { AmplifyEnvironment, EnvironmentsSnapshot } from '../environments/environment-types';

export interface FocusHints {
  /** Key of the environment selected in the Environments view, if any. */
  selectedKey?: string;
  /** Path of the active editor's file, to pick among several projects. */
  activeFilePath?: string;
}

export function focusedEnvironment(snapshots: readonly EnvironmentsSnapshot[], hints: FocusHints = {}): AmplifyEnvironment | undefined {
  const environments = snapshots.flatMap((snapshot) => snapshot.environments);
  if (hints.selectedKey) {
    const selected = environments.find((environment) => environmentKey(environment) === hints.selectedKey);
    if (selected) return selected;
  }
  const project = projectOfFile(snapshots, hints.activeFilePath);
  const preferred = project ? [project, ...snapshots.filter((snapshot) => snapshot !== project)] : snapshots;
  for (const snapshot of preferred) {
    const current = snapshot.environments.find((environment) => environment.isCurrent);
    if (current) return current;
  }
  return undefined;
}

/** The innermost project folder containing the file (nested projects: the deepest wins). */
export function projectOfFile(snapshots: readonly EnvironmentsSnapshot[], filePath: string | undefined): EnvironmentsSnapshot | undefined {
  if (!filePath) return undefined;
  const normalized = filePath.replace(/\\/g, '/');
  let best: EnvironmentsSnapshot | undefined;
  for (const snapshot of snapshots) {
    const root = snapshot.projectRoot.replace(/\\/g, '/').replace(/\/$/, '');
    const inside = normalized === root || normalized.startsWith(`${root}/`);
    if (inside && (!best || root.length > best.projectRoot.length)) best = snapshot;
  }
  return best;
}
