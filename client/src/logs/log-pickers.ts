/**
 * The log commands' questions, as VS Code quick picks and input boxes. Each returns undefined when
 * the person cancels; parsing and wording live in vscode-free modules.
 */
import * as vscode from 'vscode';
import { TIME_RANGE_PRESETS, parseTimeRange, type TimeRange } from './log-time-range';
import type { LogTarget } from './log-targets';

type TargetItem = vscode.QuickPickItem & { target: LogTarget };

export async function pickTargets(
  targets: readonly LogTarget[],
  placeHolder: string,
  preselected: readonly LogTarget[] = [],
): Promise<LogTarget[] | undefined> {
  if (targets.length === 0) {
    void vscode.window.showInformationMessage('No log groups found: deploy a function (or turn on API logging) and refresh the Amplify view.');
    return undefined;
  }
  const items: TargetItem[] = targets.map((target) => ({
    label: `$(${target.category === 'api' ? 'symbol-interface' : 'symbol-function'}) ${target.resourceName}`,
    description: target.environment,
    detail: target.logGroup,
    picked: preselected.some((chosen) => chosen.logGroup === target.logGroup),
    target,
  }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder, matchOnDetail: true, ignoreFocusOut: true });
  return picked && picked.length > 0 ? picked.map((item) => item.target) : undefined;
}

export async function pickTarget(targets: readonly LogTarget[], placeHolder: string): Promise<LogTarget | undefined> {
  if (targets.length <= 1) return targets[0];
  const picked = await vscode.window.showQuickPick(
    targets.map((target) => ({ label: target.resourceName, description: target.environment, detail: target.logGroup, target })),
    { placeHolder, matchOnDetail: true },
  );
  return picked?.target;
}

export async function pickTimeRange(now: () => number): Promise<TimeRange | undefined> {
  const custom = { label: 'Custom…', description: '30m, 2h, 7d, or two dates' };
  const picked = await vscode.window.showQuickPick([...TIME_RANGE_PRESETS.map((preset) => ({ label: preset.label, preset })), custom], {
    placeHolder: 'Search which time range?',
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if ('preset' in picked) return { start: now() - picked.preset.durationMs, end: now() };
  const text = await vscode.window.showInputBox({
    prompt: 'Time range: a duration back from now (30m, 2h, 7d), or two dates (2026-05-14 09:00 to 2026-05-14 10:00)',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const range = parseTimeRange(value, now());
      return typeof range === 'string' ? range : undefined;
    },
  });
  if (text === undefined) return undefined;
  const range = parseTimeRange(text, now());
  return typeof range === 'string' ? undefined : range;
}

export type SearchQuery = { kind: 'pattern'; filterPattern: string } | { kind: 'insights'; queryString: string };

export const DEFAULT_INSIGHTS_QUERY = 'fields @timestamp, @message, @logStream, @log\n| sort @timestamp desc\n| limit 1000';

export async function pickSearchQuery(): Promise<SearchQuery | undefined> {
  const items: (vscode.QuickPickItem & { searchKind: SearchQuery['kind'] })[] = [
    { label: 'Filter pattern', description: 'FilterLogEvents: ERROR, "timed out", ?a ?b, { $.level = "ERROR" }', searchKind: 'pattern' },
    { label: 'Logs Insights query', description: 'fields, filter, sort, stats… (billed per GB scanned)', searchKind: 'insights' },
  ];
  const choice = await vscode.window.showQuickPick(items, {
    placeHolder: 'Search with a filter pattern or a Logs Insights query?',
    ignoreFocusOut: true,
  });
  if (!choice) return undefined;
  if (choice.searchKind === 'pattern') {
    const filterPattern = await vscode.window.showInputBox({
      prompt: 'Filter pattern (empty for every event)',
      placeHolder: 'ERROR -"Init Duration"',
      ignoreFocusOut: true,
    });
    return filterPattern === undefined ? undefined : { kind: 'pattern', filterPattern: filterPattern.trim() };
  }
  const queryString = await vscode.window.showInputBox({
    prompt: 'Logs Insights query (the | separated commands)',
    value: DEFAULT_INSIGHTS_QUERY.replace(/\n/g, ' '),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'The query cannot be empty'),
  });
  return queryString === undefined ? undefined : { kind: 'insights', queryString: queryString.trim() };
}
