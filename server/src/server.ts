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
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsPublisher, groupByUri } from './diagnostics-publisher';
import { quickFixesFor } from './graphql/code-actions/schema-code-actions';
import { completeSchema } from './graphql/completion/complete-schema';
import { formatSchema } from './graphql/format/format-schema';
import { hoverSchema } from './graphql/hover/hover-schema';
import { findDefinition } from './graphql/navigation/find-definition';
import { findReferences } from './graphql/navigation/find-references';
import { prepareRename, renameSymbol } from './graphql/navigation/rename-symbol';
import { documentSymbols } from './graphql/symbols/document-symbols';
import { toLspCodeAction, toLspDiagnostic, toWorkspaceEdit } from './lsp-conversions';
import { ConfigWorkspace } from './workspace/config-workspace';
import type { IndexedProject } from './workspace/project-index';
import { readServerOptions } from './server-options';
import { SchemaWorkspace } from './workspace/schema-workspace';
import { uriToPath } from './workspace/uri-paths';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const schemas = new SchemaWorkspace();
const configs = new ConfigWorkspace((uri) => documents.get(uri)?.getText());
const publisher = new DiagnosticsPublisher((uri, diagnostics) =>
  connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: diagnostics.map(toLspDiagnostic) }),
);
let canWatchFiles = false;
let ready: Promise<void> = Promise.resolve();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)) ??
    (params.rootUri ? [uriToPath(params.rootUri)] : []);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const options = readServerOptions(params.initializationOptions);
  configs.options = { jsonSchemaFeatures: options.jsonSchemaFeatures, yamlSchemaFeatures: options.yamlSchemaFeatures };
  ready = schemas.initialize(folders, options);
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

connection.onInitialized(async () => {
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
});

connection.onDidChangeConfiguration(async (change) => {
  await ready;
  const settings = (change.settings as { amplifyLens?: unknown } | undefined)?.amplifyLens;
  if (settings) {
    const options = readServerOptions(settings);
    schemas.configure(options);
    // Editors' settings sections rarely carry this; keep what initialization said unless they do.
    if (typeof settings === 'object' && 'jsonSchemaFeatures' in settings) {
      configs.options = { ...configs.options, jsonSchemaFeatures: options.jsonSchemaFeatures };
    }
  }
  await publishAll();
});

// --- diagnostics: coalesced per tick, so a burst of edits is analysed once ---
const pending = new Set<string>();
let scheduled = false;

function scheduleDiagnostics(uri: string): void {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(async () => {
    scheduled = false;
    const uris = [...pending];
    pending.clear();
    await ready;
    const done = new Set<string>();
    const projects = new Set<IndexedProject>();
    for (const uri of uris) {
      if (done.has(uri)) continue;
      if (configs.kindOf(uri)) {
        await publisher.publish('config-file', uri, await configs.fileDiagnostics(uri));
        // Only configuration edits can change what the project-wide checks find.
        const project = schemas.index.projectOf(uriToPath(uri));
        if (project) projects.add(project);
      } else {
        for (const member of schemas.groupUris(uri)) done.add(member);
        await publishSchemaGroup(uri);
      }
    }
    for (const project of projects) await publishProject(project);
  });
}

/** Publishes the diagnostics of every schema file analysed together with `uri`. */
async function publishSchemaGroup(uri: string): Promise<void> {
  const analysis = await schemas.analysisOf(uri);
  if (!analysis) return;
  for (const file of analysis.files) {
    await publisher.publish('schema', file.uri, analysis.diagnostics.filter((d) => d.uri === file.uri));
  }
}

/** The checks of a project as a whole, whose findings land on several files. */
async function publishProject(project: IndexedProject): Promise<void> {
  await publisher.replaceAll(`project:${project.root}`, groupByUri(await configs.projectDiagnostics(project)));
}

async function publishAll(): Promise<void> {
  const done = new Set<string>();
  for (const uri of schemas.allSchemaUris()) {
    if (done.has(uri)) continue;
    for (const member of schemas.groupUris(uri)) done.add(member);
    await publishSchemaGroup(uri);
  }
  for (const project of schemas.index.all) {
    for (const uri of await configs.configUris(project)) {
      await publisher.publish('config-file', uri, await configs.fileDiagnostics(uri));
    }
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

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  await ready;
  configs.invalidateFiles();
  for (const change of changes) await schemas.fileChanged(change.uri);
  await publishAll();
});

// --- requests: each finds the analysis the document belongs to and asks the pure service ---
async function analysisFor(uri: string) {
  await ready;
  const document = documents.get(uri);
  if (document) schemas.setOpenText(uri, document.getText());
  return schemas.analysisOf(uri);
}

connection.onCompletion(async ({ textDocument, position }) => {
  if (configs.kindOf(textDocument.uri)) return configs.complete(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? completeSchema(analysis, textDocument.uri, position) : [];
});

connection.onHover(async ({ textDocument, position }) => {
  if (configs.kindOf(textDocument.uri)) return configs.hover(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? hoverSchema(analysis, textDocument.uri, position) : null;
});

connection.onDefinition(async ({ textDocument, position }) => {
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? findDefinition(analysis, textDocument.uri, position) : [];
});

connection.onReferences(async ({ textDocument, position, context }) => {
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? findReferences(analysis, textDocument.uri, position, context.includeDeclaration) : [];
});

connection.onPrepareRename(async ({ textDocument, position }) => {
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? prepareRename(analysis, textDocument.uri, position) : null;
});

connection.onRenameRequest(async ({ textDocument, position, newName }) => {
  const analysis = await analysisFor(textDocument.uri);
  const edits = analysis ? renameSymbol(analysis, textDocument.uri, position, newName) : null;
  return edits ? toWorkspaceEdit(edits) : null;
});

connection.onDocumentSymbol(async ({ textDocument }) => {
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? documentSymbols(analysis, textDocument.uri) : [];
});

connection.onDocumentFormatting(async ({ textDocument, options }) => {
  const document = documents.get(textDocument.uri);
  if (!document || !(await analysisFor(textDocument.uri))) return [];
  const formatted = formatSchema(document.getText(), options);
  if (formatted === null || formatted === document.getText()) return [];
  const end = document.positionAt(document.getText().length);
  return [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
});

connection.onCodeAction(async ({ textDocument, range }) => {
  await ready;
  return quickFixesFor(publisher.diagnosticsOf(textDocument.uri), textDocument.uri, range).map(toLspCodeAction);
});

/**
 * `amplifyLens/projects`: the Amplify projects the server indexed — generation, GraphQL APIs and
 * their schema files, Gen 2 resources — so an editor's views can name them without reading files.
 */
connection.onRequest('amplifyLens/projects', async () => {
  await ready;
  return schemas.index.all.map((project) => ({
    root: project.root,
    generation: project.generation,
    apis: project.apis.map((api) => ({ name: api.name, dir: api.dir, schemaFiles: api.schemaFiles, transformerVersion: api.settings.transformerVersion })),
    gen2Resources: project.gen2Resources,
  }));
});

documents.listen(connection);
connection.listen();
