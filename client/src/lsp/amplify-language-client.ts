import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import type { LensInitializationOptions, LensRequest, ParamsOf, ResultOf } from 'amplify-lens-model/contracts';
import { onDidChangeYamlValidator, yamlValidatedByRedHat } from '../onboarding/companion-extensions';
import { affectsLensSetting, lensSetting } from '../settings/settings-reader';
import { createCrashHandler, GAVE_UP_MESSAGE, ServerCrashPolicy } from './server-crash-handler';
import { ServerTrafficChannel } from './server-traffic-channel';
import { forwardWorkspaceTrustGrant, workspaceTrustInitializationOptions } from './workspace-trust-signal';

/**
 * Starts the Amplify Lens language server (server/out/server.js) over IPC. `.graphql` files and
 * the files under `amplify/` are sent its way; the server decides which are Amplify's, so a
 * generic GraphQL extension keeps the others. The server pulls the `amplifyLens` settings of each
 * workspace folder itself (`workspace/configuration`, which the language client answers from
 * VS Code's settings) and asks to hear when they change.
 */
export class AmplifyLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly listeners: vscode.Disposable[] = [];
  private readonly crashes = new ServerCrashPolicy();
  /** The traffic with the server goes to the same log, only while `amplifyLens.trace.server` asks for it. */
  private readonly traffic: ServerTrafficChannel;

  /**
   * `output` is the extension's "Amplify Lens" log (lens-log-channel.ts), which the extension owns:
   * vscode-languageclient 11 writes its own lines there, and its traffic with the server while
   * `amplifyLens.trace.server` asks for it (server-traffic-channel.ts); the log masks document texts
   * and secrets before anything is written.
   */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.traffic = new ServerTrafficChannel(output, {
      current: () => lensSetting('trace.server'),
      onDidChange: (listener) => vscode.workspace.onDidChangeConfiguration((event) => affectsLensSetting(event, 'trace.server') && listener()),
    });
    // Who validates the Hosting YAML files is an initialization option: a change restarts a running server.
    this.listeners.push(
      this.traffic,
      onDidChangeYamlValidator(() => this.client && void this.restart()),
      forwardWorkspaceTrustGrant(() => this.client),
    );
  }

  async start(): Promise<void> {
    const { CloseAction, ErrorAction, LanguageClient, TransportKind } = await import('./language-client-library');
    const module = this.context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const initializationOptions: LensInitializationOptions = {
      // VS Code's JSON support validates, completes and explains these files through the
      // extension's jsonValidation contributions; the server adds the cross-file checks only.
      jsonSchemaFeatures: false,
      // Likewise the Hosting YAML files, while Red Hat's YAML extension reads the yamlValidation contributions.
      yamlSchemaFeatures: !yamlValidatedByRedHat(),
      // Gen 2 schemas are checked by running amplify/data/resource.ts: only in a trusted workspace.
      ...workspaceTrustInitializationOptions(),
    };
    const clientOptions: LanguageClientOptions = {
      // Schemas, and the Amplify configuration files; the server decides which files are Amplify's.
      documentSelector: [
        { scheme: 'file', language: 'graphql' },
        { scheme: 'file', pattern: '**/amplify/**/*.json' },
        { scheme: 'file', pattern: '**/amplify_outputs.json' },
        { scheme: 'file', pattern: '**/{amplify,customHttp}.{yml,yaml}' },
        // Gen 2 backends: the data schema's resource.ts and the files it imports. TypeScript's own
        // extension keeps its diagnostics; Lens adds Amplify's beside them.
        { scheme: 'file', pattern: '**/amplify/**/*.{ts,mts,cts}' },
      ],
      initializationOptions,
      outputChannel: this.output,
      traceOutputChannel: this.traffic,
      errorHandler: createCrashHandler(
        this.crashes,
        { restart: CloseAction.Restart, doNotRestart: CloseAction.DoNotRestart, continue: ErrorAction.Continue, shutdown: ErrorAction.Shutdown },
        () => void this.tellServerGaveUp(),
      ),
    };
    const client = new LanguageClient('amplifyLens', 'Amplify Lens', serverOptions, clientOptions);
    this.client = client;
    await client.start();
  }

  async restart(): Promise<void> {
    this.crashes.reset();
    await this.stop();
    await this.start();
  }

  /** After repeated crashes: say so, with the way to the log and to another try. */
  private async tellServerGaveUp(): Promise<void> {
    const choice = await vscode.window.showErrorMessage(GAVE_UP_MESSAGE, 'Show Output', 'Restart');
    if (choice === 'Show Output') this.showOutput();
    else if (choice === 'Restart') await this.restart().catch((error: unknown) => this.output.appendLine(`Restarting failed: ${String(error)}`));
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  /** A request declared in the shared contracts; undefined while the server is not running. */
  async request<T extends LensRequest<unknown, unknown>>(request: T, params: ParamsOf<T>): Promise<ResultOf<T> | undefined> {
    const client = this.client;
    if (!client?.isRunning()) return undefined;
    return (await client.sendRequest(request.method, params)) as ResultOf<T>;
  }

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    for (const listener of this.listeners.splice(0)) listener.dispose();
    void this.stop();
  }
}
