import { Kind } from 'graphql';
import type { AnalyzedSchema } from '../analyze-schema';
import { AWS_SCALARS, BUILT_IN_SCALARS } from '../amplify-directive-definitions';
import type { Position, Range, TextEdit } from '../../lens-diagnostic';
import { schemaSymbolIndex, symbolId, type SchemaSymbol, type SymbolOccurrence } from './schema-symbol-index';
import { occurrencesOf, symbolAt } from './symbol-at-position';

/** GraphQL names; a leading `__` is reserved for introspection. */
const GRAPHQL_NAME = /^(?!__)[_A-Za-z][_0-9A-Za-z]*$/;
/** The transformer's rule for index names (DynamoDB's limits). */
const INDEX_NAME = /^[A-Za-z0-9_\-.]{3,255}$/;
const SCALAR_NAMES = new Set<string>([...BUILT_IN_SCALARS, ...AWS_SCALARS]);
const DEFAULT_ROOT_NAMES = new Set(['Query', 'Mutation', 'Subscription']);

/** The range and current name of a renameable symbol at `position`, or null. */
export function prepareRename(analysis: AnalyzedSchema, uri: string, position: Position): { range: Range; placeholder: string } | null {
  const target = renameTarget(analysis, uri, position);
  return target ? { range: target.symbol.range, placeholder: target.symbol.symbol.name } : null;
}

/**
 * Edits renaming the type, field or index at `position` everywhere it is used — declarations,
 * references in every file of the API, and directive-argument strings (only the characters inside
 * the quotes). Null when nothing renameable is there, the new name is not valid, or it is taken.
 */
export function renameSymbol(analysis: AnalyzedSchema, uri: string, position: Position, newName: string): TextEdit[] | null {
  const target = renameTarget(analysis, uri, position);
  if (!target) return null;
  const { symbol } = target.symbol;
  if (newName === symbol.name) return [];
  if (!isValidName(symbol, newName) || isTaken(analysis, target.occurrences, symbol, newName)) return null;
  return target.occurrences.map((occurrence) => ({ uri: occurrence.uri, range: occurrence.range, newText: newName }));
}

interface RenameTarget {
  symbol: SymbolOccurrence;
  occurrences: SymbolOccurrence[];
}

/**
 * Only what the schema itself declares can be renamed: not built-in or AWS scalars, not fields the
 * transformer adds (an `ownerField: "owner"` without an `owner` field), and not the default root
 * types, whose names are what makes them roots.
 */
function renameTarget(analysis: AnalyzedSchema, uri: string, position: Position): RenameTarget | null {
  const symbol = symbolAt(analysis, uri, position);
  if (!symbol) return null;
  const occurrences = occurrencesOf(analysis, symbol, true);
  if (!occurrences.some((occurrence) => occurrence.isDeclaration)) return null;
  if (symbol.symbol.kind === 'type') {
    if (SCALAR_NAMES.has(symbol.symbol.name)) return null;
    if (namesRootByDefault(analysis, symbol.symbol.name)) return null;
  }
  return { symbol, occurrences };
}

function namesRootByDefault(analysis: AnalyzedSchema, name: string): boolean {
  const hasSchemaDefinition = analysis.model.definitions.some((definition) => definition.kind === Kind.SCHEMA_DEFINITION);
  return !hasSchemaDefinition && DEFAULT_ROOT_NAMES.has(name);
}

function isValidName(symbol: SchemaSymbol, newName: string): boolean {
  return symbol.kind === 'index' ? INDEX_NAME.test(newName) : GRAPHQL_NAME.test(newName);
}

/** A rename onto an existing name would merge two symbols: never what the user meant. */
function isTaken(analysis: AnalyzedSchema, occurrences: SymbolOccurrence[], symbol: SchemaSymbol, newName: string): boolean {
  if (symbol.kind === 'type') {
    return analysis.model.types.has(newName) || SCALAR_NAMES.has(newName) || namesRootByDefault(analysis, newName);
  }
  const index = schemaSymbolIndex(analysis);
  const owners = new Set(occurrences.flatMap((occurrence) => (occurrence.symbol.kind === 'type' ? [] : [occurrence.symbol.typeName])));
  return [...owners].some((typeName) =>
    index.byId.get(symbolId({ kind: symbol.kind, typeName, name: newName }))?.some((occurrence) => occurrence.isDeclaration),
  );
}
