import type { QuickFix, TextEdit } from '../../lens-diagnostic';
import { LineIndex } from '../../graphql/line-index';
import { callNamed, type DataSchemaReading, type FieldReading, type TypeReading } from '../../gen2-source/schema-reading';

/** The texts of the files a reading came from, by URI. */
export type SourceTexts = ReadonlyMap<string, string>;

/**
 * An edit adding `snippet` (`blog: a.belongsTo('Blog', 'blogId')`) as the last property of the
 * model's `a.model({ … })`, indented like its other fields, keeping a trailing comma if they use one.
 */
export function insertFieldEdit(type: TypeReading, snippet: string, texts: SourceTexts): TextEdit | undefined {
  const object = type.root?.call.args[0];
  if (!type.root || object?.kind !== 'object') return undefined;
  const uri = type.root.uri;
  const text = texts.get(uri);
  if (text === undefined) return undefined;
  const lines = new LineIndex(text);
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const at = object.start + 1;
    return { uri, range: { start: lines.positionAt(at), end: lines.positionAt(at) }, newText: ` ${snippet} ` };
  }
  const lineStart = text.lastIndexOf('\n', last.keyStart - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const sameLine = !text.slice(object.start, last.keyStart).includes('\n');
  let end = last.value.end;
  while (end < object.end && /\s/.test(text[end])) end++;
  const trailingComma = text[end] === ',';
  const separator = sameLine ? ' ' : `\n${indent}`;
  const insertion = trailingComma ? `${separator}${snippet},` : `,${separator}${snippet}`;
  const at = trailingComma ? end + 1 : last.value.end;
  return { uri, range: { start: lines.positionAt(at), end: lines.positionAt(at) }, newText: insertion };
}

/** The builder call for a field of the type a model's identifier field has (`a.id()` for the implicit `id`). */
export function identifierBuilder(model: TypeReading | undefined, texts: SourceTexts): string[] {
  if (!model) return ['a.id()'];
  const identifier = callNamed(model.calls, 'identifier')?.call.args[0];
  const names = identifier?.kind === 'array' ? identifier.elements.flatMap((e) => (e.kind === 'string' ? [e.value] : [])) : ['id'];
  return names.map((name) => scalarBuilderOf(model.fields.get(name), texts));
}

/** `a.string()` for a field written `a.string().required()`: the same type, optional, as references are. */
function scalarBuilderOf(field: FieldReading | undefined, texts: SourceTexts): string {
  if (!field?.root || !field.builder) return 'a.id()';
  const text = texts.get(field.root.uri);
  const callee = field.root.call.callee;
  const receiver = callee.kind === 'member' && text ? text.slice(callee.object.start, callee.object.end) : 'a';
  return `${receiver}.${field.builder}()`;
}

export function lowerFirst(name: string): string {
  return name ? name[0].toLowerCase() + name.slice(1) : name;
}

/** A field name not used by the model yet: `blog`, else `blog2`, … */
export function freeFieldName(type: TypeReading, wanted: string): string {
  if (!type.fields.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!type.fields.has(`${wanted}${i}`)) return `${wanted}${i}`;
}

/** Adds the edits of several insertions into one model as one fix (they share an insertion point). */
export function combinedFix(
  title: string,
  type: TypeReading,
  snippets: string[],
  texts: SourceTexts,
  isPreferred = false,
): QuickFix | undefined {
  const edit = insertFieldEdit(type, snippets.join(snippets.length > 1 ? ',\u0000' : ''), texts);
  if (!edit) return undefined;
  // Several fields: each on its own line, indented as the edit placed the first one.
  const separator = edit.newText.startsWith(',\n') || edit.newText.startsWith('\n') ? (edit.newText.match(/\n[ \t]*/)?.[0] ?? ' ') : ' ';
  return { title, edits: [{ ...edit, newText: edit.newText.split('\u0000').join(separator) }], isPreferred };
}

export function modelNamed(reading: DataSchemaReading, name: string): TypeReading | undefined {
  const type = reading.types.get(name);
  return type?.kind === 'model' ? type : undefined;
}
