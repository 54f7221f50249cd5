import {
  Kind,
  visit,
  type DefinitionNode,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NameNode,
  type StringValueNode,
} from 'graphql';
import { appendAll } from '../../collections/append-all';
import type { AnalyzedSchema } from '../analyze-schema';
import { namedTypeNode } from '../amplify-schema-model';
import type { Range } from '../../lens-diagnostic';
import type { ParsedSchemaFile } from '../parse-schema-file';
import { locateNode } from '../schema-source-map';
import { directiveNameReferences, type DirectiveNameReference } from './directive-name-references';

/** What a name in the schema stands for. Fields and indexes belong to a type. */
export type SchemaSymbol =
  { kind: 'type'; name: string } | { kind: 'field'; typeName: string; name: string } | { kind: 'index'; typeName: string; name: string };

/** One place a symbol's name is written: a declaration or a use. */
export interface SymbolOccurrence {
  symbol: SchemaSymbol;
  /** `symbolId(symbol)`, for grouping. */
  id: string;
  uri: string;
  /** The name's characters only (inside the quotes for a directive-argument string). */
  range: Range;
  /** File offsets of `range`. */
  start: number;
  end: number;
  isDeclaration: boolean;
  /** Where go-to-definition lands when that is wider than the name (the whole `@index` directive). */
  targetRange?: Range;
}

export interface SchemaSymbolIndex {
  /** Every occurrence, file by file in the API's file order, in text order within a file. */
  occurrences: SymbolOccurrence[];
  byId: Map<string, SymbolOccurrence[]>;
  /** Field ids joined through `implements`: renaming an interface's field renames its implementations. */
  fieldFamily(id: string): string[];
}

export function symbolId(symbol: SchemaSymbol): string {
  return symbol.kind === 'type' ? `type:${symbol.name}` : `${symbol.kind}:${symbol.typeName}.${symbol.name}`;
}

const indexes = new WeakMap<AnalyzedSchema, SchemaSymbolIndex>();

/** The symbol index of an analysis, built once per analysis (the server asks several times per edit). */
export function schemaSymbolIndex(analysis: AnalyzedSchema): SchemaSymbolIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = buildIndex(analysis)));
  return index;
}

function buildIndex(analysis: AnalyzedSchema): SchemaSymbolIndex {
  const occurrences: SymbolOccurrence[] = [];
  const families = new FieldFamilies();
  for (const file of analysis.files) {
    const inFile: SymbolOccurrence[] = [];
    const add = (occurrence: SymbolOccurrence | undefined) => occurrence && inFile.push(occurrence);
    for (const definition of file.definitions) {
      collectTypeOccurrences(definition, add);
      collectFieldOccurrences(analysis, file, definition, add);
      linkInterfaceFields(analysis, definition, families);
    }
    appendAll(
      occurrences,
      inFile.sort((a, b) => a.start - b.start),
    );
  }
  const byId = new Map<string, SymbolOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = byId.get(occurrence.id);
    if (list) list.push(occurrence);
    else byId.set(occurrence.id, [occurrence]);
  }
  return { occurrences, byId, fieldFamily: (id) => families.members(id) };
}

type Add = (occurrence: SymbolOccurrence | undefined) => void;

/** Type declarations, extension names, and every named type (field types, implements, union members…). */
function collectTypeOccurrences(definition: DefinitionNode, add: Add): void {
  const name = typeNameNode(definition);
  if (name) add(nameOccurrence({ kind: 'type', name: name.value }, name, !definition.kind.endsWith('Extension')));
  visit(definition, {
    NamedType(node) {
      add(nameOccurrence({ kind: 'type', name: node.name.value }, node.name, false));
    },
  });
}

/** The name a type definition or extension declares or extends. */
function typeNameNode(definition: DefinitionNode): NameNode | undefined {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return definition.name;
    default:
      return undefined;
  }
}

function collectFieldOccurrences(analysis: AnalyzedSchema, file: ParsedSchemaFile, definition: DefinitionNode, add: Add): void {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      break;
    default:
      return;
  }
  const typeName = definition.name.value;
  for (const directive of definition.directives ?? []) {
    collectDirectiveNames(analysis, file, directive, 'type', typeName, undefined, add);
  }
  for (const field of (definition.fields ?? []) as readonly (FieldDefinitionNode | InputValueDefinitionNode)[]) {
    add(nameOccurrence({ kind: 'field', typeName, name: field.name.value }, field.name, true));
    if (field.kind !== Kind.FIELD_DEFINITION) continue;
    const relatedTypeName = namedTypeNode(field.type).name.value;
    for (const directive of field.directives ?? []) {
      collectDirectiveNames(analysis, file, directive, 'field', typeName, relatedTypeName, add);
    }
  }
}

function collectDirectiveNames(
  analysis: AnalyzedSchema,
  file: ParsedSchemaFile,
  directive: DirectiveNode,
  place: 'type' | 'field',
  typeName: string,
  relatedTypeName: string | undefined,
  add: Add,
): void {
  for (const reference of directiveNameReferences(directive, place)) {
    const ownerName = ownerOf(analysis, reference, typeName, relatedTypeName);
    if (!ownerName) continue;
    const symbol: SchemaSymbol = { kind: reference.kind, typeName: ownerName, name: reference.node.value };
    const occurrence = stringOccurrence(file, symbol, reference.node, reference.declares === true);
    if (occurrence && reference.declares) occurrence.targetRange = locateNode(directive)?.range;
    add(occurrence);
  }
}

function ownerOf(
  analysis: AnalyzedSchema,
  reference: DirectiveNameReference,
  typeName: string,
  relatedTypeName: string | undefined,
): string | undefined {
  if (reference.owner === 'self') return typeName;
  if (reference.owner === 'related') return relatedTypeName;
  return analysis.model.rootTypeName('mutation');
}

function nameOccurrence(symbol: SchemaSymbol, name: NameNode, isDeclaration: boolean): SymbolOccurrence | undefined {
  const location = locateNode(name);
  if (!location) return undefined;
  const { uri, range, start, end } = location;
  return { symbol, id: symbolId(symbol), uri, range, start, end, isDeclaration };
}

/** The characters between the quotes, when they spell the value exactly (no escape sequences). */
function stringOccurrence(
  file: ParsedSchemaFile,
  symbol: SchemaSymbol,
  node: StringValueNode,
  isDeclaration: boolean,
): SymbolOccurrence | undefined {
  const location = locateNode(node);
  if (!location || location.uri !== file.uri) return undefined;
  const start = location.start + 1;
  const end = location.end - 1;
  if (file.text.slice(start, end) !== node.value || node.value === '') return undefined;
  const range = { start: file.lineIndex.positionAt(start), end: file.lineIndex.positionAt(end) };
  return { symbol, id: symbolId(symbol), uri: file.uri, range, start, end, isDeclaration };
}

/** Joins a type's field with the same-named field of each interface it implements. */
function linkInterfaceFields(analysis: AnalyzedSchema, definition: DefinitionNode, families: FieldFamilies): void {
  if (
    definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
    definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
    definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
    definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
  ) {
    return;
  }
  for (const implemented of definition.interfaces ?? []) {
    const face = analysis.model.types.get(implemented.name.value);
    if (face?.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      if (!face.fields?.some((candidate) => candidate.name.value === field.name.value)) continue;
      families.join(
        symbolId({ kind: 'field', typeName: definition.name.value, name: field.name.value }),
        symbolId({ kind: 'field', typeName: face.name.value, name: field.name.value }),
      );
    }
  }
}

/** Union–find over field ids. */
class FieldFamilies {
  private readonly parent = new Map<string, string>();

  join(a: string, b: string): void {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }

  members(id: string): string[] {
    const root = this.root(id);
    const members = new Set([id, root]);
    for (const candidate of this.parent.keys()) if (this.root(candidate) === root) members.add(candidate);
    return [...members];
  }

  private root(id: string): string {
    let current = id;
    while (this.parent.has(current)) current = this.parent.get(current)!;
    return current;
  }
}
