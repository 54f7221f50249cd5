import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  defaultApiSettings,
  type ApiSettings,
  type AuthProviderName,
  type ModelDataSourceKind,
} from '../../server/src/graphql/api-settings';
import type { LensDiagnostic } from '../../server/src/lens-diagnostic';
import type { SchemaFile } from '../../server/src/graphql/parse-schema-file';

export const CORPUS_DIR = resolve(__dirname);

/** A folder of this name holds APIs whose project settings are known (`project-settings.json`). */
const PROJECT_SETTINGS_FOLDER = 'with-project-settings';

/** One API of the corpus: a single schema file, or every file of a `schema/`-style folder. */
export interface CorpusApi {
  /** Path below the corpus root, as test names and failure messages show it. */
  name: string;
  files: SchemaFile[];
  settings: ApiSettings;
}

/**
 * Each top-level folder stands for one kind of project. Project settings other than the
 * generation and transformer version stay unknown (`authProviders`/`functionNames` undefined),
 * so checks that need them must stay quiet.
 */
const GENERATION_SETTINGS: Record<string, Partial<ApiSettings>> = {
  'gen1-v2': { generation: 1, transformerVersion: 2 },
  'gen1-v1': {
    generation: 1,
    transformerVersion: 1,
    // A project still on v1 was created by an older CLI: the "existing project" flag defaults.
    featureFlags: {
      secondarykeyasgsi: false,
      enableautoindexquerynames: false,
      usesubusernamefordefaultidentityclaim: true,
      respectprimarykeyattributesonconnectionfield: false,
      populateownerfieldforstaticgroupauth: false,
      shoulddeepmergedirectiveconfigdefaults: false,
      transformerversion: 1,
    },
  },
  gen2: {
    generation: 2,
    transformerVersion: 2,
    // Gen 2 transform parameters (transformer-core transform-parameters.ts).
    featureFlags: {
      secondarykeyasgsi: true,
      enableautoindexquerynames: true,
      usesubusernamefordefaultidentityclaim: true,
      respectprimarykeyattributesonconnectionfield: true,
      populateownerfieldforstaticgroupauth: true,
      shoulddeepmergedirectiveconfigdefaults: true,
      transformerversion: 2,
    },
  },
};

interface ProjectSettingsFile {
  authProviders?: AuthProviderName[];
  functionNames?: string[];
  envNames?: string[];
  /** Whether the project has S3 storage for @predictions. */
  storageConfigured?: boolean;
  /** Names of the API's `sql-statements/*.sql`. */
  sqlStatementNames?: string[];
  /** The database behind each schema file, by path below the settings folder (a Gen 2 `a.sql` schema). */
  dataSources?: Record<string, ModelDataSourceKind>;
}

/** Every API below `root` (for example `test/corpus/valid`), in a stable order. */
export function loadCorpus(root: string): CorpusApi[] {
  const apis: CorpusApi[] = [];
  for (const generation of sortedEntries(root)) {
    const overrides = GENERATION_SETTINGS[generation];
    if (!overrides) throw new Error(`Unknown corpus folder "${generation}" in ${root}`);
    collectApis(root, join(root, generation), overrides, apis);
  }
  return apis;
}

function collectApis(root: string, dir: string, overrides: Partial<ApiSettings>, sink: CorpusApi[]): void {
  for (const entry of sortedEntries(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry === PROJECT_SETTINGS_FOLDER) {
        collectApis(root, path, { ...overrides, ...readProjectSettings(path) }, sink);
      } else {
        sink.push({ name: relative(root, path), files: schemaFilesUnder(path), settings: defaultApiSettings(overrides) });
      }
    } else if (entry.endsWith('.graphql')) {
      sink.push({ name: relative(root, path), files: [schemaFile(path)], settings: defaultApiSettings(overrides) });
    }
  }
}

/** Like the Gen 1 CLI reading `schema/`: every .graphql file, recursively, dot-files skipped. */
function schemaFilesUnder(dir: string): SchemaFile[] {
  return sortedEntries(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return schemaFilesUnder(path);
    return entry.endsWith('.graphql') ? [schemaFile(path)] : [];
  });
}

function readProjectSettings(dir: string): Partial<ApiSettings> {
  const file = join(dir, 'project-settings.json');
  if (!existsSync(file)) throw new Error(`${dir} needs a project-settings.json`);
  const settings = JSON.parse(readFileSync(file, 'utf8')) as ProjectSettingsFile;
  return {
    ...(settings.authProviders && { authProviders: new Set(settings.authProviders) }),
    ...(settings.functionNames && { functionNames: new Set(settings.functionNames) }),
    ...(settings.envNames && { envNames: settings.envNames }),
    ...(settings.storageConfigured !== undefined && { storageConfigured: settings.storageConfigured }),
    ...(settings.sqlStatementNames && { sqlStatementNames: new Set(settings.sqlStatementNames) }),
    ...(settings.dataSources && {
      schemaFileDataSources: Object.fromEntries(
        Object.entries(settings.dataSources).map(([path, kind]) => [pathToFileURL(join(dir, path)).href, kind]),
      ),
    }),
  };
}

function schemaFile(path: string): SchemaFile {
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir)
    .filter((entry) => !entry.startsWith('.'))
    .sort();
}

/** `file:line:col code (severity) message`, 1-based, one per line: readable in a failure report. */
export function describeDiagnostics(diagnostics: readonly LensDiagnostic[]): string {
  return diagnostics
    .map((d) => {
      const file = relative(CORPUS_DIR, new URL(d.uri).pathname);
      return `  ${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} (${d.severity}) ${d.message}`;
    })
    .join('\n');
}
