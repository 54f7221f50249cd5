#!/usr/bin/env node
/**
 * The Amplify Lens language server. Adapts the pure analyses — GraphQL schemas in graphql/,
 * configuration files in config/ — to LSP; runs in VS Code (started by the extension) and in any
 * LSP editor: `node server/out/server.js --stdio`.
 */
import {
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsPublisher, groupByUri } from './diagnostics-publisher';
import { quickFixesFor } from './graphql/code-actions/schema-code-actions';
import { completeSchema } from './graphql/completion/complete-schema';
import { formatSchema, formattingDeclined, formattingDeclinedMessage } from './graphql/format/format-schema';
import { hoverSchema } from './graphql/hover/hover-schema';
import { internalErrorDiagnostic } from './graphql/internal-error-diagnostic';
import { findDefinition } from './graphql/navigation/find-definition';
import { findReferences } from './graphql/navigation/find-references';
import { prepareRename, renameSymbol } from './graphql/navigation/rename-symbol';
import { documentSymbols } from './graphql/symbols/document-symbols';
import { HandlerGuard, installProcessGuards, throwIfCancelled } from './handler-guard';
import { toLspCodeAction, toLspDiagnostic, toWorkspaceEdit } from './lsp-conversions';
import { limitPublished } from './published-diagnostics-limit';
import { ConfigWorkspace } from './workspace/config-workspace';
import { globProblems } from './workspace/glob-pattern';
import type { IndexedProject } from './workspace/project-index';
import { readServerOptions, type ServerOptions } from './server-options';
import { SchemaWorkspace } from './workspace/schema-workspace';
import { uriToPath } from './workspace/uri-paths';

const connection = createConnection(ProposedFeatures.all);
const log = (message: string) => connection.console.error(message);
const guard = new HandlerGuard(log);
installProcessGuards(log);
const documents = new TextDocuments(TextDocument);
const schemas = new SchemaWorkspace();
const configs = new ConfigWorkspace((uri) => documents.get(uri)?.getText());
const publisher = new DiagnosticsPublisher((uri, diagnostics) =>
  connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: limitPublished(uri, diagnostics).map(toLspDiagnostic) }),
);
let canWatchFiles = false;
let ready: Promise<void> = Promise.resolve();
let initialOptions: ServerOptions | undefined;

/** Settings Lens cannot use (a half-typed glob) are named to the user, once per change. */
function warnAboutSettings(options: ServerOptions): void {
  for (const problem of globProblems(options.schemaFiles)) void connection.window.showWarningMessage(problem);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)) ??
    (params.rootUri ? [uriToPath(params.rootUri)] : []);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const options = readServerOptions(params.initializationOptions);
  initialOptions = options;
  configs.options = { jsonSchemaFeatures: options.jsonSchemaFeatures };
  // A workspace that cannot be indexed still gets a serving server (and the failure in its log).
  ready = schemas.initialize(folders, options).catch((error: unknown) => guard.report('Indexing the workspace', error));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['@', '(', ':', '{', '[', '"', ' ', ','], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'amplify-lens', version: '0.1.0' },
  };
});

connection.onInitialized(guard.notification('initialized', async () => {
  if (initialOptions) warnAboutSettings(initialOptions);
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/amplify/**/*.{graphql,json,ts}' },
        { globPattern: '**/{amplify,customHttp}.{yml,yaml}' },
        { globPattern: '**/{amplify_outputs.json,aws-exports.js,.gitignore}' },
      ],
    });
  }
  await ready;
  await publishAll();
}));

connection.onDidChangeConfiguration(guard.notification('workspace/didChangeConfiguration', async (change) => {
  await ready;
  const settings = (change?.settings as { amplifyLens?: unknown } | null | undefined)?.amplifyLens;
  if (settings) {
    const options = readServerOptions(settings);
    warnAboutSettings(options);
    schemas.configure(options);
    // Editors' settings sections rarely carry this; keep what initialization said unless they do.
    if (typeof settings === 'object' && 'jsonSchemaFeatures' in settings) {
      configs.options = { jsonSchemaFeatures: options.jsonSchemaFeatures };
    }
  }
  await publishAll();
}));

// --- diagnostics: coalesced per tick, so a burst of edits is analysed once ---
const pending = new Set<string>();
let scheduled = false;

function scheduleDiagnostics(uri: string): void {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => void guard.run('Diagnostics', async () => {
    scheduled = false;
    const uris = [...pending];
    pending.clear();
    await ready;
    const done = new Set<string>();
    const projects = new Set<IndexedProject>();
    for (const uri of uris) {
      if (done.has(uri)) continue;
      if (configs.kindOf(uri)) {
        await publishConfigFile(uri);
        // Only configuration edits can change what the project-wide checks find.
        const project = schemas.index.projectOf(uriToPath(uri));
        if (project) projects.add(project);
      } else {
        for (const member of schemas.groupUris(uri)) done.add(member);
        await publishSchemaGroup(uri);
      }
    }
    for (const project of projects) await publishProject(project);
  }));
}

/**
 * Publishes the diagnostics of every schema file analysed together with `uri`. Each pass below is
 * isolated: a failure shows as one `internal-error` diagnostic on its file (or a log entry for the
 * project checks) and the other files are still published.
 */
async function publishSchemaGroup(uri: string): Promise<void> {
  await guard.run(`Analysing ${uri}`, async () => {
    try {
      const analysis = await schemas.analysisOf(uri);
      if (!analysis) return;
      for (const { step, error } of analysis.failures) guard.report(`The check "${step}" on ${uri}`, error);
      for (const file of analysis.files) {
        await publisher.publish('schema', file.uri, analysis.diagnostics.filter((d) => d.uri === file.uri));
      }
    } catch (error) {
      await publisher.publish('schema', uri, [internalErrorDiagnostic(uri, ['schema analysis'], error)]);
      throw error;
    }
  });
}

async function publishConfigFile(uri: string): Promise<void> {
  await guard.run(`Checking ${uri}`, async () => {
    try {
      await publisher.publish('config-file', uri, await configs.fileDiagnostics(uri));
    } catch (error) {
      await publisher.publish('config-file', uri, [internalErrorDiagnostic(uri, ['configuration file check'], error)]);
      throw error;
    }
  });
}

/** The checks of a project as a whole, whose findings land on several files. */
async function publishProject(project: IndexedProject): Promise<void> {
  await guard.run(`The project checks of ${project.root}`, async () => {
    await publisher.replaceAll(`project:${project.root}`, groupByUri(await configs.projectDiagnostics(project)));
  });
}

async function publishAll(): Promise<void> {
  const done = new Set<string>();
  for (const uri of schemas.allSchemaUris()) {
    if (done.has(uri)) continue;
    for (const member of schemas.groupUris(uri)) done.add(member);
    await publishSchemaGroup(uri);
  }
  for (const project of schemas.index.all) {
    await guard.run(`Listing the configuration files of ${project.root}`, async () => {
      for (const uri of await configs.configUris(project)) await publishConfigFile(uri);
    });
    await publishProject(project);
  }
}

documents.onDidChangeContent(({ document }) => {
  schemas.setOpenText(document.uri, document.getText());
  scheduleDiagnostics(document.uri);
});

documents.onDidClose(({ document }) => {
  schemas.closeDocument(document.uri);
  scheduleDiagnostics(document.uri);
});

connection.onDidChangeWatchedFiles(guard.notification('workspace/didChangeWatchedFiles', async (params) => {
  await ready;
  configs.invalidateFiles();
  // A malformed notification (no `changes`) still means "something changed": re-read and re-check.
  const changes = Array.isArray(params?.changes) ? params.changes : [];
  for (const change of changes) {
    if (typeof change?.uri === 'string') await guard.run(`Re-reading ${change.uri}`, () => schemas.fileChanged(change.uri));
  }
  await publishAll();
}));

// --- requests: each finds the analysis the document belongs to and asks the pure service ---
async function analysisFor(uri: string, token?: CancellationToken) {
  await ready;
  // The client may have given up while the index was being built or another request ran.
  throwIfCancelled(token);
  const document = documents.get(uri);
  if (document) schemas.setOpenText(uri, document.getText());
  return schemas.analysisOf(uri);
}

connection.onCompletion(guard.request('textDocument/completion', [], async ({ textDocument, position }, token) => {
  if (configs.kindOf(textDocument.uri)) return configs.complete(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? completeSchema(analysis, textDocument.uri, position) : [];
}));

connection.onHover(guard.request('textDocument/hover', null, async ({ textDocument, position }, token) => {
  if (configs.kindOf(textDocument.uri)) return configs.hover(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? hoverSchema(analysis, textDocument.uri, position) : null;
}));

connection.onDefinition(guard.request('textDocument/definition', [], async ({ textDocument, position }, token) => {
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? findDefinition(analysis, textDocument.uri, position) : [];
}));

connection.onReferences(guard.request('textDocument/references', [], async ({ textDocument, position, context }, token) => {
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? findReferences(analysis, textDocument.uri, position, context.includeDeclaration) : [];
}));

connection.onPrepareRename(guard.request('textDocument/prepareRename', null, async ({ textDocument, position }, token) => {
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? prepareRename(analysis, textDocument.uri, position) : null;
}));

connection.onRenameRequest(guard.request('textDocument/rename', null, async ({ textDocument, position, newName }, token) => {
  const analysis = await analysisFor(textDocument.uri, token);
  const edits = analysis ? renameSymbol(analysis, textDocument.uri, position, newName) : null;
  return edits ? toWorkspaceEdit(edits) : null;
}));

connection.onDocumentSymbol(guard.request('textDocument/documentSymbol', [], async ({ textDocument }, token) => {
  const analysis = await analysisFor(textDocument.uri, token);
  return analysis ? documentSymbols(analysis, textDocument.uri) : [];
}));

connection.onDocumentFormatting(guard.request('textDocument/formatting', [], async ({ textDocument, options }, token) => {
  await ready;
  throwIfCancelled(token);
  // Formatting needs the text only: no analysis to wait for, however large the file.
  const document = documents.get(textDocument.uri);
  if (!document || !schemas.isSchemaFile(textDocument.uri)) return [];
  const text = document.getText();
  if (formattingDeclined(text)) {
    void connection.window.showInformationMessage(formattingDeclinedMessage(text));
    return [];
  }
  const formatted = formatSchema(text, options);
  if (formatted === null || formatted === text) return [];
  const end = document.positionAt(text.length);
  return [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
}));

connection.onCodeAction(guard.request('textDocument/codeAction', [], async ({ textDocument, range }) => {
  await ready;
  return quickFixesFor(publisher.diagnosticsOf(textDocument.uri), textDocument.uri, range).map(toLspCodeAction);
}));

/**
 * `amplifyLens/projects`: the Amplify projects the server indexed — generation, GraphQL APIs and
 * their schema files, Gen 2 resources — so an editor's views can name them without reading files.
 */
connection.onRequest('amplifyLens/projects', guard.request('amplifyLens/projects', [], async () => {
  await ready;
  return schemas.index.all.map((project) => ({
    root: project.root,
    generation: project.generation,
    apis: project.apis.map((api) => ({ name: api.name, dir: api.dir, schemaFiles: api.schemaFiles, transformerVersion: api.settings.transformerVersion })),
    gen2Resources: project.gen2Resources,
  }));
}));

documents.listen(connection);
connection.listen();
