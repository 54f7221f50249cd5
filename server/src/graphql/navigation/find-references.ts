import type { AnalyzedSchema } from '../analyze-schema';
import type { Location, Position } from '../lens-diagnostic';

/** Every use of the type or field at `position` across the API's files, directive arguments included. */
export function findReferences(
  _analysis: AnalyzedSchema,
  _uri: string,
  _position: Position,
  _includeDeclaration: boolean,
): Location[] {
  return [];
}
