import { CompletionItemKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import type { Location, Position } from '../../lens-diagnostic';
import { LineIndex } from '../../graphql/line-index';
import { locateNode } from '../../graphql/schema-source-map';
import type { Gen2Analysis } from '../analyze-gen2-schema';
import { rangeOf } from '../evaluation-failures';
import type { DataSchemaReading, FieldReading, SourcePlace, TypeReading } from '../../gen2-source/schema-reading';
import { builderStringAt, type BuilderStringContext } from './builder-cursor';

const RELATIONSHIPS = new Set(['hasMany', 'hasOne', 'belongsTo']);
const OPERATION_TYPE: Partial<Record<string, string>> = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

export interface BuilderDocument {
  uri: string;
  text: string;
  reading: DataSchemaReading;
  analysis: Gen2Analysis;
}

const contains = (place: SourcePlace, uri: string, offset: number) => place.uri === uri && place.start <= offset && offset <= place.end;

/** The model (or custom type) whose `a.model({ … })` chain holds `offset`. */
function enclosingType(reading: DataSchemaReading, uri: string, offset: number): TypeReading | undefined {
  let best: TypeReading | undefined;
  for (const type of reading.types.values()) {
    if (contains(type.value, uri, offset) && (!best || type.value.end - type.value.start < best.value.end - best.value.start)) best = type;
  }
  return best;
}

/** Completion inside builder strings: model names, and field names where a call names fields. */
export function completeBuilder(document: BuilderDocument, position: Position): CompletionItem[] {
  const offset = new LineIndex(document.text).offsetAt(position);
  const context = builderStringAt(document.text, offset);
  if (!context) return [];
  const { reading } = document;
  const names = candidateNames(context, reading, document.uri, offset);
  if (!names) return [];
  const replaceStart = new LineIndex(document.text).positionAt(context.token.start + 1);
  return names.items.map(({ name, detail }) => ({
    label: name,
    kind: names.kind,
    detail,
    textEdit: { range: { start: replaceStart, end: position }, newText: name },
  }));
}

function candidateNames(context: BuilderStringContext, reading: DataSchemaReading, uri: string, offset: number) {
  const { method, argumentIndex, inArray } = context;
  const types = [...reading.types.values()];
  if (argumentIndex === 0 && !inArray && (RELATIONSHIPS.has(method) || method === 'ref')) {
    const wanted =
      method === 'ref'
        ? types.filter((t) => t.kind === 'customType' || t.kind === 'enum' || t.kind === 'model')
        : types.filter((t) => t.kind === 'model');
    return { kind: CompletionItemKind.Class, items: wanted.map((t) => ({ name: t.name, detail: `${t.kind} ${t.name}` })) };
  }
  const owner = enclosingType(reading, uri, offset);
  let fieldsOf: TypeReading | undefined;
  if (argumentIndex === 1 && RELATIONSHIPS.has(method)) {
    // References live on the child: the model itself for belongsTo, the related model otherwise.
    fieldsOf = method === 'belongsTo' ? owner : context.firstArgument ? reading.types.get(context.firstArgument) : undefined;
  } else if ((method === 'index' && argumentIndex === 0 && !inArray) || ((method === 'sortKeys' || method === 'identifier') && inArray)) {
    fieldsOf = owner;
  }
  if (!fieldsOf) return undefined;
  const scalar = [...fieldsOf.fields.values()].filter((f) => !RELATIONSHIPS.has(f.builder ?? '') && f.builder !== 'customType');
  const items = scalar.map((f) => ({ name: f.name, detail: `${fieldsOf!.name}.${f.name}${f.builder ? `: a.${f.builder}()` : ''}` }));
  if (method === 'identifier' && !fieldsOf.fields.has('id')) items.unshift({ name: 'id', detail: `${fieldsOf.name}.id (generated)` });
  return { kind: CompletionItemKind.Field, items };
}

/** Go to definition from `'Project'` (a model name) or `'projectId'` (a reference) to where it is written. */
export function builderDefinition(document: BuilderDocument, position: Position): Location[] {
  const offset = new LineIndex(document.text).offsetAt(position);
  const context = builderStringAt(document.text, offset);
  if (!context) return [];
  const { reading } = document;
  let target: SourcePlace | undefined;
  if (context.argumentIndex === 0 && !context.inArray && (RELATIONSHIPS.has(context.method) || context.method === 'ref')) {
    target = reading.types.get(context.token.value)?.key;
  } else {
    const owner = enclosingType(reading, document.uri, offset);
    const fieldsOf =
      context.argumentIndex === 1 && RELATIONSHIPS.has(context.method) && context.method !== 'belongsTo' && context.firstArgument
        ? reading.types.get(context.firstArgument)
        : owner;
    target = fieldsOf?.fields.get(context.token.value)?.key;
  }
  return target ? [{ uri: target.uri, range: rangeOf(target, reading.sources) }] : [];
}

/** Hover on a model's name or a field (a relationship call included): the SDL it becomes. */
export function builderHover(document: BuilderDocument, position: Position): Hover | null {
  const { reading, analysis } = document;
  const schema = analysis.schema;
  if (!schema || analysis.inline || !analysis.sdl) return null;
  const offset = new LineIndex(document.text).offsetAt(position);
  // A combined schema has one SDL file per part: the type is in whichever defines it.
  const sdlOf = (typeName: string, fieldName?: string) => {
    for (const file of schema.files) {
      const definition = file.definitions.find((d) => 'name' in d && d.name?.value === typeName);
      if (!definition) continue;
      const node = fieldName && 'fields' in definition ? definition.fields?.find((f) => f.name.value === fieldName) : definition;
      const place = node && locateNode(node);
      return place ? file.text.slice(place.start, place.end) : undefined;
    }
    return undefined;
  };
  for (const type of reading.types.values()) {
    const operation = OPERATION_TYPE[type.kind];
    if (contains(type.key, document.uri, offset)) {
      const sdl = operation ? sdlOf(operation, type.name) : sdlOf(type.name);
      return hoverOf(sdl, type.key, reading, `${operation ? `${operation}.` : ''}${type.name}, as the deploy generates it`);
    }
    const field = [...type.fields.values()].find(
      (f) =>
        contains(f.key, document.uri, offset) ||
        (f.root &&
          RELATIONSHIPS.has(f.builder ?? '') &&
          contains({ uri: f.root.uri, start: f.root.call.start, end: f.root.call.end }, document.uri, offset)),
    );
    if (field) return hoverOf(fieldSdl(sdlOf, type, field), field.key, reading, `${type.name}.${field.name}, as the deploy generates it`);
  }
  return null;
}

function fieldSdl(sdlOf: (type: string, field?: string) => string | undefined, type: TypeReading, field: FieldReading): string | undefined {
  if (type.kind === 'query' || type.kind === 'mutation' || type.kind === 'subscription') return undefined;
  return sdlOf(type.name, field.name);
}

function hoverOf(sdl: string | undefined, place: SourcePlace, reading: DataSchemaReading, title: string): Hover | null {
  if (!sdl) return null;
  return {
    contents: { kind: 'markdown', value: `**${title}** (the SDL the data schema's \`transform()\` returns):\n\n\`\`\`graphql\n${sdl}\n\`\`\`` },
    range: rangeOf(place, reading.sources),
  };
}
