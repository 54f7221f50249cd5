import type { SymbolDeclaration, SymbolQuery } from '../../graphql/navigation/locate-schema-symbol';
import { rangeOf } from '../evaluation-failures';
import type { DataSchemaReading } from '../../gen2-source/schema-reading';
import { placeForSite } from './typescript-places';

/**
 * Where a Gen 2 TypeScript schema writes what a deploy error names: the model's (or custom
 * type's, or operation's) key in `a.schema({ … })`, or the field's key inside it, read without
 * running the project's code. The SDL names the transformer reports are translated back the way
 * the editor's diagnostics are (`placeForSite`: `PostStatus` is `Post.status: a.enum([…])`).
 * Undefined when the schema does not write the name: the error is not placed on a guess.
 */
export function locateBuilderSymbol(reading: DataSchemaReading, query: SymbolQuery): SymbolDeclaration | undefined {
  const { typeName, fieldName } = query;
  if (!typeName) {
    if (!fieldName) return undefined;
    const owners = [...reading.types.values()].filter((type) => type.fields.has(fieldName));
    const field = owners.length === 1 ? owners[0]!.fields.get(fieldName) : undefined;
    return field && { uri: field.key.uri, range: rangeOf(field.key, reading.sources), kind: 'field' };
  }
  const mapped = placeForSite({ typeName, fieldName }, reading);
  // The fallback of a name the schema does not write is the whole defineData call: no answer.
  if (mapped.place === reading.defineData) return undefined;
  const kind = fieldName !== undefined && mapped.precise ? 'field' : 'type';
  return { uri: mapped.place.uri, range: rangeOf(mapped.place, reading.sources), kind };
}
