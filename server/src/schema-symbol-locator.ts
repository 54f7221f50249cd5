import { readFileSync } from 'node:fs';
import type { LocateSchemaSymbolsParams, SchemaSymbolLocation, SchemaSymbolQuery } from 'amplify-lens-model/contracts';
import type { AnalyzedSchema } from './graphql/analyze-schema';
import { locateSchemaSymbol, type SymbolQuery } from './graphql/navigation/locate-schema-symbol';
import { locateBuilderSymbol } from './gen2-data-schema/mapping/locate-builder-symbol';
import { readDataSchema } from './gen2-source/read-data-schema';
import type { DataSchemaReading } from './gen2-source/schema-reading';
import { isInside, type IndexedProject } from './workspace/project-index';
import type { SchemaWorkspace } from './workspace/schema-workspace';
import { pathToUri } from './workspace/uri-paths';

/** A deploy names a handful of things; anything past this is not a deploy's output. */
const MAX_QUERIES = 200;
const MAX_NAME_LENGTH = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * `amplifyLens/locateSchemaSymbols`: the editor's deploy runner asks where the types and fields a
 * transformer error names are declared, so an error printed without `GraphQL request:L:C` still
 * lands in Problems. Gen 1 and `.graphql` Gen 2 schemas answer from the API's symbol index (the
 * one navigation uses); a Gen 2 TypeScript schema from its static reading, without running it.
 * The parameters come from another process: anything malformed answers nothing rather than throws.
 */
export class SchemaSymbolLocator {
  constructor(
    private readonly schemas: SchemaWorkspace,
    /** The editor's text of an open document, which wins over the disk. */
    private readonly openText: (uri: string) => string | undefined,
  ) {}

  async locate(params: LocateSchemaSymbolsParams | undefined | null): Promise<(SchemaSymbolLocation | null)[]> {
    const queries = Array.isArray(params?.symbols) ? params.symbols.slice(0, MAX_QUERIES).map(validQuery) : [];
    const project = typeof params?.projectRoot === 'string' ? this.projectAt(params.projectRoot) : undefined;
    if (!project || queries.length === 0) return queries.map(() => null);
    const analyses: AnalyzedSchema[] = [];
    for (const api of project.apis) {
      const first = api.schemaFiles[0];
      const analysis = first ? await this.schemas.analysisOf(pathToUri(first)) : undefined;
      if (analysis) analyses.push(analysis);
    }
    const readings = project.generation === 2 ? this.gen2Readings(project) : [];
    return queries.map((query) => {
      if (!query) return null;
      const found =
        first(analyses, (analysis) => locateSchemaSymbol(analysis, query)) ?? first(readings, (reading) => locateBuilderSymbol(reading, query));
      return found ?? null;
    });
  }

  /** The project the CLI ran in: the one holding the folder, else one inside it. */
  private projectAt(folder: string): IndexedProject | undefined {
    const projects = this.schemas.index.all;
    return this.schemas.index.projectOf(folder) ?? projects.find((project) => project.root === folder || isInside(project.root, folder));
  }

  private gen2Readings(project: IndexedProject): DataSchemaReading[] {
    const readSource = (path: string) => {
      const open = this.openText(pathToUri(path));
      if (open !== undefined) return open;
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    };
    return project.gen2Resources
      .filter((resource) => resource.kind === 'data')
      .map((resource) => {
        try {
          return readDataSchema(resource.file, readSource);
        } catch {
          return undefined; // a file the reader cannot follow places nothing
        }
      })
      .filter((reading): reading is DataSchemaReading => reading !== undefined);
  }
}

function validQuery(query: SchemaSymbolQuery | undefined): SymbolQuery | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  const name = (value: unknown) =>
    typeof value === 'string' && value.length <= MAX_NAME_LENGTH && GRAPHQL_NAME.test(value) ? value : undefined;
  const typeName = name(query.typeName);
  const fieldName = name(query.fieldName);
  // A name that was given but is not a GraphQL name cannot be declared: no answer, not a looser one.
  if ((query.typeName !== undefined && !typeName) || (query.fieldName !== undefined && !fieldName)) return undefined;
  return typeName || fieldName ? { typeName, fieldName } : undefined;
}

function first<T, R>(items: readonly T[], find: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = find(item);
    if (found) return found;
  }
  return undefined;
}
