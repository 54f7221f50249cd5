import type { AnalyzedSchema } from '../analyze-schema';
import type { Position, Range, TextEdit } from '../lens-diagnostic';

/** The range and current name of a renameable symbol at `position`, or null. */
export function prepareRename(
  _analysis: AnalyzedSchema,
  _uri: string,
  _position: Position,
): { range: Range; placeholder: string } | null {
  return null;
}

/** Edits renaming the type or field at `position` everywhere it is used, or null when nothing is there. */
export function renameSymbol(
  _analysis: AnalyzedSchema,
  _uri: string,
  _position: Position,
  _newName: string,
): TextEdit[] | null {
  return null;
}
