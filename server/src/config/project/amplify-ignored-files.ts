import { readJsonDocument, stringValue } from './json-locations';
import type { ProjectFiles } from 'amplify-lens-model/files';

/** A path Amplify git-ignores that exists in the project, with the pattern Amplify writes for it. */
export interface IgnoredByAmplify {
  relativePath: string;
  isDirectory: boolean;
  /** The `.gitignore` line the CLI adds for it. */
  pattern: string;
  why: string;
}

const LOCAL_STATE = 'holds this clone’s local state';
const DEPLOYED_VALUES = 'holds deployed values (endpoints, API keys, pool ids) of one environment';

/**
 * The Gen 1 CLI's list (amplify-cli `git-manager.ts`): local state, the last pushed backend,
 * mock data and the generated client configurations, which carry the env's API key.
 */
const GEN1_FOLDERS: readonly [string, string, string][] = [
  ['amplify/#current-cloud-backend', 'amplify/\\#current-cloud-backend', 'is a copy of the last pushed backend, with its deployed values'],
  ['amplify/backend/.temp', 'amplify/backend/.temp', 'holds temporary build files'],
  ['amplify/mock-data', 'amplify/mock-data', 'holds local mock data'],
  ['amplify/mock-api-resources', 'amplify/mock-api-resources', 'holds local mock resources'],
  ['amplify/logs', 'amplify/logs', 'holds local CLI logs'],
];
const GEN1_CLIENT_CONFIGS = [
  'aws-exports.js',
  'awsconfiguration.json',
  'amplifyconfiguration.json',
  'amplifyconfiguration.dart',
  'amplify-build-config.json',
  'amplify-gradle-config.json',
  'amplifytools.xcconfig',
];

/** The Gen 2 project template's list (create-amplify `gitignore_initializer.ts`). */
const GEN2_PREFIXES: readonly [string, string][] = [
  ['amplify_outputs', 'amplify_outputs*'],
  ['amplifyconfiguration', 'amplifyconfiguration*'],
];

async function exists(files: ProjectFiles, folder: string, name: string, isDirectory: boolean): Promise<boolean> {
  return (await files.listDirectory(folder)).some((entry) => entry.name === name && entry.isDirectory === isDirectory);
}

function split(relativePath: string): [string, string] {
  const slash = relativePath.lastIndexOf('/');
  return slash === -1 ? ['.', relativePath] : [relativePath.slice(0, slash), relativePath.slice(slash + 1)];
}

/** The folders where the front end's generated configuration lands (project-config.json decides). */
async function clientConfigFolders(files: ProjectFiles): Promise<string[]> {
  const projectConfig = await readJsonDocument(files, 'amplify/.config/project-config.json');
  const folders = new Set(['.']);
  const sourceDir = stringValue(projectConfig?.node(['javascript', 'config', 'SourceDir']));
  if (sourceDir) folders.add(normalizeFolder(sourceDir));
  const androidRes = stringValue(projectConfig?.node(['android', 'config', 'ResDir']));
  if (androidRes) folders.add(normalizeFolder(`${androidRes}/raw`));
  const flutterRes = stringValue(projectConfig?.node(['flutter', 'config', 'ResDir']));
  if (flutterRes) folders.add(normalizeFolder(flutterRes));
  return [...folders];
}

function normalizeFolder(folder: string): string {
  const parts = folder.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  return parts.length === 0 || parts.includes('..') ? '.' : parts.join('/');
}

export async function existingAmplifyIgnoredPaths(files: ProjectFiles, generation: 1 | 2): Promise<IgnoredByAmplify[]> {
  const found: IgnoredByAmplify[] = [];
  if (generation === 1) {
    for (const [relativePath, pattern, why] of GEN1_FOLDERS) {
      const [folder, name] = split(relativePath);
      if (await exists(files, folder, name, true)) found.push({ relativePath, isDirectory: true, pattern, why });
    }
    for (const entry of await files.listDirectory('amplify/.config')) {
      if (!entry.isDirectory && entry.name.startsWith('local-')) {
        const why = entry.name === 'local-aws-info.json' ? 'names this machine’s AWS profile or credentials' : LOCAL_STATE;
        found.push({ relativePath: `amplify/.config/${entry.name}`, isDirectory: false, pattern: 'amplify/.config/local-*', why });
      }
    }
    if (await exists(files, 'amplify/backend', 'amplify-meta.json', false)) {
      found.push({
        relativePath: 'amplify/backend/amplify-meta.json',
        isDirectory: false,
        pattern: 'amplify/backend/amplify-meta.json',
        why: DEPLOYED_VALUES,
      });
    }
    for (const folder of await clientConfigFolders(files)) {
      const names = new Set((await files.listDirectory(folder)).filter((entry) => !entry.isDirectory).map((entry) => entry.name));
      for (const name of GEN1_CLIENT_CONFIGS) {
        if (!names.has(name)) continue;
        const relativePath = folder === '.' ? name : `${folder}/${name}`;
        found.push({ relativePath, isDirectory: false, pattern: name, why: DEPLOYED_VALUES });
      }
    }
  } else {
    if (await exists(files, '.', '.amplify', true)) {
      found.push({ relativePath: '.amplify', isDirectory: true, pattern: '.amplify', why: 'holds local build artifacts of the sandbox' });
    }
    for (const folder of ['.', 'src']) {
      for (const entry of await files.listDirectory(folder)) {
        const prefix = GEN2_PREFIXES.find(([start]) => entry.name.startsWith(start));
        if (entry.isDirectory || !prefix) continue;
        const relativePath = folder === '.' ? entry.name : `${folder}/${entry.name}`;
        found.push({ relativePath, isDirectory: false, pattern: prefix[1], why: DEPLOYED_VALUES });
      }
    }
  }
  return found;
}
