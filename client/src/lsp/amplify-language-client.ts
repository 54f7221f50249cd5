import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * Starts the Amplify Lens language server (server/out/server.js) over IPC and keeps it in step
 * with the `amplifyLens` settings. Only `.graphql` files are sent its way; the server itself
 * decides which are Amplify schemas, so a generic GraphQL extension keeps the others.
 */
export class AmplifyLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel('Amplify Lens');

  constructor(private readonly context: vscode.ExtensionContext) {}

  async start(): Promise<void> {
    const module = this.context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const settings = vscode.workspace.getConfiguration('amplifyLens');
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'graphql' }],
      initializationOptions: {
        schemaFiles: settings.get<string[]>('schemaFiles', []),
        transformerVersion: settings.get<string>('transformerVersion', 'auto'),
      },
      synchronize: { configurationSection: 'amplifyLens' },
      outputChannel: this.output,
    };
    this.client = new LanguageClient('amplifyLens', 'Amplify Lens', serverOptions, clientOptions);
    await this.client.start();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
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
