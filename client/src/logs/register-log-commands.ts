/**
 * The log commands: Tail Logs, Search Logs, Open Logs in Console and Stop Tailing Logs, from the
 * Resources view's function and API rows or the command palette, and the tail that follows debug
 * runs. Thin: groups come from LogTargetsService, feeds from LiveTailFeed and SearchFeed, and the
 * viewer shows them.
 */
import * as vscode from 'vscode';
import { classifyAwsError } from '../aws/aws-problem-classifier';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import type { CloudWatchLogsGatewayPool } from '../aws/cloudwatch-logs-gateway-pool';
import type { AwsCallLog } from '../aws/sdk-call-log';
import { checkEndpointOverride, overrideEndpoint } from '../aws/endpoint-override';
import type { EnvironmentResource, EnvironmentsSnapshot } from '../environments/environment-types';
import { openLogViewer } from './log-viewer-panel';
import { registerDebugLogTracker } from './debug-log-tracker';
import { LiveTailBillingNotice } from './live-tail-billing-notice';
import { LiveTailFeed } from './live-tail-feed';
import { logEventsConsoleUrl, logGroupConsoleUrl } from './log-console-url';
import type { LogFeed } from './log-feed';
import { pickSearchQuery, pickTarget, pickTargets, pickTimeRange } from './log-pickers';
import { LogTailRegistry } from './log-tail-registry';
import type { LogTarget } from './log-targets';
import { LogTargetsService } from './log-targets-service';
import { SearchFeed } from './search-feed';
import { TailOnDebugConsent } from './tail-on-debug-consent';
import { logTailSession, type TailLog } from './tail-session-log';
import { lensSetting } from '../settings/settings-reader';

export const LOG_COMMANDS = {
  tail: 'amplifyLens.tailLogs',
  search: 'amplifyLens.searchLogs',
  openInConsole: 'amplifyLens.openLogsInConsole',
  stop: 'amplifyLens.stopTailingLogs',
} as const;

export interface LogCommandsDeps {
  environments: { snapshots(): readonly EnvironmentsSnapshot[]; refresh(reason: 'user'): Promise<void> };
  /** The extension's CloudFormation pool, loaded on first use. */
  cloudFormation(): Promise<CloudFormationGatewayPool>;
  /** The profile and region chosen in the status bar; a change may point at another account. */
  selection: { get(): { profile?: string; region?: string }; onDidChange(listener: () => unknown): vscode.Disposable };
  /** The extension's log: each CloudWatch Logs call's failure, and each tail session. */
  log?: AwsCallLog & TailLog;
}

export function registerLogCommands(context: vscode.ExtensionContext, deps: LogCommandsDeps): vscode.Disposable[] {
  // Like the CloudFormation pool, loaded by `import()` when logs are first asked for: activation does not evaluate the SDK.
  let logsPool: Promise<CloudWatchLogsGatewayPool> | undefined;
  // Only https or loopback http (endpoint-override.ts); the status bar says when one is in use.
  const endpoint = overrideEndpoint(checkEndpointOverride(lensSetting('aws.cloudWatchLogsEndpoint')));
  const loadLogsPool = () =>
    (logsPool ??= import('../aws/aws-services').then(
      ({ CloudWatchLogsGatewayPool: Pool }) => new Pool({ ...(endpoint ? { endpoint } : {}), log: deps.log }),
    ));
  const service = new LogTargetsService({
    snapshots: () => deps.environments.snapshots(),
    refresh: () => deps.environments.refresh('user'),
    cloudFormation: deps.cloudFormation,
    logs: loadLogsPool,
    selection: () => deps.selection.get(),
  });
  const tails = new LogTailRegistry();
  const billing = new LiveTailBillingNotice(context.globalState, {
    show: (message, ...actions) => vscode.window.showInformationMessage(message, ...actions),
    open: (url) => void vscode.env.openExternal(vscode.Uri.parse(url)),
  });
  const consent = new TailOnDebugConsent({
    ask: (question, ...answers) => vscode.window.showInformationMessage(question, ...answers),
    remember: (mode) => vscode.workspace.getConfiguration('amplifyLens').update('logs.tailOnDebug', mode, vscode.ConfigurationTarget.Global),
    billingTold: () => billing.markTold(),
  });
  const open = (feed: LogFeed) => openLogViewer(context, feed);

  async function startTail(targets: readonly LogTarget[], title?: string) {
    const feed = new LiveTailFeed({ targets, portFor: await service.portSource(), title });
    if (deps.log) logTailSession(feed, targets, deps.log); // lets go of the feed when it stops
    billing.watch(feed);
    tails.add(open(feed));
    return feed;
  }

  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(LOG_COMMANDS.tail, async (node?: unknown) => {
      const targets = await chooseTargets(service, node, 'Tail which log groups?');
      if (targets) await startTail(targets);
    }),
    vscode.commands.registerCommand(LOG_COMMANDS.search, async (node?: unknown) => {
      const targets = await chooseTargets(service, node, 'Search which log groups?', true);
      if (!targets) return;
      const range = await pickTimeRange(() => Date.now());
      if (!range) return;
      const query = await pickSearchQuery();
      if (!query) return;
      const feed = new SearchFeed({
        targets,
        portFor: await service.portSource(),
        startTime: range.start,
        endTime: range.end,
        ...(query.kind === 'pattern' ? { filterPattern: query.filterPattern || undefined } : { insightsQuery: query.queryString }),
      });
      open(feed);
    }),
    vscode.commands.registerCommand(LOG_COMMANDS.openInConsole, async (node?: unknown, filterPattern?: unknown) => {
      const targets = await chooseTargets(service, node, 'Open which log group in the CloudWatch console?');
      const target = targets && (await pickTarget(targets, 'Open which log group in the CloudWatch console?'));
      if (!target?.region) return;
      const url =
        typeof filterPattern === 'string' && filterPattern
          ? logEventsConsoleUrl(target.region, target.logGroup, { filterPattern })
          : logGroupConsoleUrl(target.region, target.logGroup);
      // A string keeps the console's `$252F` escapes as they are; a vscode.Uri would encode `$` again.
      await vscode.env.openExternal(url as unknown as vscode.Uri);
    }),
    vscode.commands.registerCommand(LOG_COMMANDS.stop, () => {
      if (tails.closeAll() === 0) void vscode.window.showInformationMessage('No log tail is running.');
    }),
    ...registerDebugLogTracker(service, (targets, title) => startTail(targets, title), consent),
    deps.selection.onDidChange(() => {
      // New commands get clients with the new profile's credentials; open tails keep theirs until closed.
      service.clear();
      const previous = logsPool;
      logsPool = undefined;
      if (tails.size === 0) void previous?.then((pool) => pool.clear());
    }),
    { dispose: () => tails.closeAll() },
    { dispose: () => void logsPool?.then((pool) => pool.clear()) },
  ];
  return disposables;
}

/**
 * The groups of a tree row's resource, or, from the palette, those the person picks among the
 * deployed environments' (current environments first). Failures reading AWS become a message.
 */
async function chooseTargets(
  service: LogTargetsService,
  node: unknown,
  placeHolder: string,
  preselectAll = false,
): Promise<LogTarget[] | undefined> {
  try {
    const resource = resourceOf(node);
    if (resource) {
      const environment = service.environmentOf(resource);
      if (!environment) return undefined;
      const targets = (await service.targetsOf(environment)).filter((target) => target.resourceName === resource.name);
      if (targets.length === 0) void vscode.window.showInformationMessage(noGroupMessage(resource, environment.name));
      return targets.length > 0 ? targets : undefined;
    }
    const all = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Finding log groups…' }, async () => {
      const environments = await service.environments();
      const current = environments.filter((environment) => environment.isCurrent);
      const lists = await Promise.all((current.length > 0 ? current : environments).map((environment) => service.targetsOf(environment)));
      return lists.flat();
    });
    return pickTargets(all, placeHolder, preselectAll ? all : []);
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not find log groups: ${classifyAwsError(error).message}`);
    return undefined;
  }
}

function resourceOf(node: unknown): EnvironmentResource | undefined {
  const candidate = node as { kind?: unknown; resource?: EnvironmentResource } | undefined;
  return candidate?.kind === 'resource' && candidate.resource ? candidate.resource : undefined;
}

function noGroupMessage(resource: EnvironmentResource, environment: string): string {
  return resource.category === 'function'
    ? `No log group found for ${resource.name} in ${environment}. Deploy the function, then refresh the Amplify view.`
    : `${resource.name} in ${environment} has no log group: its API logging is off, or the group was not created yet.`;
}
