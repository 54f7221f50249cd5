/**
 * Says so when Lens reads AWS somewhere other than AWS: a status bar entry, shown only while an
 * endpoint override is set, naming each redirected service, its URL and which settings file holds
 * it; a warning look and a one-time notification when an override is refused (see
 * endpoint-override.ts). Overrides are read once per window, as the SDK clients are built once.
 */
import * as vscode from 'vscode';
import { inspectLensSetting, lensSetting } from '../settings/settings-reader';
import { ENDPOINT_OVERRIDE_SETTINGS, checkEndpointOverride, type EndpointOverride, type EndpointService } from './endpoint-override';

const SERVICE_NAMES: Record<EndpointService, string> = {
  cloudFormation: 'CloudFormation',
  cloudWatchLogs: 'CloudWatch Logs',
  amplify: 'Amplify Hosting',
};

export interface EndpointOverrideReading {
  service: EndpointService;
  setting: string;
  override: EndpointOverride;
  /** Which settings file the value comes from, for the user to find (and distrust) it. */
  origin: string | undefined;
}

/** Every override as the current settings have them. */
export function readEndpointOverrides(): EndpointOverrideReading[] {
  return (Object.keys(ENDPOINT_OVERRIDE_SETTINGS) as EndpointService[]).map((service) => {
    const key = ENDPOINT_OVERRIDE_SETTINGS[service];
    return {
      service,
      setting: `amplifyLens.${key}`,
      override: checkEndpointOverride(lensSetting(key)),
      origin: originOf(inspectLensSetting(key)),
    };
  });
}

function originOf(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']>): string | undefined {
  if (!inspected) return undefined;
  if (inspected.workspaceFolderValue !== undefined) return 'the workspace folder settings';
  if (inspected.workspaceValue !== undefined) return 'the workspace settings';
  if (inspected.globalValue !== undefined) return 'your user settings';
  return undefined;
}

/** The status bar entry and the warning, for readings taken when the AWS clients were built. */
export function showEndpointOverrides(readings: readonly EndpointOverrideReading[]): vscode.Disposable {
  const shown = readings.filter((reading) => reading.override.state !== 'none');
  if (shown.length === 0) return new vscode.Disposable(() => {});
  const rejected = shown.filter((reading) => reading.override.state === 'rejected');
  const item = vscode.window.createStatusBarItem('amplifyLens.endpointOverride', vscode.StatusBarAlignment.Left, -1);
  item.name = 'Amplify AWS Endpoint Override';
  item.text = rejected.length > 0 ? '$(warning) AWS endpoint override refused' : '$(plug) AWS endpoint override';
  item.tooltip = new vscode.MarkdownString(shown.map(describe).join('\n\n'), true);
  item.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['amplifyLens.aws'] };
  item.backgroundColor = rejected.length > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  item.show();
  for (const reading of rejected) {
    if (reading.override.state !== 'rejected') continue;
    void vscode.window
      .showWarningMessage(
        `Amplify Lens ignores ${reading.setting} (${reading.override.value}${reading.origin ? `, from ${reading.origin}` : ''}): ${reading.override.reason}. ${SERVICE_NAMES[reading.service]} is read from AWS.`,
        'Open Settings',
      )
      .then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', reading.setting));
  }
  return item;
}

function describe(reading: EndpointOverrideReading): string {
  const name = SERVICE_NAMES[reading.service];
  const from = reading.origin ? ` — from ${reading.origin}` : '';
  if (reading.override.state === 'active')
    return `**${name}** is read from ${code(reading.override.url)} (\`${reading.setting}\`${from}), not from AWS.`;
  if (reading.override.state === 'rejected')
    return `$(warning) \`${reading.setting}\`${from} is ignored: ${reading.override.reason}. ${name} is read from AWS.`;
  return '';
}

/** A settings value as inline code: it comes from a file the project may hold, so it cannot close the span. */
function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``;
}
