import { fileURLToPath } from 'node:url';
import type { SchemaSymbolLocation, SchemaSymbolQuery } from 'amplify-lens-model/contracts';
import type { FileLocation } from './cli-output-parsers';
import type { NamedSchemaError } from './named-schema-errors';
import { scanSchemaFiles } from './schema-definition-scan';

/**
 * Asks the language server where the project's schema declares each name
 * (`amplifyLens/locateSchemaSymbols`); undefined when the server is not running or did not answer.
 */
export type SchemaSymbolLocator = (projectRoot: string, symbols: SchemaSymbolQuery[]) => Promise<(SchemaSymbolLocation | null)[] | undefined>;

export interface NamedErrorPlacement {
  projectRoot: string;
  locator?: SchemaSymbolLocator;
  /** The schema files to scan when the server cannot answer. */
  fallbackFiles(): string[];
  /** How long the server may take before the plain scan answers instead. */
  timeoutMs?: number;
}

/**
 * Places each named error at the first of its candidates the schema declares: by the language
 * server's symbol index, the same one go-to-definition uses; when the server is not running, by a
 * plain scan of the schema files for the definition lines (`schema-definition-scan.ts`), which
 * knows less (no Gen 2 fields, no field named alone) but never answers a line it did not find.
 * An error none of whose names is declared is left in the terminal only.
 */
export async function placeNamedErrors(errors: readonly NamedSchemaError[], placement: NamedErrorPlacement): Promise<FileLocation[]> {
  if (errors.length === 0) return [];
  const queries = errors.flatMap((error) => error.candidates);
  const answers = (await askServer(placement, queries)) ?? scanSchemaFiles(placement.fallbackFiles(), queries);
  const placed: FileLocation[] = [];
  let next = 0;
  for (const error of errors) {
    const mine = answers.slice(next, next + error.candidates.length);
    next += error.candidates.length;
    const location = mine.find((answer): answer is SchemaSymbolLocation => answer !== null && answer !== undefined);
    if (!location) continue;
    placed.push({
      file: location.uri.startsWith('file:') ? fileURLToPath(location.uri) : location.uri,
      line: location.range.start.line + 1,
      column: location.range.start.character + 1,
      message: error.message,
    });
  }
  return placed;
}

async function askServer(placement: NamedErrorPlacement, queries: SchemaSymbolQuery[]): Promise<(SchemaSymbolLocation | null)[] | undefined> {
  if (!placement.locator) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), placement.timeoutMs ?? 5_000)));
  try {
    const answer = await Promise.race([placement.locator(placement.projectRoot, queries).catch(() => undefined), timeout]);
    // An answer of another length is not about these queries.
    return Array.isArray(answer) && answer.length === queries.length ? answer : undefined;
  } finally {
    clearTimeout(timer);
  }
}
