/**
 * Tails a function's logs while it is being debugged (setting `amplifyLens.logs.tailOnDebug`):
 * when a debug run starts whose configuration points into a function folder (or, with `always`,
 * any run in an Amplify workspace folder; with `ask`, the default, after asking once:
 * tail-on-debug-consent.ts), its groups in the current environment are tailed, and
 * the tail stops when the run ends; the viewer stays open with what the run logged.
 */
import * as vscode from 'vscode';
import { matchDebugFunctions, projectFunctions } from './debug-function-matching';
import type { LogTarget } from './log-targets';
import type { LogTargetsService } from './log-targets-service';
import type { TailOnDebugConsent, TailOnDebugSetting } from './tail-on-debug-consent';
import { lensSetting } from '../settings/settings-reader';

export function registerDebugLogTracker(
  service: LogTargetsService,
  startTail: (targets: readonly LogTarget[], title: string) => Promise<{ stop(): void }>,
  consent: TailOnDebugConsent,
): vscode.Disposable[] {
  const tails = new Map<string, Promise<{ stop(): void } | undefined>>();

  async function tailFor(run: vscode.DebugSession): Promise<{ stop(): void } | undefined> {
    const setting: TailOnDebugSetting = lensSetting('logs.tailOnDebug', run.workspaceFolder);
    if (setting === 'off') return undefined;
    // Until the person answers, `ask` matches as `function` does: only a run that points at a function asks.
    const mode = setting === 'ask' ? 'function' : setting;
    const environments = (await service.environments()).filter((environment) => environment.isCurrent);
    const folder = run.workspaceFolder?.uri.fsPath;
    const matched = matchDebugFunctions(run.configuration, folder, environments.flatMap(projectFunctions), mode);
    if (matched.length === 0) return undefined;
    const targets: LogTarget[] = [];
    for (const environment of environments) {
      const names = new Set(matched.filter((fn) => fn.projectRoot === environment.projectRoot).map((fn) => fn.name));
      if (names.size === 0) continue;
      targets.push(
        ...(await service.targetsOf(environment)).filter((target) => target.category === 'function' && names.has(target.resourceName)),
      );
    }
    if (targets.length === 0) return undefined;
    if (!(await consent.allows(setting, [...new Set(targets.map((target) => target.resourceName))]))) return undefined;
    return startTail(targets, `${run.name}: ${targets.map((target) => target.resourceName).join(', ')}`);
  }

  return [
    vscode.debug.onDidStartDebugSession((run) => {
      // Child runs (a Node worker, a compound's parts) belong to the run that started them.
      if (run.parentSession) return;
      tails.set(
        run.id,
        tailFor(run).catch(() => undefined),
      );
    }),
    vscode.debug.onDidTerminateDebugSession((run) => {
      const tail = tails.get(run.id);
      tails.delete(run.id);
      void tail?.then((feed) => feed?.stop());
    }),
  ];
}
