import { LineIndex } from '../../src/graphql/line-index';
import type { QuickFix, TextEdit } from '../../src/lens-diagnostic';

/** Applies edits to one file's text the way an editor does (all ranges refer to the original). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const offsets = edits
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of offsets) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function applyFix(text: string, fix: QuickFix | undefined): string {
  if (!fix) throw new Error('expected a quick fix');
  return applyTextEdits(text, fix.edits);
}
