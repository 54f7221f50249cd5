#!/usr/bin/env node
/**
 * The Amplify Lens language server. Adapts the pure analysis in graphql/ to LSP; runs in VS Code
 * (started by the extension) and in any LSP editor: `node server/out/server.js --stdio`.
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
import { schemaCodeActions } from './graphql/code-actions/schema-code-actions';
import { completeSchema } from './graphql/completion/complete-schema';
import { formatSchema } from './graphql/format/format-schema';
import { hoverSchema } from './graphql/hover/hover-schema';
import { findDefinition } from './graphql/navigation/find-definition';
import { findReferences } from './graphql/navigation/find-references';
import { prepareRename, renameSymbol } from './graphql/navigation/rename-symbol';
import { documentSymbols } from './graphql/symbols/document-symbols';
import { toLspCodeAction, toLspDiagnostic, toWorkspaceEdit } from './lsp-conversions';
import { SchemaWorkspace, uriToPath, type SchemaWorkspaceOptions } from './workspace/schema-workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new SchemaWorkspace();
let canWatchFiles = false;
let ready: Promise<void> = Promise.resolve();

/** Options from initializationOptions or the `amplifyLens` settings section (same shape). */
function readOptions(raw: unknown): SchemaWorkspaceOptions {
  const { schemaFiles, transformerVersion } = (raw ?? {}) as { schemaFiles?: unknown; transformerVersion?: unknown };
  const forced = transformerVersion === '1' || transformerVersion === 1 ? 1 : transformerVersion === '2' || transformerVersion === 2 ? 2 : undefined;
  return {
    schemaFiles: Array.isArray(schemaFiles) ? schemaFiles.filter((g): g is string => typeof g === 'string') : [],
    ...(forced ? { transformerVersion: forced } : {}),
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)) ??
    (params.rootUri ? [uriToPath(params.rootUri)] : []);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  ready = workspace.initialize(folders, readOptions(params.initializationOptions));
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
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
    },
    serverInfo: { name: 'amplify-lens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/amplify/**/*.graphql' },
        { globPattern: '**/amplify/**/*.json' },
        { globPattern: '**/amplify/backend.ts' },
      ],
    });
  }
  await ready;
  await publishAll();
});

connection.onDidChangeConfiguration(async (change) => {
  await ready;
  const settings = (change.settings as { amplifyLens?: unknown } | undefined)?.amplifyLens;
  if (settings) workspace.configure(readOptions(settings));
  await publishAll();
});

// --- diagnostics: coalesced per tick so a burst of edits is analysed once ---
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
    for (const uri of uris) {
      if (done.has(uri)) continue;
      for (const member of workspace.groupUris(uri)) done.add(member);
      await publishFor(uri);
    }
  });
}

/** Publishes the diagnostics of every file analysed together with `uri`. */
async function publishFor(uri: string): Promise<void> {
  const analysis = await workspace.analysisOf(uri);
  if (!analysis) return;
  for (const file of analysis.files) {
    const diagnostics = analysis.diagnostics.filter((d) => d.uri === file.uri).map(toLspDiagnostic);
    const version = documents.get(file.uri)?.version;
    await connection.sendDiagnostics({ uri: file.uri, version, diagnostics });
  }
}

async function publishAll(): Promise<void> {
  const done = new Set<string>();
  for (const uri of workspace.allSchemaUris()) {
    if (done.has(uri)) continue;
    for (const member of workspace.groupUris(uri)) done.add(member);
    await publishFor(uri);
  }
}

documents.onDidOpen(async ({ document }) => {
  await ready;
  workspace.setOpenText(document.uri, document.getText());
  scheduleDiagnostics(document.uri);
});

documents.onDidChangeContent(({ document }) => {
  workspace.setOpenText(document.uri, document.getText());
  scheduleDiagnostics(document.uri);
});

documents.onDidClose(({ document }) => {
  workspace.closeDocument(document.uri);
  scheduleDiagnostics(document.uri);
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  await ready;
  for (const change of changes) await workspace.fileChanged(change.uri);
  await publishAll();
});

// --- requests: each finds the analysis of the document's API and asks the pure service ---
async function analysisFor(uri: string) {
  await ready;
  const document = documents.get(uri);
  if (document) workspace.setOpenText(uri, document.getText());
  return workspace.analysisOf(uri);
}

connection.onCompletion(async ({ textDocument, position }) => {
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? completeSchema(analysis, textDocument.uri, position) : [];
});

connection.onHover(async ({ textDocument, position }) => {
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
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? schemaCodeActions(analysis, textDocument.uri, range).map(toLspCodeAction) : [];
});

documents.listen(connection);
connection.listen();
