import { join, relative, sep } from 'node:path';
import { CachedProjectFiles, nodeProjectFiles } from 'amplify-lens-model/files';
import {
  findAmplifyProjects,
  readAmplifyProject,
  type AmplifyProject,
  type AmplifyProjectInfo,
  type Gen1ProjectInfo,
  type Gen2Resource,
} from 'amplify-lens-model/project';
import { defaultApiSettings, type ApiSettings } from '../graphql/api-settings';
import { gen2SchemaFilesRead } from './gen2-schema-files-read';
import { collectGraphqlFiles, gen1ApiSettings, listGen1SchemaFiles } from './gen1-project-settings';

/** One GraphQL API of a project: its schema files are analysed together. */
export interface ApiProject {
  name: string;
  /** The folder whose `.graphql` files belong to this API. */
  dir: string;
  projectRoot: string;
  schemaFiles: string[];
  settings: ApiSettings;
}

export interface IndexedProject extends AmplifyProject {
  /** What the project's files say, read by the same model the extension's views use. */
  model: AmplifyProjectInfo;
  apis: ApiProject[];
  /** Gen 2: the resources its resource.ts files define (auth, data, storage, functions). */
  gen2Resources: Gen2Resource[];
}

/** Gen 2 transform parameters (transformer-core transform-parameters.ts, as the data construct sets them). */
const GEN2_FLAGS = {
  shoulddeepmergedirectiveconfigdefaults: true,
  secondarykeyasgsi: true,
  enableautoindexquerynames: true,
  usesubusernamefordefaultidentityclaim: true,
  respectprimarykeyattributesonconnectionfield: true,
  populateownerfieldforstaticgroupauth: true,
  subscriptionsinheritprimaryauth: false,
  transformerversion: 2,
};

/** The workspace's Amplify projects and their APIs, kept up to date by the server's file events. */
export class ProjectIndex {
  private projects: IndexedProject[] = [];

  get all(): readonly IndexedProject[] {
    return this.projects;
  }

  async indexFolders(folders: readonly string[]): Promise<void> {
    const locations = (await Promise.all(folders.map((folder) => findAmplifyProjects(folder)))).flat();
    this.projects = await Promise.all(locations.map((location) => indexProject(location)));
  }

  /** Re-reads the project holding `path` (after one of its config files changed). */
  async refreshProjectOf(path: string): Promise<IndexedProject | undefined> {
    const index = this.projects.findIndex((project) => isInside(path, project.root));
    if (index === -1) return undefined;
    this.projects[index] = await indexProject(this.projects[index]);
    return this.projects[index];
  }

  projectOf(path: string): IndexedProject | undefined {
    return this.projects.filter((project) => isInside(path, project.root)).sort((a, b) => b.root.length - a.root.length)[0];
  }

  /** The API a `.graphql` file belongs to, including files not on disk yet. */
  apiOf(path: string): ApiProject | undefined {
    return this.projectOf(path)?.apis.find((api) => api.schemaFiles.includes(path) || isApiSchemaPath(api, path));
  }
}

function isApiSchemaPath(api: ApiProject, path: string): boolean {
  if (!path.endsWith('.graphql') || !isInside(path, api.dir)) return false;
  const inside = relative(api.dir, path).split(sep);
  // Gen 2: only the files the data resource reads (see gen2SchemaFilesRead), listed in schemaFiles.
  if (api.settings.generation === 2) return false;
  // A Gen 1 API reads schema.graphql and schema.sql.graphql when either exists, else the schema/ folder.
  const topFiles = ['schema.graphql', 'schema.sql.graphql'];
  const usesFolder = !api.schemaFiles.some((file) => topFiles.some((name) => file === join(api.dir, name)));
  return inside.length === 1 ? topFiles.includes(inside[0]) && !usesFolder : inside[0] === 'schema' && usesFolder;
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

async function indexProject(location: AmplifyProject): Promise<IndexedProject> {
  // Reads are remembered for this indexing only: the model and the APIs read some files twice.
  const files = new CachedProjectFiles(nodeProjectFiles(location.root), () => false);
  const model = await readAmplifyProject(location, files);
  const project = { root: location.root, generation: location.generation, model };
  if (model.generation === 1) return { ...project, apis: await indexGen1Apis(model), gen2Resources: [] };
  return { ...project, apis: await indexGen2Apis(location.root, model.resources), gen2Resources: model.resources };
}

async function indexGen1Apis(model: Gen1ProjectInfo): Promise<ApiProject[]> {
  const apis: ApiProject[] = [];
  for (const api of model.apis) {
    const schemaFiles = await listGen1SchemaFiles(api.dir);
    if (schemaFiles.length === 0) continue; // REST APIs (API Gateway) have no schema
    apis.push({ name: api.name, dir: api.dir, projectRoot: model.root, schemaFiles, settings: gen1ApiSettings(model, api) });
  }
  return apis;
}

/** Gen 2 data schemas are TypeScript; a `.graphql` schema may sit under `amplify/data/`. */
async function indexGen2Apis(root: string, resources: readonly Gen2Resource[]): Promise<ApiProject[]> {
  const dir = join(root, 'amplify', 'data');
  const candidates: string[] = [];
  await collectGraphqlFiles(dir, candidates);
  const schemaFiles = await gen2SchemaFilesRead(root, resources, candidates);
  const settings = defaultApiSettings({ generation: 2, transformerVersion: 2, featureFlags: { ...GEN2_FLAGS } });
  return [{ name: 'data', dir, projectRoot: root, schemaFiles, settings }];
}
