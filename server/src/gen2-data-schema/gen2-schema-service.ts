import { readFileSync } from 'node:fs';
import { ParseCache } from '../graphql/analyze-schema';
import { defaultApiSettings } from '../graphql/api-settings';
import type { LensDiagnostic } from '../lens-diagnostic';
import type { IndexedProject, ProjectIndex } from '../workspace/project-index';
import { pathToUri, uriToPath } from '../workspace/uri-paths';
import { analyzeGen2Schema, type Gen2Analysis } from './analyze-gen2-schema';
import { rangeOf } from './evaluation-failures';
import { SchemaWorkerClient, type SchemaWorkerOptions } from './schema-worker-client';
import { readDataSchema } from '../gen2-source/read-data-schema';
import type { DataSchemaReading } from '../gen2-source/schema-reading';

export interface Gen2SchemaServiceOptions extends SchemaWorkerOptions {
  /** Whether Lens may run the project's code (VS Code's workspace trust; true for the CLI and other editors). */
  executeProjectCode: boolean;
}

/** One `defineData` resource file and what Lens last made of it. */
interface ResourceState {
  project: IndexedProject;
  path: string;
  uri: string;
  cache: ParseCache;
  result?: { reading: DataSchemaReading; analysis: Gen2Analysis };
  /** Files whose text the last result depended on. */
  dependencies: Set<string>;
}

export const NEEDS_TRUST_CODE = 'gen2-schema-needs-trust';

/**
 * Gen 2 data schemas written in TypeScript: finds the `defineData` resource files of the
 * workspace's Gen 2 projects, turns each into the SDL a deploy would produce (running it in the
 * schema worker, only when allowed), analyses that SDL with the Gen 2 rules and places every
 * diagnostic on the TypeScript. Results are kept until a file they depend on changes.
 */
export class Gen2SchemaService {
  private readonly states = new Map<string, ResourceState>();
  private readonly worker: SchemaWorkerClient;

  constructor(
    private readonly index: ProjectIndex,
    /** Texts of the documents open in the editor, by URI. */
    private readonly openTexts: () => ReadonlyMap<string, string>,
    private options: Gen2SchemaServiceOptions,
  ) {
    this.worker = new SchemaWorkerClient(options);
  }

  setExecuteProjectCode(allowed: boolean): void {
    if (this.options.executeProjectCode === allowed) return;
    this.options = { ...this.options, executeProjectCode: allowed };
    for (const state of this.states.values()) state.result = undefined;
  }

  /** The resource file URIs (`defineData` callers) of every indexed Gen 2 project. */
  resourceUris(): string[] {
    this.sync();
    return [...this.states.keys()];
  }

  /** The resource files whose schema depends on `uri` (itself, a model file it imports, …). */
  resourcesDependingOn(uri: string): string[] {
    this.sync();
    return [...this.states.values()].filter((state) => state.uri === uri || state.dependencies.has(uri)).map((state) => state.uri);
  }

  /** A file's text changed (in the editor or on disk): results that read it are recomputed on demand. */
  invalidate(uri: string): void {
    for (const state of this.states.values()) if (state.uri === uri || state.dependencies.has(uri)) state.result = undefined;
  }

  invalidateAll(): void {
    for (const state of this.states.values()) state.result = undefined;
  }

  /** The analysis of the resource file `resourceUri`, computed if needed; undefined if it is none. */
  async analysisOf(resourceUri: string): Promise<{ reading: DataSchemaReading; analysis: Gen2Analysis } | undefined> {
    this.sync();
    const state = this.states.get(resourceUri);
    if (!state) return undefined;
    if (!state.result) state.result = await this.compute(state);
    return state.result;
  }

  /** The analysis whose schema is written (partly) in `uri`: the resource file or a file it imports. */
  async analysisForDocument(uri: string) {
    for (const resourceUri of this.resourcesDependingOn(uri)) {
      const result = await this.analysisOf(resourceUri);
      if (result && result.reading.sources.has(uri)) return result;
    }
    return undefined;
  }

  /** Diagnostics of one resource file's schema, grouped by the file they are on. */
  async diagnosticsOf(resourceUri: string): Promise<LensDiagnostic[]> {
    return (await this.analysisOf(resourceUri))?.analysis.diagnostics ?? [];
  }

  /** Whether the schema worker process is running (it starts on the first schema that needs it). */
  get workerRunning(): boolean {
    return this.worker.running;
  }

  async workerHeapUsed(): Promise<number | undefined> {
    return this.worker.heapUsed();
  }

  dispose(): void {
    this.worker.dispose();
  }

  /** Keeps one state per data resource file of the index. */
  private sync(): void {
    const seen = new Set<string>();
    for (const project of this.index.all) {
      if (project.generation !== 2) continue;
      for (const resource of project.gen2Resources) {
        if (resource.kind !== 'data') continue;
        const uri = pathToUri(resource.file);
        seen.add(uri);
        const state = this.states.get(uri);
        if (!state) this.states.set(uri, { project, path: resource.file, uri, cache: new ParseCache(), dependencies: new Set() });
        else state.project = project;
      }
    }
    for (const uri of this.states.keys()) if (!seen.has(uri)) this.states.delete(uri);
  }

  private readSource = (path: string): string | undefined => {
    const open = this.openTexts().get(pathToUri(path));
    if (open !== undefined) return open;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };

  private async compute(state: ResourceState): Promise<{ reading: DataSchemaReading; analysis: Gen2Analysis } | undefined> {
    const reading = readDataSchema(state.path, this.readSource);
    if (!reading) {
      state.dependencies = new Set();
      return undefined;
    }
    const api = state.project.apis[0];
    const input = {
      projectRoot: state.project.root,
      resourcePath: state.path,
      resourceUri: state.uri,
      reading,
      settings: api?.settings ?? defaultApiSettings({ generation: 2 }),
      backendHasAuth: state.project.gen2Resources.some((resource) => resource.kind === 'auth'),
      cache: state.cache,
    };
    const needsRun = !reading.inlineGraphql && reading.graphqlFileNames.length === 0;
    let analysis: Gen2Analysis;
    if (!needsRun) {
      analysis = analyzeGen2Schema(input);
    } else if (!this.options.executeProjectCode) {
      analysis = { diagnostics: [needsTrustDiagnostic(reading)], inline: false, loadedFiles: [] };
    } else {
      const overrides: Record<string, string> = {};
      for (const [uri, text] of this.openTexts()) if (uri.startsWith('file:') && /\.[cm]?[jt]sx?$/.test(uri)) overrides[uriToPath(uri)] = text;
      const evaluation = await this.worker.evaluate({ projectRoot: state.project.root, resourcePath: state.path, overrides });
      analysis = analyzeGen2Schema({ ...input, evaluation });
    }
    state.dependencies = new Set([...reading.sources.keys(), ...analysis.loadedFiles.map(pathToUri)]);
    return { reading, analysis };
  }
}

function needsTrustDiagnostic(reading: DataSchemaReading): LensDiagnostic {
  return {
    uri: reading.defineData.uri,
    range: rangeOf(reading.defineData, reading.sources),
    severity: 'information',
    code: NEEDS_TRUST_CODE,
    message:
      'Amplify Lens checks this data schema by running this resource file, which it does only in a trusted workspace. ' +
      'Trust this folder (Manage Workspace Trust) to have the schema checked as a deploy would.',
  };
}
