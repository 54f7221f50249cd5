import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { createCrashHandler, GAVE_UP_MESSAGE, ServerCrashPolicy } from './server-crash-handler';

/**
 * Starts the Amplify Lens language server (server/out/server.js) over IPC and keeps it in step
 * with the `amplifyLens` settings. `.graphql` files and the files under `amplify/` are sent its
 * way; the server decides which are Amplify's, so a generic GraphQL extension keeps the others.
 */
export class AmplifyLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel('Amplify Lens');
  private readonly crashes = new ServerCrashPolicy();

  constructor(private readonly context: vscode.ExtensionContext) {}

  async start(): Promise<void> {
    const { CloseAction, ErrorAction, LanguageClient, TransportKind } = await import('./language-client-library');
    const module = this.context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const settings = vscode.workspace.getConfiguration('amplifyLens');
    const clientOptions: LanguageClientOptions = {
      // Schemas, and the Amplify configuration files; the server decides which files are Amplify's.
      documentSelector: [
        { scheme: 'file', language: 'graphql' },
        { scheme: 'file', pattern: '**/amplify/**/*.json' },
        { scheme: 'file', pattern: '**/amplify_outputs.json' },
        { scheme: 'file', pattern: '**/{amplify,customHttp}.{yml,yaml}' },
      ],
      initializationOptions: {
        schemaFiles: settings.get<string[]>('schemaFiles', []),
        transformerVersion: settings.get<string>('transformerVersion', 'auto'),
        // VS Code's JSON support validates, completes and explains these files through the
        // extension's jsonValidation contributions; the server adds the cross-file checks only.
        jsonSchemaFeatures: false,
      },
      synchronize: { configurationSection: 'amplifyLens' },
      outputChannel: this.output,
      errorHandler: createCrashHandler(
        this.crashes,
        { restart: CloseAction.Restart, doNotRestart: CloseAction.DoNotRestart, continue: ErrorAction.Continue, shutdown: ErrorAction.Shutdown },
        () => void this.tellServerGaveUp(),
      ),
    };
    this.client = new LanguageClient('amplifyLens', 'Amplify Lens', serverOptions, clientOptions);
    await this.client.start();
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

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    void this.stop();
    this.output.dispose();
  }
}
