#!/usr/bin/env node
/**
 * The Amplify Lens language server. Adapts the pure analyses — GraphQL schemas in graphql/,
 * configuration files in config/, Gen 2 TypeScript schemas in gen2-data-schema/ — to LSP; runs in
 * VS Code (started by the extension) and in any LSP editor: `node server/out/server.js --stdio`.
 * Every handler runs under the guard: a failure answers the request's empty result and is logged,
 * and the server keeps serving.
 */
import {
  DidChangeConfigurationNotification,
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
import {
  LENS_SETTINGS_SECTION,
  LocateSchemaSymbolsRequest,
  ProjectsRequest,
  WorkspaceTrustedNotification,
  readInitializationOptions,
} from 'amplify-lens-model/contracts';
import { DiagnosticsPublisher, groupByUri } from './diagnostics-publisher';
import { Gen2SchemaDocuments } from './gen2-data-schema/gen2-schema-documents';
import { quickFixesFor } from './graphql/code-actions/schema-code-actions';
import { completeSchema } from './graphql/completion/complete-schema';
import { formatSchema, formattingDeclined, formattingDeclinedMessage } from './graphql/format/format-schema';
import { hoverSchema } from './graphql/hover/hover-schema';
import { internalErrorDiagnostic } from './graphql/internal-error-diagnostic';
import { findDefinition } from './graphql/navigation/find-definition';
import { findReferences } from './graphql/navigation/find-references';
import { prepareRename, renameSymbol } from './graphql/navigation/rename-symbol';
import { documentSymbols } from './graphql/symbols/document-symbols';
import { OPEN_MIGRATION_GUIDE_COMMAND, TRANSFORMER_MIGRATION_GUIDE } from './graphql/transformer-version/transformer-migration-guide';
import { transformerVersionLenses } from './graphql/transformer-version/transformer-version-lens';
import { transformerVersionNotes } from './graphql/transformer-version/transformer-version-note';
import { HandlerGuard, installProcessGuards, throwIfCancelled } from './handler-guard';
import { toLspCodeAction, toLspDiagnostic, toWorkspaceEdit } from './lsp-conversions';
import { onLensNotification, onLensRequest } from './lsp-extensions';
import { limitPublished } from './published-diagnostics-limit';
import { ConfigWorkspace } from './workspace/config-workspace';
import { globProblems } from './workspace/glob-pattern';
import type { IndexedProject } from './workspace/project-index';
import { projectSummaries } from './workspace/project-summaries';
import { SchemaSymbolLocator } from './schema-symbol-locator';
import { SchemaWorkspace } from './workspace/schema-workspace';
import { pathToUri, uriToPath } from './workspace/uri-paths';
import { WorkspaceSettings } from './workspace/workspace-settings';

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
// Gen 2 data schemas in TypeScript (amplify/data/resource.ts and the files it imports).
const gen2 = new Gen2SchemaDocuments(schemas.index, () => new Map(documents.all().map((d) => [d.uri, d.getText()])));
let canWatchFiles = false;
/** The client answers `workspace/configuration`: settings are pulled per folder. */
let canPullSettings = false;
let canRegisterSettingsChanges = false;
let settings = new WorkspaceSettings([], readInitializationOptions(undefined).settings, pathToUri);
let canShowDocument = false;
let ready: Promise<void> = Promise.resolve();

/** Schema globs Lens cannot use (a half-typed `schemas/{a`) are named to the user, once per change. */
function warnAboutSettings(): void {
  for (const problem of globProblems(settings.allSchemaFileGlobs())) void connection.window.showWarningMessage(problem);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((folder) => uriToPath(folder.uri)) ?? (params.rootUri ? [uriToPath(params.rootUri)] : []);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canPullSettings = params.capabilities.workspace?.configuration === true;
  canRegisterSettingsChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canShowDocument = params.capabilities.window?.showDocument?.support === true;
  const options = readInitializationOptions(params.initializationOptions);
  configs.options = { jsonSchemaFeatures: options.jsonSchemaFeatures, yamlSchemaFeatures: options.yamlSchemaFeatures };
  gen2.configure(options.workspaceTrusted);
  settings = new WorkspaceSettings(folders, options.settings, pathToUri);
  // A workspace that cannot be indexed still gets a serving server (and the failure in its log).
  ready = schemas
    .initialize(folders, (folder) => settings.schemaOptions(folder))
    .catch((error: unknown) => guard.report('Indexing the workspace', error));
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

connection.onInitialized(
  guard.notification('initialized', async () => {
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
    warnAboutSettings();
    await publishAll();
  }),
);

/** Asks the client for every folder's `amplifyLens` settings; true when any changed. */
function pullSettings(): Promise<boolean> {
  return settings.pull((items) => connection.workspace.getConfiguration(items));
}

connection.onDidChangeConfiguration(
  guard.notification('workspace/didChangeConfiguration', async (change) => {
    await ready;
    const pushed = (change?.settings as { amplifyLens?: unknown } | null | undefined)?.amplifyLens;
    let changed = false;
    // Editors' settings sections rarely carry this; keep what initialization said unless they do.
    if (typeof pushed === 'object' && pushed !== null && 'jsonSchemaFeatures' in pushed) {
      const jsonSchemaFeatures = readInitializationOptions(pushed).jsonSchemaFeatures;
      changed = jsonSchemaFeatures !== configs.options.jsonSchemaFeatures;
      configs.options = { ...configs.options, jsonSchemaFeatures };
    }
    if (canPullSettings ? await pullSettings() : settings.applyPushed(pushed)) {
      schemas.configure((folder) => settings.schemaOptions(folder));
      warnAboutSettings();
      changed = true;
    }
    if (changed) await publishAll();
  }),
);

// --- diagnostics: coalesced per tick, so a burst of edits is analysed once ---
const pending = new Set<string>();
let scheduled = false;

function scheduleDiagnostics(uri: string): void {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(
    () =>
      void guard.run('Diagnostics', async () => {
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
      }),
  );
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
      const diagnostics = [...analysis.diagnostics, ...transformerVersionNotes(analysis)];
      for (const file of analysis.files) {
        await publisher.publish(
          'schema',
          file.uri,
          diagnostics.filter((d) => d.uri === file.uri),
        );
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

/** A Gen 2 resource file's schema diagnostics, on whichever of its files they belong to. */
async function publishGen2(resourceUri: string): Promise<void> {
  await guard.run(`Checking the Gen 2 schema of ${resourceUri}`, async () => {
    try {
      const byFile = await gen2.diagnosticsByFile(resourceUri);
      if (!byFile.has(resourceUri)) byFile.set(resourceUri, []); // an empty list clears the file
      await publisher.replaceAll(`gen2:${resourceUri}`, byFile);
    } catch (error) {
      await publisher.replaceAll(
        `gen2:${resourceUri}`,
        new Map([[resourceUri, [internalErrorDiagnostic(resourceUri, ['Gen 2 schema check'], error)]]]),
      );
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

connection.onDidChangeWatchedFiles(
  guard.notification('workspace/didChangeWatchedFiles', async (params) => {
    await ready;
    configs.invalidateFiles();
    // A malformed notification (no `changes`) still means "something changed": re-read and re-check.
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    for (const change of changes) {
      if (typeof change?.uri === 'string') await guard.run(`Re-reading ${change.uri}`, () => schemas.fileChanged(change.uri));
    }
    await publishAll();
  }),
);

// --- requests: each finds the analysis the document belongs to and asks the pure service ---
async function analysisFor(uri: string, token?: CancellationToken) {
  await ready;
  // The client may have given up while the index was being built or another request ran.
  throwIfCancelled(token);
  const document = documents.get(uri);
  if (document) schemas.setOpenText(uri, document.getText());
  return schemas.analysisOf(uri);
}

connection.onCompletion(
  guard.request('textDocument/completion', [], async ({ textDocument, position }, token) => {
    if (gen2.handles(textDocument.uri)) return gen2.complete(textDocument.uri, position);
    if (configs.kindOf(textDocument.uri)) return configs.complete(textDocument.uri, position);
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? completeSchema(analysis, textDocument.uri, position) : [];
  }),
);

connection.onHover(
  guard.request('textDocument/hover', null, async ({ textDocument, position }, token) => {
    if (gen2.handles(textDocument.uri)) return gen2.hover(textDocument.uri, position);
    if (configs.kindOf(textDocument.uri)) return configs.hover(textDocument.uri, position);
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? hoverSchema(analysis, textDocument.uri, position) : null;
  }),
);

connection.onDefinition(
  guard.request('textDocument/definition', [], async ({ textDocument, position }, token) => {
    if (gen2.handles(textDocument.uri)) return gen2.definition(textDocument.uri, position);
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? findDefinition(analysis, textDocument.uri, position) : [];
  }),
);

connection.onReferences(
  guard.request('textDocument/references', [], async ({ textDocument, position, context }, token) => {
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? findReferences(analysis, textDocument.uri, position, context.includeDeclaration) : [];
  }),
);

connection.onPrepareRename(
  guard.request('textDocument/prepareRename', null, async ({ textDocument, position }, token) => {
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? prepareRename(analysis, textDocument.uri, position) : null;
  }),
);

connection.onRenameRequest(
  guard.request('textDocument/rename', null, async ({ textDocument, position, newName }, token) => {
    const analysis = await analysisFor(textDocument.uri, token);
    const edits = analysis ? renameSymbol(analysis, textDocument.uri, position, newName) : null;
    return edits ? toWorkspaceEdit(edits) : null;
  }),
);

connection.onDocumentSymbol(
  guard.request('textDocument/documentSymbol', [], async ({ textDocument }, token) => {
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? documentSymbols(analysis, textDocument.uri) : [];
  }),
);

connection.onDocumentFormatting(
  guard.request('textDocument/formatting', [], async ({ textDocument, options }, token) => {
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
  }),
);

connection.onCodeLens(
  guard.request('textDocument/codeLens', [], async ({ textDocument }, token) => {
    if (configs.kindOf(textDocument.uri)) return [];
    const analysis = await analysisFor(textDocument.uri, token);
    return analysis ? transformerVersionLenses(analysis, textDocument.uri) : [];
  }),
);

// The one command: open Amplify's guide to transformer v2 in the user's browser, or name it.
connection.onExecuteCommand(
  guard.request('workspace/executeCommand', undefined, async ({ command }) => {
    if (command !== OPEN_MIGRATION_GUIDE_COMMAND) return;
    if (canShowDocument) await connection.window.showDocument({ uri: TRANSFORMER_MIGRATION_GUIDE, external: true });
    else
      void connection.window.showInformationMessage(
        `Run \`amplify migrate api\` to move the API to transformer v2: ${TRANSFORMER_MIGRATION_GUIDE}`,
      );
  }),
);

connection.onCodeAction(
  guard.request('textDocument/codeAction', [], async ({ textDocument, range }) => {
    await ready;
    return quickFixesFor(publisher.diagnosticsOf(textDocument.uri), textDocument.uri, range).map(toLspCodeAction);
  }),
);

onLensRequest(
  connection,
  ProjectsRequest,
  guard.request(ProjectsRequest.method, [], async () => {
    await ready;
    return projectSummaries(schemas.index.all);
  }),
);

// The deploy runner: where a transformer error's type or field is declared, for errors without a position.
const symbolLocator = new SchemaSymbolLocator(schemas, (uri) => documents.get(uri)?.getText());
onLensRequest(connection, LocateSchemaSymbolsRequest, async (params) => {
  await ready;
  return symbolLocator.locate(params);
});

// VS Code's client: the user trusted the workspace, so Gen 2 schemas may be run now.
onLensNotification(
  connection,
  WorkspaceTrustedNotification,
  guard.notification(WorkspaceTrustedNotification.method, async () => {
    gen2.trust();
    await publishAll();
  }),
);
connection.onShutdown(() => gen2.dispose());

documents.listen(connection);
connection.listen();
