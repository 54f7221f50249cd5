import {
  Kind,
  print,
  type ASTNode,
  type DefinitionNode,
  type DirectiveNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NameNode,
} from 'graphql';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver-types';
import type { AnalyzedSchema } from '../analyze-schema';
import { hasDirective } from '../amplify-schema-model';
import { locateNode } from '../schema-source-map';

/**
 * The outline of one schema file: types with their fields, enums with their values. @model types
 * show as classes so the data model stands out from plain object types; the detail of a field is
 * what one scans for in a schema — its type and the directives on it (`[Comment] @hasMany`).
 */
export function documentSymbols(analysis: AnalyzedSchema, uri: string): DocumentSymbol[] {
  const file = analysis.files.find((candidate) => candidate.uri === uri);
  if (!file) return [];
  return file.definitions.flatMap((definition) => {
    const symbol = definitionSymbol(definition);
    return symbol ? [symbol] : [];
  });
}

function definitionSymbol(definition: DefinitionNode): DocumentSymbol | undefined {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION: {
      const kind = hasDirective(definition, 'model') ? SymbolKind.Class : SymbolKind.Object;
      const detail = typeDetail(
        definition.kind,
        definition.directives,
        definition.interfaces?.map((i) => i.name.value),
      );
      return symbol(definition, definition.name, kind, detail, fieldSymbols(definition.fields));
    }
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION: {
      const detail = typeDetail(
        definition.kind,
        definition.directives,
        definition.interfaces?.map((i) => i.name.value),
      );
      return symbol(definition, definition.name, SymbolKind.Interface, detail, fieldSymbols(definition.fields));
    }
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return symbol(
        definition,
        definition.name,
        SymbolKind.Struct,
        typeDetail(definition.kind, definition.directives),
        fieldSymbols(definition.fields),
      );
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return symbol(
        definition,
        definition.name,
        SymbolKind.Enum,
        typeDetail(definition.kind, definition.directives),
        enumValueSymbols(definition.values),
      );
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION: {
      const members = definition.types?.map((type) => type.name.value).join(' | ');
      const detail = joinDetail(typeDetail(definition.kind, definition.directives), members ? `= ${members}` : undefined);
      return symbol(definition, definition.name, SymbolKind.TypeParameter, detail, []);
    }
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return symbol(
        definition,
        definition.name,
        SymbolKind.TypeParameter,
        joinDetail('scalar', typeDetail(definition.kind, definition.directives)),
        [],
      );
    case Kind.SCHEMA_DEFINITION:
    case Kind.SCHEMA_EXTENSION: {
      const operations = (definition.operationTypes ?? []).flatMap((operation) => {
        const child = symbol(operation, operation.type.name, SymbolKind.Field, undefined, []);
        return child ? [{ ...child, name: operation.operation, detail: operation.type.name.value }] : [];
      });
      const schema = symbol(definition, undefined, SymbolKind.Module, typeDetail(definition.kind, definition.directives), operations);
      return schema && { ...schema, name: 'schema' };
    }
    case Kind.DIRECTIVE_DEFINITION: {
      const detail = `${definition.repeatable ? 'repeatable ' : ''}on ${definition.locations.map((l) => l.value).join(' | ')}`;
      const directive = symbol(definition, definition.name, SymbolKind.Function, detail, []);
      return directive && { ...directive, name: `@${definition.name.value}` };
    }
    default:
      return undefined;
  }
}

function fieldSymbols(fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] | undefined): DocumentSymbol[] {
  return (fields ?? []).flatMap((field) => {
    const detail = joinDetail(print(field.type), directiveNames(field.directives));
    const child = symbol(field, field.name, SymbolKind.Field, detail, [], hasDirective(field, 'deprecated'));
    return child ? [child] : [];
  });
}

function enumValueSymbols(values: readonly EnumValueDefinitionNode[] | undefined): DocumentSymbol[] {
  return (values ?? []).flatMap((value) => {
    const child = symbol(value, value.name, SymbolKind.EnumMember, directiveNames(value.directives), [], hasDirective(value, 'deprecated'));
    return child ? [child] : [];
  });
}

/** `extend`, `implements A & B` and the type's directives, e.g. `@model @auth`. */
function typeDetail(kind: Kind, directives: readonly DirectiveNode[] | undefined, interfaces: string[] = []): string | undefined {
  return joinDetail(
    kind.endsWith('Extension') ? 'extend' : undefined,
    interfaces.length > 0 ? `implements ${interfaces.join(' & ')}` : undefined,
    directiveNames(directives),
  );
}

function directiveNames(directives: readonly DirectiveNode[] | undefined): string | undefined {
  return joinDetail(...(directives ?? []).map((directive) => `@${directive.name.value}`));
}

function joinDetail(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A symbol spanning `node` (description included), selecting its name; none when the node has no place in a file. */
function symbol(
  node: ASTNode,
  name: NameNode | undefined,
  kind: SymbolKind,
  detail: string | undefined,
  children: DocumentSymbol[],
  deprecated = false,
): DocumentSymbol | undefined {
  const whole = locateNode(node);
  if (!whole) return undefined;
  const selection = name ? locateNode(name) : undefined;
  const result: DocumentSymbol = {
    name: name?.value ?? '',
    kind,
    range: whole.range,
    selectionRange: selection?.range ?? whole.range,
    children,
  };
  if (detail) result.detail = detail;
  if (deprecated) result.tags = [SymbolTag.Deprecated];
  return result;
}
