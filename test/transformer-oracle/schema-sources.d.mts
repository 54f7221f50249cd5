/** Types of schema-sources.mjs, for the TypeScript tests that share its discovery and hash. */
export type TransformerLine = 'v1' | 'v2-gen1' | 'gen2';

export interface OracleApi {
  /** `valid/gen1-v2/x.graphql`, `invalid/…`, `projects/<name>/amplify/backend/api/<api>`. */
  name: string;
  line: TransformerLine;
  files: string[];
  texts: string[];
  hash: string;
  modes: string[];
  /** Whether the project has S3 storage (for @predictions); undefined when unknown. */
  storageConfigured?: boolean;
  /** Names of the API's custom SQL statements (Gen 1 sql-statements/*.sql); undefined when unknown. */
  sqlStatementNames?: string[];
  /** The database behind a schema file (absolute path → mysql | postgres), when the project says. */
  dataSources: Record<string, string>;
}

export const ALL_MODES: string[];
export function schemaHash(texts: readonly string[]): string;
export function corpusApis(corpusDir: string): OracleApi[];
export function projectApis(folder: string, namePrefix: string): OracleApi[];
