import type { AnalyzedSchema } from '../analyze-schema';
import type { Location, Position } from '../lens-diagnostic';

/** Where the type or field named at `position` is defined (type references and directive arguments). */
export function findDefinition(_analysis: AnalyzedSchema, _uri: string, _position: Position): Location[] {
  return [];
}
