import type { AnalyzedSchema } from '../analyze-schema';
import type { Location, Position } from '../../lens-diagnostic';
import { schemaSymbolIndex } from './schema-symbol-index';
import { symbolAt } from './symbol-at-position';

/**
 * Where the type or field named at `position` is defined (type references and directive arguments).
 * A field named in `references: [...]` leads to the field on the related type; an `indexName` to the
 * `@index` directive of the related model. Built-in scalars have no definition in the schema.
 */
export function findDefinition(analysis: AnalyzedSchema, uri: string, position: Position): Location[] {
  const target = symbolAt(analysis, uri, position);
  if (!target) return [];
  const declarations =
    schemaSymbolIndex(analysis)
      .byId.get(target.id)
      ?.filter((occurrence) => occurrence.isDeclaration) ?? [];
  return declarations.map((declaration) => ({ uri: declaration.uri, range: declaration.targetRange ?? declaration.range }));
}
