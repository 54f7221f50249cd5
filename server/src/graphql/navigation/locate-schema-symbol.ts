import type { AnalyzedSchema } from '../analyze-schema';
import type { Range } from '../../lens-diagnostic';
import { schemaSymbolIndex, symbolId, type SymbolOccurrence } from './schema-symbol-index';

/** A type, a field of a type, or a field named alone, as an error message names them. */
export interface SymbolQuery {
  typeName?: string;
  fieldName?: string;
}

export interface SymbolDeclaration {
  uri: string;
  range: Range;
  /** `type` when a field was asked for and only its type declares nothing of that name. */
  kind: 'type' | 'field';
}

/**
 * Where an API's schema declares what an error names, from the same symbol index that
 * go-to-definition and rename use: the field's name when the type declares it, else the type's
 * name; a field named without its type only when exactly one type declares a field of that name.
 * Undefined when the schema does not declare the name, so nothing is placed on a guess.
 */
export function locateSchemaSymbol(analysis: AnalyzedSchema, query: SymbolQuery): SymbolDeclaration | undefined {
  const index = schemaSymbolIndex(analysis);
  const declaration = (id: string) => index.byId.get(id)?.find((occurrence) => occurrence.isDeclaration);
  const { typeName, fieldName } = query;
  if (typeName) {
    const field = fieldName ? declaration(symbolId({ kind: 'field', typeName, name: fieldName })) : undefined;
    if (field) return place(field, 'field');
    const type = declaration(symbolId({ kind: 'type', name: typeName }));
    return type ? place(type, 'type') : undefined;
  }
  if (!fieldName) return undefined;
  const owners = new Map<string, SymbolOccurrence>();
  for (const occurrence of index.occurrences) {
    const { symbol } = occurrence;
    if (symbol.kind === 'field' && symbol.name === fieldName && occurrence.isDeclaration && !owners.has(symbol.typeName)) {
      owners.set(symbol.typeName, occurrence);
    }
  }
  return owners.size === 1 ? place([...owners.values()][0]!, 'field') : undefined;
}

function place(occurrence: SymbolOccurrence, kind: SymbolDeclaration['kind']): SymbolDeclaration {
  return { uri: occurrence.uri, range: occurrence.range, kind };
}
