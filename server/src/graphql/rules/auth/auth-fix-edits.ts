import type { ASTNode } from 'graphql';
import type { QuickFix } from '../../../lens-diagnostic';
import { lineIndexOf, locateNode } from '../../schema-source-map';

/**
 * Quick-fix builders for `@auth` diagnostics. Each returns `[]` when a node is not in a user's
 * file, so callers can spread the result into `fixes` unconditionally.
 */

export function replaceWith(title: string, node: ASTNode, newText: string, isPreferred = true): QuickFix[] {
  const location = locateNode(node);
  if (!location) return [];
  return [{ title, isPreferred, edits: [{ uri: location.uri, range: location.range, newText }] }];
}

export function insertAfter(title: string, node: ASTNode, text: string, isPreferred = true): QuickFix[] {
  const location = locateNode(node);
  if (!location) return [];
  const end = location.range.end;
  return [{ title, isPreferred, edits: [{ uri: location.uri, range: { start: end, end }, newText: text }] }];
}

/**
 * Removes one element of a comma-or-space separated sequence (list items, object fields):
 * together with the separator before it, or — for the first element — the separator after it,
 * so `[a, b]` becomes `[a]` or `[b]` and never `[, b]`.
 */
export function removeFromSequence(title: string, siblings: readonly ASTNode[], index: number, isPreferred = true): QuickFix[] {
  const target = locateNode(siblings[index]);
  if (!target) return [];
  let start = target.start;
  let end = target.end;
  if (index > 0) {
    const previous = locateNode(siblings[index - 1]);
    if (!previous) return [];
    start = previous.end;
  } else if (siblings.length > 1) {
    const next = locateNode(siblings[1]);
    if (!next) return [];
    end = next.start;
  }
  return removeOffsets(title, siblings[index], start, end, isPreferred);
}

/** Removes a directive and the blanks before it on its line (`title: String @auth(...)`). */
export function removeDirective(title: string, directive: ASTNode, isPreferred = true): QuickFix[] {
  const location = locateNode(directive);
  const lineIndex = lineIndexOf(directive);
  if (!location || !lineIndex) return [];
  let start = location.start;
  while (start > 0 && (lineIndex.text[start - 1] === ' ' || lineIndex.text[start - 1] === '\t')) start--;
  return removeOffsets(title, directive, start, location.end, isPreferred);
}

function removeOffsets(title: string, anchor: ASTNode, start: number, end: number, isPreferred: boolean): QuickFix[] {
  const location = locateNode(anchor);
  const lineIndex = lineIndexOf(anchor);
  if (!location || !lineIndex) return [];
  const range = { start: lineIndex.positionAt(start), end: lineIndex.positionAt(end) };
  return [{ title, isPreferred, edits: [{ uri: location.uri, range, newText: '' }] }];
}
