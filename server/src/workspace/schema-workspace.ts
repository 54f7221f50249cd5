import { relative } from 'node:path';
import { readTextFileWithReason } from 'amplify-lens-model/files';
import { analyzeSchema, ParseCache, type AnalyzedSchema } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import type { SchemaFile } from '../graphql/parse-schema-file';
import { fileReadDiagnostic } from '../limits/file-read-diagnostic';
import { matchesAnyGlob } from './glob-pattern';
import { ProjectIndex, isInside, type ApiProject } from './project-index';
import { pathToUri, uriToPath } from './uri-paths';

/** A set of schema files analysed together: one API, or one file the user associated by setting. */
interface SchemaGroup {
  key: string;
  api?: ApiProject;
  uris: string[];
  cache: ParseCache;
  result?: AnalyzedSchema;
  /** Bumped whenever a file of the group changes, so an analysis of older texts is not kept. */
  generation: number;
}

export interface SchemaWorkspaceOptions {
  /** Extra globs (relative to a workspace folder) of `.graphql` files that are Amplify schemas. */
  schemaFiles: string[];
  /** Forces a transformer version over what the project's cli.json says (setting `amplifyLens.transformerVersion`). */
  transformerVersion?: 1 | 2;
}

/** The options of a workspace folder (each folder of a multi-root workspace has its own), or of files outside every folder. */
export type FolderOptions = (folder: string | undefined) => SchemaWorkspaceOptions;

/**
 * The server's view of the workspace's schemas: the project index, the texts of open documents
 * (which win over the disk), and one analysis per API, recomputed only when one of its files changed.
 */
export class SchemaWorkspace {
  readonly index = new ProjectIndex();
  private folders: string[] = [];
  private optionsOf: FolderOptions = () => ({ schemaFiles: [] });
  private readonly openTexts = new Map<string, string>();
  private readonly diskTexts = new Map<string, string>();
  private readonly groups = new Map<string, SchemaGroup>();

  /** `options`: the same for every folder, or each folder's own. */
  async initialize(folders: string[], options: SchemaWorkspaceOptions | FolderOptions): Promise<void> {
    this.folders = folders;
    this.optionsOf = perFolder(options);
    await this.index.indexFolders(folders);
    this.groups.clear();
  }

  configure(options: SchemaWorkspaceOptions | FolderOptions): void {
    this.optionsOf = perFolder(options);
    this.groups.clear();
  }

  /** Whether Lens owns this `.graphql` file (an Amplify schema), so other GraphQL tooling keeps the rest. */
  isSchemaFile(uri: string): boolean {
    return this.groupKeyOf(uri) !== undefined;
  }

  setOpenText(uri: string, text: string): void {
    if (this.openTexts.get(uri) === text) return;
    this.openTexts.set(uri, text);
    this.invalidate(uri);
  }

  closeDocument(uri: string): void {
    this.openTexts.delete(uri);
    this.invalidate(uri);
  }

  /** A file changed or appeared on disk: forget its cached text; re-index when it is configuration. */
  async fileChanged(uri: string): Promise<void> {
    this.diskTexts.delete(uri);
    if (!uri.endsWith('.graphql')) {
      await this.index.refreshProjectOf(uriToPath(uri));
      this.groups.clear();
      return;
    }
    const path = uriToPath(uri);
    const project = this.index.projectOf(path);
    if (project) await this.index.refreshProjectOf(path); // a schema file may have been added or removed
    this.groups.clear();
  }

  /** The analysis of the API holding `uri`, or undefined when the file is not an Amplify schema. */
  async analysisOf(uri: string): Promise<AnalyzedSchema | undefined> {
    const group = this.groupOf(uri);
    if (!group) return undefined;
    if (group.result) return group.result;
    const generation = group.generation;
    const files = await Promise.all(group.uris.map((fileUri) => this.fileOf(fileUri)));
    // An edit (or a re-index) while the texts were read makes them stale: start over with the new ones.
    if (group.generation !== generation || this.groups.get(group.key) !== group) return this.analysisOf(uri);
    const projectSettings = group.api?.settings ?? defaultApiSettings({ generation: this.index.projectOf(uriToPath(uri))?.generation ?? 1 });
    const forced = this.optionsOf(this.folderOf(uriToPath(uri))).transformerVersion;
    const settings = forced
      ? { ...projectSettings, transformerVersion: forced, transformerVersionReason: 'the amplifyLens.transformerVersion setting' }
      : projectSettings;
    const result = analyzeSchema(files, settings, group.cache);
    group.cache.retain(group.uris);
    // A file that could not be read (out of descriptors, say) is tried again next time.
    if (!files.some((file) => file.unread)) group.result = result;
    return result;
  }

  /** Every schema file Lens should publish diagnostics for: all files of every API, plus open associated ones. */
  allSchemaUris(): string[] {
    const uris = new Set<string>();
    for (const project of this.index.all) for (const api of project.apis) for (const file of api.schemaFiles) uris.add(pathToUri(file));
    for (const uri of this.openTexts.keys()) if (this.isSchemaFile(uri)) uris.add(uri);
    return [...uris];
  }

  /** The files analysed together with `uri` (itself included). */
  groupUris(uri: string): string[] {
    return this.groupOf(uri)?.uris ?? [];
  }

  private invalidate(uri: string): void {
    const key = this.groupKeyOf(uri);
    if (key === undefined) return;
    const group = this.groups.get(key);
    if (!group) return;
    group.generation++;
    if (!group.uris.includes(uri)) this.groups.delete(key);
    else group.result = undefined;
  }

  private groupKeyOf(uri: string): string | undefined {
    if (!uri.startsWith('file:') || !uri.endsWith('.graphql')) return undefined;
    const path = uriToPath(uri);
    const api = this.index.apiOf(path);
    if (api) return api.dir;
    const folder = this.folderOf(path);
    if (folder && matchesAnyGlob(relative(folder, path), this.optionsOf(folder).schemaFiles)) return uri;
    return undefined;
  }

  /** The innermost workspace folder holding `path`. */
  private folderOf(path: string): string | undefined {
    return this.folders.filter((candidate) => isInside(path, candidate)).sort((a, b) => b.length - a.length)[0];
  }

  private groupOf(uri: string): SchemaGroup | undefined {
    const key = this.groupKeyOf(uri);
    if (key === undefined) return undefined;
    let group = this.groups.get(key);
    if (!group) {
      const api = this.index.apiOf(uriToPath(uri));
      const uris = api ? api.schemaFiles.map(pathToUri) : [uri];
      if (!uris.includes(uri)) uris.push(uri);
      group = { key, api, uris, cache: new ParseCache(), generation: 0 };
      this.groups.set(key, group);
    }
    return group;
  }

  /**
   * A file's text: the editor's when it is open, else the disk's (remembered until it changes). A
   * file deleted since it was indexed reads as empty; one that cannot be read says why, and is not
   * remembered — never an empty text, which would make its types unknown to the other files.
   */
  private async fileOf(uri: string): Promise<SchemaFile> {
    const text = this.openTexts.get(uri) ?? this.diskTexts.get(uri);
    if (text !== undefined) return { uri, text };
    const read = await readTextFileWithReason(uriToPath(uri));
    if (read.ok || read.reason === 'missing') {
      const diskText = read.ok ? read.text : '';
      this.diskTexts.set(uri, diskText);
      return { uri, text: diskText };
    }
    return { uri, text: '', unread: fileReadDiagnostic(uri, read) };
  }
}

function perFolder(options: SchemaWorkspaceOptions | FolderOptions): FolderOptions {
  return typeof options === 'function' ? options : () => options;
}
