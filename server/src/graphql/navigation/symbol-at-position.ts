import type { AnalyzedSchema } from '../analyze-schema';
import type { Position } from '../../lens-diagnostic';
import { schemaSymbolIndex, type SymbolOccurrence } from './schema-symbol-index';

/**
 * The type, field or index name under the cursor. A cursor just after a name still counts, as
 * editors place it there after a double-click or typing.
 */
export function symbolAt(analysis: AnalyzedSchema, uri: string, position: Position): SymbolOccurrence | undefined {
  const file = analysis.files.find((candidate) => candidate.uri === uri);
  if (!file) return undefined;
  const offset = file.lineIndex.offsetAt(position);
  let touching: SymbolOccurrence | undefined;
  for (const occurrence of schemaSymbolIndex(analysis).occurrences) {
    if (occurrence.uri !== uri || offset < occurrence.start || offset > occurrence.end) continue;
    if (offset < occurrence.end) return occurrence;
    touching ??= occurrence;
  }
  return touching;
}

/**
 * Every occurrence of the symbol, in file and text order. For a field, `withFamily` adds the
 * same field of the interfaces it implements and of their other implementations.
 */
export function occurrencesOf(analysis: AnalyzedSchema, target: SymbolOccurrence, withFamily: boolean): SymbolOccurrence[] {
  const index = schemaSymbolIndex(analysis);
  const ids = new Set(withFamily && target.symbol.kind === 'field' ? index.fieldFamily(target.id) : [target.id]);
  return index.occurrences.filter((occurrence) => ids.has(occurrence.id));
}
