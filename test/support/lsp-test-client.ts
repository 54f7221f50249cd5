import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './repo-root';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol';

export const SERVER_PATH = join(repoRoot(), 'server/out/server.js');

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

type DiagnosticsPredicate = (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean;
type DiagnosticsWaiter = { uri: string; predicate: DiagnosticsPredicate; resolve: (d: Diagnostic[]) => void };

/**
 * Drives the built language server over stdio exactly as an editor does: a real JSON-RPC
 * connection, initialize/initialized, text document sync, and published diagnostics.
 */
export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly registrations: string[] = [];
  /** What the server wrote to its log (window/logMessage) and showed the user (window/showMessage). */
  readonly logs: string[] = [];
  readonly shownMessages: string[] = [];
  private waiters: DiagnosticsWaiter[] = [];
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  /** `maxOpenFiles` starts the server under `ulimit -n` (macOS' default is 256). */
  static async start(
    workspaceFolder: string,
    initializationOptions: unknown = {},
    serverPath = SERVER_PATH,
    launch: { maxOpenFiles?: number } = {},
  ): Promise<LspTestClient> {
    return LspTestClient.launch([workspaceFolder], initializationOptions, serverPath, undefined, launch);
  }

  /**
   * A client that answers `workspace/configuration` as VS Code does, with each folder's own
   * `amplifyLens` section (`settings(scopeUri)`; `undefined` for the window's), in a workspace of
   * one or more folders.
   */
  static async startWithSettings(
    folders: readonly string[],
    settings: (scopeUri: string | undefined) => unknown,
    initializationOptions: unknown = {},
  ): Promise<LspTestClient> {
    return LspTestClient.launch(folders, initializationOptions, SERVER_PATH, settings);
  }

  private static async launch(
    folders: readonly string[],
    initializationOptions: unknown,
    serverPath: string,
    settings?: (scopeUri: string | undefined) => unknown,
    launch: { maxOpenFiles?: number } = {},
  ): Promise<LspTestClient> {
    const child = launch.maxOpenFiles
      ? spawn('/bin/sh', ['-c', `ulimit -n ${launch.maxOpenFiles} && exec "$0" "$@"`, process.execPath, serverPath, '--stdio'], {
          stdio: ['pipe', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.receive(params));
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations.map((r) => r.method));
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      client.logs.push(params.message);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      client.shownMessages.push(params.message);
    });
    connection.onRequest(ShowMessageRequest.type, (params) => {
      client.shownMessages.push(params.message);
      return null;
    });
    if (settings) {
      connection.onRequest(ConfigurationRequest.type, (params) =>
        params.items.map((item) => (item.section === 'amplifyLens' ? settings(item.scopeUri) : null)),
      );
    }
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(folders[0]),
      workspaceFolders: folders.map((folder, index) => ({ uri: fileUri(folder), name: `folder-${index + 1}` })),
      capabilities: {
        workspace: {
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(settings ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
        },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { showDocument: { support: true } },
      },
      initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private receive(params: PublishDiagnosticsParams): void {
    this.diagnostics.set(params.uri, params);
    const ready = this.waiters.filter((w) => w.uri === params.uri && w.predicate(params.diagnostics, params));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve(params.diagnostics);
  }

  /** Resolves with the first published diagnostics for `uri` that satisfy `predicate` (already received ones count). */
  waitForDiagnostics(uri: string, predicate: DiagnosticsPredicate = () => true, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && predicate(current.diagnostics, current)) return Promise.resolve(current.diagnostics);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics)}`));
      }, timeoutMs);
      const done = (d: Diagnostic[]) => {
        clearTimeout(timer);
        resolvePromise(d);
      };
      this.waiters.push({ uri, predicate, resolve: done });
    });
  }

  /** Forget what was received for `uri`, so the next wait sees only new publications. */
  forget(uri: string): void {
    this.diagnostics.delete(uri);
  }

  async open(uri: string, text: string, languageId = 'graphql'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces the whole text; returns the new document version. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** The server process' resident memory in bytes (Linux), for benchmarks. */
  async residentMemory(): Promise<number | undefined> {
    try {
      const status = await readFile(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** An incremental change, as editors send them: replace `range` with `text`. Returns the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      await new Promise<void>((resolveExit) => {
        if (this.process.exitCode !== null) return resolveExit();
        const timer = setTimeout(() => {
          this.process.kill();
          resolveExit();
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolveExit();
        });
      });
    }
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }
}
