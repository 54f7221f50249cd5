/**
 * Amplify Lens in VS Code: wires the parts together and nothing else. Activation does no
 * network I/O and loads little: the language server starts in its own process, the language
 * client and the AWS SDK are bundles of their own loaded on first use, and the Amplify views ask
 * CloudFormation only once one of them is shown.
 *
 * Two halves. What executes nothing of the project's runs everywhere: the language server (only
 * where there is something Amplify to check) and the context keys that show the Amplify view and
 * commands where a project is. What reads AWS or runs the user's CLI waits for workspace trust.
 */
import * as vscode from 'vscode';
import { LocateSchemaSymbolsRequest } from 'amplify-lens-model/contracts';
import type { AmplifyHostingGatewayPool } from './aws/amplify-hosting-gateway-pool';
import type { CloudFormationGatewayPool } from './aws/cloudformation-gateway-pool';
import { overrideEndpoint } from './aws/endpoint-override';
import { readEndpointOverrides, showEndpointOverrides } from './aws/endpoint-override-status';
import { registerSsoLoginCommand } from './aws/sso-login-command';
import { registerDeployCommands } from './deploy';
import { cliVersion } from './deploy/cli-version';
import { EnvironmentsService } from './environments/environments-service';
import { registerLogCommands } from './logs/register-log-commands';
import { AmplifyLanguageClient } from './lsp/amplify-language-client';
import { createLensLogChannel } from './lsp/lens-log-channel';
import { AMPLIFY_CONTEXT_KEYS, needsLanguageServer } from './onboarding/amplify-workspace';
import { watchAmplifyWorkspace } from './onboarding/amplify-workspace-watcher';
import { registerSetupCheckCommands } from './onboarding/setup-check-commands';
import { whenWorkspaceTrusted } from './onboarding/workspace-trust';
import { WorkspaceAwsSelectionStore, registerEnvironmentViews } from './views';
import { registerEnvironmentOverview } from './views/environment-overview-panel';
import { registerHosting } from './hosting';
import { lensSetting } from './settings/settings-reader';

let languageClient: AmplifyLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // One masked log for the language client, AWS calls, CLI runs and log tails (lens-log-channel.ts).
  const log = createLensLogChannel();
  const client = new AmplifyLanguageClient(context, log);
  languageClient = client;
  let serverStarted = false;
  // The profile and region chosen in the status bar (names only, kept per workspace).
  const selection = new WorkspaceAwsSelectionStore(context.workspaceState);
  context.subscriptions.push(
    client,
    log,
    vscode.commands.registerCommand('amplifyLens.restartServer', () => client.restart()),
    vscode.commands.registerCommand('amplifyLens.showServerOutput', () => client.showOutput()),
    selection,
    ...registerSetupCheckCommands({
      amplifyVersion: () => cliVersion('amplify', lensSetting('cli.amplifyPath'), vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? ''),
      selection: () => selection.get(),
    }),
    // Found in the background: activation does not wait for the folders to be searched.
    watchAmplifyWorkspace((state) => {
      if (serverStarted || !needsLanguageServer(state)) return;
      serverStarted = true;
      void vscode.commands.executeCommand('setContext', AMPLIFY_CONTEXT_KEYS.languageServerEnabled, true);
      client.start().catch((error: unknown) => {
        void vscode.window.showErrorMessage(
          `Amplify Lens could not start its language server: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    }),
    whenWorkspaceTrusted(context, () => activateAwsAndCli(context, selection, log)),
  );
}

/** The Amplify views, deploys, logs and sign-in: everything that reads AWS or runs the user's CLI. */
function activateAwsAndCli(
  context: vscode.ExtensionContext,
  selection: WorkspaceAwsSelectionStore,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const endpoints = readEndpointOverrides();
  const endpoint = overrideEndpoint(endpoints.find((reading) => reading.service === 'cloudFormation')!.override);
  const amplifyEndpoint = overrideEndpoint(endpoints.find((reading) => reading.service === 'amplify')!.override);
  // The AWS SDK lives in client/out/aws-services.js, required when something first needs AWS.
  let pool: Promise<CloudFormationGatewayPool> | undefined;
  const loadPool = () =>
    (pool ??= import('./aws/aws-services').then(({ CloudFormationGatewayPool: Pool }) => new Pool({ ...(endpoint ? { endpoint } : {}), log })));
  let hostingPool: Promise<AmplifyHostingGatewayPool> | undefined;
  const loadHostingPool = () =>
    (hostingPool ??= import('./aws/aws-services').then(
      ({ AmplifyHostingGatewayPool: Pool }) => new Pool({ ...(amplifyEndpoint ? { endpoint: amplifyEndpoint } : {}), log }),
    ));
  const environments: EnvironmentsService = new EnvironmentsService({
    folders: () => vscode.workspace.workspaceFolders?.map((folder) => folder.uri.fsPath) ?? [],
    selection: () => selection.get(),
    // The Gen 2 apps Hosting found also bring their branch deployments into the Environments view.
    appIds: () => [...new Set([...lensSetting('gen2AppIds'), ...hosting.gen2AppIds()])],
    pool: loadPool,
  });
  // The status bar's profile and region, from the project's files and the shared AWS config: no AWS call.
  const local = setImmediate(() => void environments.readLocal());
  const hosting = registerHosting(context, {
    hostingPool: loadHostingPool,
    stackPool: loadPool,
    selection: () => selection.get(),
    settingAppIds: () => lensSetting('gen2AppIds'),
    snapshots: () => environments.snapshots(),
    log,
  });
  return [
    { dispose: () => clearImmediate(local) },
    { dispose: () => environments.dispose() },
    { dispose: () => void pool?.then((loaded) => loaded.clear()) },
    { dispose: () => void hostingPool?.then((loaded) => loaded.clear()) },
    showEndpointOverrides(endpoints),
    ...registerEnvironmentViews(
      context,
      environments,
      { listProfiles: () => import('./aws/aws-config').then((config) => config.listProfiles()) },
      selection,
    ),
    ...registerEnvironmentOverview(context, { environments }),
    ...hosting.disposables,
    // A Gen 2 app Hosting found brings its branch deployments into the Environments view.
    hosting.onDidChangeApps(
      (() => {
        let known = '';
        return () => {
          const ids = hosting.gen2AppIds().sort().join(',');
          if (ids === known) return;
          known = ids;
          if (ids) void environments.refresh('interval');
        };
      })(),
    ),
    selection.onDidChange(() => {
      void pool?.then((loaded) => loaded.clear()); // clients hold the old profile's credentials
      void environments.readLocal();
      void hostingPool?.then((loaded) => loaded.clear());
      void environments.refresh('aws-selection-changed');
      hosting.selectionChanged();
    }),
    registerSsoLoginCommand(),
    ...registerDeployCommands(context, {
      snapshots: () => environments.snapshots(),
      pool: loadPool,
      selection: () => selection.get(),
      // Unplaced transformer errors ask the server where a type is declared; without one, the runner scans.
      symbolLocator: async (projectRoot, symbols) => languageClient?.request(LocateSchemaSymbolsRequest, { projectRoot, symbols }),
      log,
    }),
    ...registerLogCommands(context, { environments, cloudFormation: loadPool, selection, log }),
  ];
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}
