import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { WorkspaceTrustedNotification, type LensInitializationOptions, type LensRequest, type ParamsOf, type ResultOf } from 'amplify-lens-model/contracts';

/**
 * Starts the Amplify Lens language server (server/out/server.js) over IPC. `.graphql` files and
 * the files under `amplify/` are sent its way; the server decides which are Amplify's, so a
 * generic GraphQL extension keeps the others. The server pulls the `amplifyLens` settings of each
 * workspace folder itself (`workspace/configuration`, which the language client answers from
 * VS Code's settings) and asks to hear when they change.
 */
export class AmplifyLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private trustListener: vscode.Disposable | undefined;
  private readonly output = vscode.window.createOutputChannel('Amplify Lens');

  constructor(private readonly context: vscode.ExtensionContext) {}

  async start(): Promise<void> {
    const { LanguageClient, TransportKind } = await import('./language-client-library');
    const module = this.context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    // VS Code's JSON support validates, completes and explains these files through the
    // extension's jsonValidation contributions; the server adds the cross-file checks only.
    // Gen 2 schemas are checked by running amplify/data/resource.ts: only in a trusted workspace.
    const initializationOptions: LensInitializationOptions = { jsonSchemaFeatures: false, workspaceTrusted: vscode.workspace.isTrusted };
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
    };
    const client = new LanguageClient('amplifyLens', 'Amplify Lens', serverOptions, clientOptions);
    this.client = client;
    await client.start();
    if (!vscode.workspace.isTrusted) {
      this.trustListener?.dispose();
      this.trustListener = vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.client === client && client.isRunning()) void client.sendNotification(WorkspaceTrustedNotification.method);
      });
    }
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
    void this.stop();
    this.trustListener?.dispose();
    this.output.dispose();
  }
}
