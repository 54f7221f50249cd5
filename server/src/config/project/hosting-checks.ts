import { URI } from 'vscode-uri';
import { appendAll } from '../../collections/append-all';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { checkArtifactsBaseDirectory, checkCustomHttpPatterns, type FrontendBuildFacts } from '../yaml/hosting-cross-checks';
import { absolutePathOf, type ProjectFiles } from 'amplify-lens-model/files';

const FRAMEWORK_CONFIG = /^(vite\.config\.[cm]?[jt]s|next\.config\.[cm]?[jt]s|angular\.json)$/;
const MAX_SITE_FILES = 5000;

/**
 * Amplify Hosting's files against the front end: `amplify.yml`'s artifacts folder against where the
 * build writes, and `customHttp.yml`'s patterns against the built site when it exists locally.
 */
export async function checkHostingFiles(files: ProjectFiles): Promise<LensDiagnostic[]> {
  const diagnostics: LensDiagnostic[] = [];
  const projectConfigText = await files.readText('amplify/.config/project-config.json');
  const amplifyYml = await firstExisting(files, ['amplify.yml', 'amplify.yaml']);
  if (amplifyYml) {
    // The check asks for facts per appRoot synchronously: read them for every root the file names first.
    const facts = new Map<string | undefined, FrontendBuildFacts>();
    facts.set(undefined, await frontendFacts(files, '.', projectConfigText));
    for (const appRoot of appRootsOf(amplifyYml.text)) {
      facts.set(appRoot, await frontendFacts(files, appRoot.replace(/\/+$/, ''), undefined));
    }
    appendAll(
      diagnostics,
      checkArtifactsBaseDirectory(amplifyYml, (appRoot) => facts.get(appRoot)),
    );
  }
  const customHttp = await firstExisting(files, ['customHttp.yml', 'customHttp.yaml']);
  if (customHttp) {
    const distribution = distributionDirOf(projectConfigText);
    const siteFiles = distribution ? await listFiles(files, distribution) : undefined;
    appendAll(diagnostics, checkCustomHttpPatterns(customHttp, siteFiles && siteFiles.length > 0 ? siteFiles : undefined));
  }
  return diagnostics;
}

async function firstExisting(files: ProjectFiles, names: string[]) {
  for (const name of names) {
    const text = await files.readText(name);
    if (text !== undefined) return { uri: URI.file(absolutePathOf(files, name)).toString(), text };
  }
  return undefined;
}

async function frontendFacts(files: ProjectFiles, folder: string, projectConfigText: string | undefined): Promise<FrontendBuildFacts> {
  const prefix = folder === '.' ? '' : `${folder}/`;
  const frameworkConfigTexts: Record<string, string> = {};
  for (const entry of await files.listDirectory(folder)) {
    if (entry.isDirectory || !FRAMEWORK_CONFIG.test(entry.name)) continue;
    const text = await files.readText(`${prefix}${entry.name}`);
    if (text !== undefined) frameworkConfigTexts[entry.name] = text;
  }
  return { projectConfigText, packageJsonText: await files.readText(`${prefix}package.json`), frameworkConfigTexts };
}

/** `appRoot:` values of a monorepo build spec, read loosely (the YAML service reports malformed files). */
function appRootsOf(text: string): string[] {
  return [...text.matchAll(/^\s*-?\s*appRoot:\s*['"]?([^'"\s#]+)/gm)].map((match) => match[1]);
}

function distributionDirOf(projectConfigText: string | undefined): string | undefined {
  try {
    const config = JSON.parse(projectConfigText ?? '');
    const dir = config?.javascript?.config?.DistributionDir;
    return typeof dir === 'string' && dir !== '' && !dir.includes('..') ? dir.replace(/^\.\/|\/+$/g, '') : undefined;
  } catch {
    return undefined;
  }
}

/** Files under `folder`, relative to it, bounded so a huge build folder costs little. */
async function listFiles(files: ProjectFiles, folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0 && found.length < MAX_SITE_FILES) {
    const relative = pending.shift()!;
    for (const entry of await files.listDirectory(relative ? `${folder}/${relative}` : folder)) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory) pending.push(path);
      else found.push(path);
    }
  }
  return found;
}
