import type { ASTNode, ObjectTypeDefinitionNode } from 'graphql';
import type { QuickFix, TextEdit } from '../../../lens-diagnostic';
import { lineIndexOf, locateNode } from '../../schema-source-map';

/**
 * Adds field lines at the end of a type's field list, in the file that holds the type, indented
 * like its existing fields. A one-line type (`type T @model { id: ID! }`) stays on one line.
 */
export function appendFieldsEdit(type: ObjectTypeDefinitionNode, fieldLines: readonly string[]): TextEdit | undefined {
  const fields = type.fields ?? [];
  const first = fields[0];
  const last = fields[fields.length - 1];
  if (!first || !last || fieldLines.length === 0) return undefined;
  const lastLocation = locateNode(last);
  const firstLocation = locateNode(first);
  const lineIndex = lineIndexOf(last);
  if (!lastLocation || !firstLocation || !lineIndex) return undefined;
  const text = lineIndex.text;

  const firstLineStart = lineIndex.offsetAt({ line: lineIndex.positionAt(firstLocation.start).line, character: 0 });
  const leading = text.slice(firstLineStart, firstLocation.start);
  const indent = /^[ \t]*$/.test(leading) ? leading : '  ';

  let lineEnd = lastLocation.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const rest = text.slice(lastLocation.end, lineEnd).trim();
  if (rest === '' || rest.startsWith('#')) {
    // Insert after the whole line so a trailing comment stays with its field.
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newText = fieldLines.map((line) => `${eol}${indent}${line}`).join('');
    return { uri: lastLocation.uri, range: rangeAt(lineIndex, lineEnd), newText };
  }
  const newText = fieldLines.map((line) => ` ${line}`).join('');
  return { uri: lastLocation.uri, range: rangeAt(lineIndex, lastLocation.end), newText };
}

function rangeAt(lineIndex: NonNullable<ReturnType<typeof lineIndexOf>>, offset: number) {
  const position = lineIndex.positionAt(offset);
  return { start: position, end: position };
}

/** Replaces a node's text (a type reference, a directive name, …). */
export function replaceNodeEdit(node: ASTNode, newText: string): TextEdit | undefined {
  const location = locateNode(node);
  return location ? { uri: location.uri, range: location.range, newText } : undefined;
}

/** Inserts text right after a node (e.g. ` @model` after a type's name). */
export function insertAfterNodeEdit(node: ASTNode, newText: string): TextEdit | undefined {
  const location = locateNode(node);
  return location ? { uri: location.uri, range: { start: location.range.end, end: location.range.end }, newText } : undefined;
}

export function quickFix(title: string, edits: (TextEdit | undefined)[], isPreferred = false): QuickFix[] {
  if (edits.length === 0 || edits.some((edit) => edit === undefined)) return [];
  return [{ title, edits: edits as TextEdit[], ...(isPreferred ? { isPreferred } : {}) }];
}

/** `Post` → `post`: the field name Amplify's docs give the belongs-to side. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** `postId: ID` (or `ID!`), a key field line for a fix. */
export function keyFieldLine(name: string, typeName: string, required: boolean): string {
  return `${name}: ${typeName}${required ? '!' : ''}`;
}
