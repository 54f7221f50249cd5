import type { AnalyzedSchema } from '../analyze-schema';
import type { Location, Position } from '../../lens-diagnostic';
import { occurrencesOf, symbolAt } from './symbol-at-position';

/**
 * Every use of the type or field at `position` across the API's files, directive arguments included.
 * A field's references include the same field of the interfaces it implements (and theirs), since
 * renaming one without the others breaks the schema.
 */
export function findReferences(analysis: AnalyzedSchema, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const target = symbolAt(analysis, uri, position);
  if (!target) return [];
  return occurrencesOf(analysis, target, true)
    .filter((occurrence) => includeDeclaration || !occurrence.isDeclaration)
    .map((occurrence) => ({ uri: occurrence.uri, range: occurrence.range }));
}
