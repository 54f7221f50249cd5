import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { appendAll } from '../collections/append-all';
import { configFileKindOf } from '../config/config-file-kind';
import { validateConfigFile } from '../config/config-document-service';
import { checkProject } from '../config/project/check-project';
import { nodeProjectFiles, readTextFileWithReason } from 'amplify-lens-model/files';
import { analyzeSchema } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import { internalErrorDiagnostic } from '../graphql/internal-error-diagnostic';
import type { LensDiagnostic } from '../lens-diagnostic';
import type { SchemaFile } from '../graphql/parse-schema-file';
import { fileReadDiagnostic } from '../limits/file-read-diagnostic';
import { detectAmplifyProject } from 'amplify-lens-model/project';
import { findConfigFiles } from '../workspace/find-config-files';
import { checkRepositoryHosting, repositoryHostingFiles } from './repository-hosting-files';
import { ProjectIndex, type ApiProject } from '../workspace/project-index';
import { Gen2SchemaService } from '../gen2-data-schema/gen2-schema-service';
import { pathToUri } from '../workspace/uri-paths';

/** A GraphQL API whose schema was checked, and the transformer version it was checked with. */
export interface CheckedApi {
  /** The API's folder (`amplify/backend/api/<name>`, `amplify/data`). */
  dir: string;
  name: string;
  generation: 1 | 2;
  transformerVersion: 1 | 2;
  transformerVersionReason?: string;
}

export interface CheckReport {
  projects: { root: string; generation: 1 | 2 }[];
  apis: CheckedApi[];
  schemaFilesChecked: number;
  configFilesChecked: number;
  diagnostics: LensDiagnostic[];
}

function checkedApi(api: ApiProject): CheckedApi {
  const { generation, transformerVersion, transformerVersionReason } = api.settings;
  return { dir: api.dir, name: api.name, generation, transformerVersion, ...(transformerVersionReason ? { transformerVersionReason } : {}) };
}

/** Hints are the editor's suggestions (v2 rewrites under v1, for one); a CI run reports findings. */
function findings(diagnostics: readonly LensDiagnostic[]): LensDiagnostic[] {
  return diagnostics.filter((d) => d.severity !== 'hint');
}

/**
 * A file to check, read safely (see text-file-reader.ts). A file that cannot be read carries the
 * reason as its diagnostic; the run goes on with the others.
 */
async function readSchemaFile(path: string): Promise<SchemaFile> {
  const uri = pathToUri(path);
  const read = await readTextFileWithReason(path);
  return read.ok ? { uri, text: read.text } : { uri, text: '', unread: fileReadDiagnostic(uri, read) };
}

/**
 * One step of the run on its own: a failure (a bug in Lens on an unusual file) becomes an
 * `internal-error` diagnostic on the file it was about, and the run goes on to report the rest.
 */
async function isolated(
  report: CheckReport,
  uri: string,
  what: string,
  step: () => Promise<LensDiagnostic[]> | LensDiagnostic[],
): Promise<void> {
  try {
    appendAll(report.diagnostics, await step());
  } catch (error) {
    report.diagnostics.push(internalErrorDiagnostic(uri, [what], error));
    process.stderr.write(`amplify-lens: ${what} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
}

async function checkConfigFile(report: CheckReport, kind: NonNullable<ReturnType<typeof configFileKindOf>>, path: string): Promise<void> {
  const uri = pathToUri(path);
  report.configFilesChecked += 1;
  await isolated(report, uri, 'configuration file check', async () => {
    const read = await readTextFileWithReason(path);
    if (!read.ok) return [fileReadDiagnostic(uri, read)];
    return validateConfigFile(kind, uri, read.text, { jsonSchemaFeatures: true });
  });
}

/**
 * Checks folders — every Amplify project in them: its GraphQL schemas, each configuration file
 * against its schema, and the project's cross-file checks — and single files (a `.graphql` schema
 * with the settings of the project around it, or a configuration file on its own).
 */
export async function checkPaths(targets: readonly string[]): Promise<CheckReport> {
  const report: CheckReport = { projects: [], apis: [], schemaFilesChecked: 0, configFilesChecked: 0, diagnostics: [] };
  const folders: string[] = [];
  const files: string[] = [];
  // A target that cannot even be examined (a link to itself) is a file, and its read says why.
  for (const target of targets) ((await stat(target).catch(() => undefined))?.isDirectory() ? folders : files).push(target);

  const index = new ProjectIndex();
  await index.indexFolders(folders);
  // Gen 2 TypeScript schemas run in the schema worker: `check` runs them because the user ran it.
  const gen2 = new Gen2SchemaService(index, () => new Map(), { executeProjectCode: true });
  try {
    for (const uri of gen2.resourceUris()) {
      report.schemaFilesChecked += 1;
      await isolated(report, uri, 'Gen 2 schema check', () => gen2.diagnosticsOf(uri));
    }
  } finally {
    gen2.dispose();
  }
  for (const project of index.all) {
    report.projects.push({ root: project.root, generation: project.generation });
    for (const api of project.apis) {
      if (api.schemaFiles.length === 0) continue;
      const inputs = await Promise.all(api.schemaFiles.map(readSchemaFile));
      report.schemaFilesChecked += inputs.length;
      report.apis.push(checkedApi(api));
      await isolated(report, inputs[0].uri, 'schema analysis', () => findings(analyzeSchema(inputs, api.settings).diagnostics));
    }
    for (const file of await findConfigFiles(project.root)) await checkConfigFile(report, file.kind, file.path);
    await isolated(report, pathToUri(project.root), 'project checks', () => checkProject(nodeProjectFiles(project.root), project.generation));
  }
  // A monorepo's Hosting files sit at the repository root, above the projects they deploy.
  for (const repository of await repositoryHostingFiles(index.all.map((project) => project.root))) {
    for (const file of repository.files) await checkConfigFile(report, file.kind, file.path);
    await isolated(report, pathToUri(repository.root), 'repository Hosting checks', () => checkRepositoryHosting(repository.root));
  }

  for (const file of files) {
    const kind = configFileKindOf(file);
    if (kind) {
      await checkConfigFile(report, kind, file);
      continue;
    }
    const fileIndex = new ProjectIndex();
    const project = await findEnclosingProject(file);
    if (project) await fileIndex.indexFolders([project]);
    const api = fileIndex.apiOf(file);
    const settings = api?.settings ?? defaultApiSettings({ generation: fileIndex.projectOf(file)?.generation ?? 1 });
    const inputs = await Promise.all((api ? api.schemaFiles : [file]).map(readSchemaFile));
    report.schemaFilesChecked += 1;
    if (api && !report.apis.some((known) => known.dir === api.dir)) report.apis.push(checkedApi(api));
    await isolated(report, pathToUri(file), 'schema analysis', () =>
      findings(analyzeSchema(inputs, settings).diagnostics.filter((d) => d.uri === pathToUri(file))),
    );
  }
  return report;
}

async function findEnclosingProject(file: string): Promise<string | undefined> {
  let dir = dirname(file);
  for (;;) {
    if (await detectAmplifyProject(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
