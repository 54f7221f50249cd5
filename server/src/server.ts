#!/usr/bin/env node
/**
 * The Amplify Lens language server. Adapts the pure analyses — GraphQL schemas in graphql/,
 * configuration files in config/ — to LSP; runs in VS Code (started by the extension) and in any
 * LSP editor: `node server/out/server.js --stdio`.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LENS_SETTINGS_SECTION, LocateSchemaSymbolsRequest, ProjectsRequest, WorkspaceTrustedNotification, readInitializationOptions } from 'amplify-lens-model/contracts';
import { DiagnosticsPublisher, groupByUri } from './diagnostics-publisher';
import { quickFixesFor } from './graphql/code-actions/schema-code-actions';
import { completeSchema } from './graphql/completion/complete-schema';
import { formatSchema } from './graphql/format/format-schema';
import { hoverSchema } from './graphql/hover/hover-schema';
import { findDefinition } from './graphql/navigation/find-definition';
import { findReferences } from './graphql/navigation/find-references';
import { prepareRename, renameSymbol } from './graphql/navigation/rename-symbol';
import { documentSymbols } from './graphql/symbols/document-symbols';
import { OPEN_MIGRATION_GUIDE_COMMAND, TRANSFORMER_MIGRATION_GUIDE } from './graphql/transformer-version/transformer-migration-guide';
import { transformerVersionLenses } from './graphql/transformer-version/transformer-version-lens';
import { transformerVersionNotes } from './graphql/transformer-version/transformer-version-note';
import { toLspCodeAction, toLspDiagnostic, toWorkspaceEdit } from './lsp-conversions';
import { Gen2SchemaDocuments } from './gen2-data-schema/gen2-schema-documents';
import { ConfigWorkspace } from './workspace/config-workspace';
import type { IndexedProject } from './workspace/project-index';
import { onLensNotification, onLensRequest } from './lsp-extensions';
import { projectSummaries } from './workspace/project-summaries';
import { SchemaSymbolLocator } from './workspace/schema-symbol-locator';
import { SchemaWorkspace } from './workspace/schema-workspace';
import { pathToUri, uriToPath } from './workspace/uri-paths';
import { WorkspaceSettings } from './workspace/workspace-settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const schemas = new SchemaWorkspace();
const configs = new ConfigWorkspace((uri) => documents.get(uri)?.getText());
const publisher = new DiagnosticsPublisher((uri, diagnostics) =>
  connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: diagnostics.map(toLspDiagnostic) }),
);
// Gen 2 data schemas in TypeScript (amplify/data/resource.ts and the files it imports).
const gen2 = new Gen2SchemaDocuments(schemas.index, () => new Map(documents.all().map((d) => [d.uri, d.getText()])));
let canWatchFiles = false;
/** The client answers `workspace/configuration`: settings are pulled per folder. */
let canPullSettings = false;
let canRegisterSettingsChanges = false;
let settings = new WorkspaceSettings([], readInitializationOptions(undefined).settings, pathToUri);
let canShowDocument = false;
let ready: Promise<void> = Promise.resolve();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)) ??
    (params.rootUri ? [uriToPath(params.rootUri)] : []);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canPullSettings = params.capabilities.workspace?.configuration === true;
  canRegisterSettingsChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const options = readInitializationOptions(params.initializationOptions);
  canShowDocument = params.capabilities.window?.showDocument?.support === true;
  configs.options = { jsonSchemaFeatures: options.jsonSchemaFeatures };
  gen2.configure(options.workspaceTrusted);
  settings = new WorkspaceSettings(folders, options.settings, pathToUri);
  ready = schemas.initialize(folders, (folder) => settings.schemaOptions(folder));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['@', '(', ':', '{', '[', '"', "'", ' ', ','], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [OPEN_MIGRATION_GUIDE_COMMAND] },
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
  // The pull model: the client says when a setting changed, the server asks each folder's values.
  if (canPullSettings && canRegisterSettingsChanges) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: LENS_SETTINGS_SECTION });
  }
  await ready;
  // Before the first diagnostics, so they follow each folder's settings.
  if (canPullSettings && (await pullSettings())) schemas.configure((folder) => settings.schemaOptions(folder));
  await publishAll();
});

/** Asks the client for every folder's `amplifyLens` settings; true when any changed. */
function pullSettings(): Promise<boolean> {
  return settings.pull((items) => connection.workspace.getConfiguration(items));
}

connection.onDidChangeConfiguration(async (change) => {
  await ready;
  const pushed = (change?.settings as { amplifyLens?: unknown } | null | undefined)?.amplifyLens;
  let changed = false;
  // Editors' settings sections rarely carry this; keep what initialization said unless they do.
  if (typeof pushed === 'object' && pushed !== null && 'jsonSchemaFeatures' in pushed) {
    const jsonSchemaFeatures = readInitializationOptions(pushed).jsonSchemaFeatures;
    changed = jsonSchemaFeatures !== configs.options.jsonSchemaFeatures;
    configs.options = { jsonSchemaFeatures };
  }
  if (canPullSettings ? await pullSettings() : settings.applyPushed(pushed)) {
    schemas.configure((folder) => settings.schemaOptions(folder));
    changed = true;
  }
  if (changed) await publishAll();
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
      if (gen2.handles(uri)) {
        for (const resource of gen2.changed(uri)) await publishGen2(resource);
      } else if (configs.kindOf(uri)) {
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
  const diagnostics = [...analysis.diagnostics, ...transformerVersionNotes(analysis)];
  for (const file of analysis.files) {
    await publisher.publish('schema', file.uri, diagnostics.filter((d) => d.uri === file.uri));
  }
}

/** A Gen 2 resource file's schema diagnostics, on whichever of its files they belong to. */
async function publishGen2(resourceUri: string): Promise<void> {
  const byFile = await gen2.diagnosticsByFile(resourceUri);
  if (!byFile.has(resourceUri)) byFile.set(resourceUri, []); // an empty list clears the file
  await publisher.replaceAll(`gen2:${resourceUri}`, byFile);
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
  for (const resource of gen2.openResources()) await publishGen2(resource);
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
  if (gen2.handles(textDocument.uri)) return gen2.complete(textDocument.uri, position);
  if (configs.kindOf(textDocument.uri)) return configs.complete(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? completeSchema(analysis, textDocument.uri, position) : [];
});

connection.onHover(async ({ textDocument, position }) => {
  if (gen2.handles(textDocument.uri)) return gen2.hover(textDocument.uri, position);
  if (configs.kindOf(textDocument.uri)) return configs.hover(textDocument.uri, position);
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? hoverSchema(analysis, textDocument.uri, position) : null;
});

connection.onDefinition(async ({ textDocument, position }) => {
  if (gen2.handles(textDocument.uri)) return gen2.definition(textDocument.uri, position);
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

connection.onCodeLens(async ({ textDocument }) => {
  if (configs.kindOf(textDocument.uri)) return [];
  const analysis = await analysisFor(textDocument.uri);
  return analysis ? transformerVersionLenses(analysis, textDocument.uri) : [];
});

// The one command: open Amplify's guide to transformer v2 in the user's browser, or name it.
connection.onExecuteCommand(async ({ command }) => {
  if (command !== OPEN_MIGRATION_GUIDE_COMMAND) return;
  if (canShowDocument) await connection.window.showDocument({ uri: TRANSFORMER_MIGRATION_GUIDE, external: true });
  else connection.window.showInformationMessage(`Run \`amplify migrate api\` to move the API to transformer v2: ${TRANSFORMER_MIGRATION_GUIDE}`);
});

connection.onCodeAction(async ({ textDocument, range }) => {
  await ready;
  return quickFixesFor(publisher.diagnosticsOf(textDocument.uri), textDocument.uri, range).map(toLspCodeAction);
});

onLensRequest(connection, ProjectsRequest, async () => {
  await ready;
  return projectSummaries(schemas.index.all);
});

// The deploy runner: where a transformer error's type or field is declared, for errors without a position.
const symbolLocator = new SchemaSymbolLocator(schemas, (uri) => documents.get(uri)?.getText());
onLensRequest(connection, LocateSchemaSymbolsRequest, async (params) => {
  await ready;
  return symbolLocator.locate(params);
});

// VS Code's client: the user trusted the workspace, so Gen 2 schemas may be run now.
onLensNotification(connection, WorkspaceTrustedNotification, async () => {
  gen2.trust();
  await publishAll();
});
connection.onShutdown(() => gen2.dispose());

documents.listen(connection);
connection.listen();
