import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { configFileKindOf } from '../config/config-file-kind';
import { validateConfigFile } from '../config/config-document-service';
import { checkProject } from '../config/project/check-project';
import { nodeProjectFiles } from 'amplify-lens-model/files';
import { analyzeSchema } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import type { LensDiagnostic } from '../graphql/lens-diagnostic';
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

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
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
  for (const target of targets) ((await stat(target)).isDirectory() ? folders : files).push(target);

  const index = new ProjectIndex();
  await index.indexFolders(folders);
  // Gen 2 TypeScript schemas run in the schema worker: `check` runs them because the user ran it.
  const gen2 = new Gen2SchemaService(index, () => new Map(), { executeProjectCode: true });
  try {
    for (const uri of gen2.resourceUris()) {
      report.schemaFilesChecked += 1;
      report.diagnostics.push(...(await gen2.diagnosticsOf(uri)));
    }
  } finally {
    gen2.dispose();
  }
  for (const project of index.all) {
    report.projects.push({ root: project.root, generation: project.generation });
    for (const api of project.apis) {
      if (api.schemaFiles.length === 0) continue;
      const inputs = await Promise.all(api.schemaFiles.map(async (path) => ({ uri: pathToUri(path), text: await readText(path) })));
      report.schemaFilesChecked += inputs.length;
      report.apis.push(checkedApi(api));
      report.diagnostics.push(...findings(analyzeSchema(inputs, api.settings).diagnostics));
    }
    for (const file of await findConfigFiles(project.root)) {
      report.configFilesChecked += 1;
      const uri = pathToUri(file.path);
      report.diagnostics.push(...(await validateConfigFile(file.kind, uri, await readText(file.path), { jsonSchemaFeatures: true })));
    }
    report.diagnostics.push(...(await checkProject(nodeProjectFiles(project.root), project.generation)));
  }
  // A monorepo's Hosting files sit at the repository root, above the projects they deploy.
  for (const repository of await repositoryHostingFiles(index.all.map((project) => project.root))) {
    for (const file of repository.files) {
      report.configFilesChecked += 1;
      report.diagnostics.push(...(await validateConfigFile(file.kind, pathToUri(file.path), await readText(file.path), { jsonSchemaFeatures: true })));
    }
    report.diagnostics.push(...(await checkRepositoryHosting(repository.root)));
  }

  for (const file of files) {
    const kind = configFileKindOf(file);
    if (kind) {
      report.configFilesChecked += 1;
      report.diagnostics.push(...(await validateConfigFile(kind, pathToUri(file), await readText(file), { jsonSchemaFeatures: true })));
      continue;
    }
    const fileIndex = new ProjectIndex();
    const project = await findEnclosingProject(file);
    if (project) await fileIndex.indexFolders([project]);
    const api = fileIndex.apiOf(file);
    const settings = api?.settings ?? defaultApiSettings({ generation: fileIndex.projectOf(file)?.generation ?? 1 });
    const inputs = api ? api.schemaFiles : [file];
    const analysis = analyzeSchema(
      await Promise.all(inputs.map(async (path) => ({ uri: pathToUri(path), text: await readText(path) }))),
      settings,
    );
    report.schemaFilesChecked += 1;
    if (api && !report.apis.some((known) => known.dir === api.dir)) report.apis.push(checkedApi(api));
    report.diagnostics.push(...findings(analysis.diagnostics.filter((d) => d.uri === pathToUri(file))));
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
