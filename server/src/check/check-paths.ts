import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { appendAll } from '../collections/append-all';
import { configFileKindOf } from '../config/config-file-kind';
import { validateConfigFile } from '../config/config-document-service';
import { checkProject } from '../config/project/check-project';
import { nodeProjectFiles } from '../config/project/project-files';
import { analyzeSchema } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import { internalErrorDiagnostic } from '../graphql/internal-error-diagnostic';
import type { LensDiagnostic } from '../graphql/lens-diagnostic';
import type { SchemaFile } from '../graphql/parse-schema-file';
import { fileReadDiagnostic } from '../limits/file-read-diagnostic';
import { detectProject } from '../workspace/find-amplify-projects';
import { findConfigFiles } from '../workspace/find-config-files';
import { ProjectIndex } from '../workspace/project-index';
import { readTextFile } from '../workspace/text-file-reader';
import { pathToUri } from '../workspace/uri-paths';

export interface CheckReport {
  projects: { root: string; generation: 1 | 2 }[];
  schemaFilesChecked: number;
  configFilesChecked: number;
  diagnostics: LensDiagnostic[];
}

/**
 * A file to check, read safely (see text-file-reader.ts). A file that cannot be read carries the
 * reason as its diagnostic; the run goes on with the others.
 */
async function readSchemaFile(path: string): Promise<SchemaFile> {
  const uri = pathToUri(path);
  const read = await readTextFile(path);
  return read.ok ? { uri, text: read.text } : { uri, text: '', unread: fileReadDiagnostic(uri, read) };
}

/**
 * One step of the run on its own: a failure (a bug in Lens on an unusual file) becomes an
 * `internal-error` diagnostic on the file it was about, and the run goes on to report the rest.
 */
async function isolated(report: CheckReport, uri: string, what: string, step: () => Promise<LensDiagnostic[]> | LensDiagnostic[]): Promise<void> {
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
    const read = await readTextFile(path);
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
  const report: CheckReport = { projects: [], schemaFilesChecked: 0, configFilesChecked: 0, diagnostics: [] };
  const folders: string[] = [];
  const files: string[] = [];
  // A target that cannot even be examined (a link to itself) is a file, and its read says why.
  for (const target of targets) ((await stat(target).catch(() => undefined))?.isDirectory() ? folders : files).push(target);

  const index = new ProjectIndex();
  await index.indexFolders(folders);
  for (const project of index.all) {
    report.projects.push({ root: project.root, generation: project.generation });
    for (const api of project.apis) {
      if (api.schemaFiles.length === 0) continue;
      const inputs = await Promise.all(api.schemaFiles.map(readSchemaFile));
      report.schemaFilesChecked += inputs.length;
      await isolated(report, inputs[0].uri, 'schema analysis', () => analyzeSchema(inputs, api.settings).diagnostics);
    }
    for (const file of await findConfigFiles(project.root)) await checkConfigFile(report, file.kind, file.path);
    await isolated(report, pathToUri(project.root), 'project checks', () => checkProject(nodeProjectFiles(project.root), project.generation));
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
    await isolated(report, pathToUri(file), 'schema analysis', () =>
      analyzeSchema(inputs, settings).diagnostics.filter((d) => d.uri === pathToUri(file)),
    );
  }
  return report;
}

async function findEnclosingProject(file: string): Promise<string | undefined> {
  let dir = dirname(file);
  for (;;) {
    if (await detectProject(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
