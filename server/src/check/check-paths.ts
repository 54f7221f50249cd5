import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { analyzeSchema } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import type { LensDiagnostic } from '../graphql/lens-diagnostic';
import { detectProject } from '../workspace/find-amplify-projects';
import { ProjectIndex } from '../workspace/project-index';
import { pathToUri } from '../workspace/schema-workspace';

export interface CheckReport {
  projects: { root: string; generation: 1 | 2 }[];
  filesChecked: number;
  diagnostics: LensDiagnostic[];
}

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

/**
 * Checks folders (every Amplify project in them) and single `.graphql` files (with the settings
 * of the project around them, or the defaults).
 */
export async function checkPaths(targets: readonly string[]): Promise<CheckReport> {
  const report: CheckReport = { projects: [], filesChecked: 0, diagnostics: [] };
  const folders: string[] = [];
  const files: string[] = [];
  for (const target of targets) ((await stat(target)).isDirectory() ? folders : files).push(target);

  const index = new ProjectIndex();
  await index.indexFolders(folders);
  for (const project of index.all) {
    report.projects.push({ root: project.root, generation: project.generation });
    for (const api of project.apis) {
      if (api.schemaFiles.length === 0) continue;
      const inputs = await Promise.all(api.schemaFiles.map(async (path) => ({ uri: pathToUri(path), text: await readText(path) })));
      report.filesChecked += inputs.length;
      report.diagnostics.push(...analyzeSchema(inputs, api.settings).diagnostics);
    }
  }

  for (const file of files) {
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
    report.filesChecked += 1;
    report.diagnostics.push(...analysis.diagnostics.filter((d) => d.uri === pathToUri(file)));
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
