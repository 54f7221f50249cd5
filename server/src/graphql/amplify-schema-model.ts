import {
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeDefinitionNode,
  type TypeNode,
  type ValueNode,
} from 'graphql';
import { AWS_SCALARS, BUILT_IN_SCALARS } from './amplify-directive-definitions';
import { SchemaDirectiveIndex } from './schema-directive-index';

const SCALAR_NAMES = new Set<string>([...BUILT_IN_SCALARS, ...AWS_SCALARS]);

export interface FieldTypeInfo {
  /** The innermost named type, e.g. `Post` for `[Post!]!`. */
  namedType: string;
  isList: boolean;
  /** The field itself is non-null (`T!` or `[T]!`). */
  isNonNull: boolean;
  /** List items are non-null (`[T!]`). */
  isItemNonNull: boolean;
}

export type ObjectLike = ObjectTypeDefinitionNode | ObjectTypeExtensionNode | InterfaceTypeDefinitionNode;

/**
 * The user's schema — every file of one API merged — with the lookups Amplify's rules need. Built
 * from AST nodes only, so it works on schemas graphql-js would reject and on partly parsed files.
 */
export class AmplifySchemaModel {
  /** First definition of each named type (duplicates are graphql-js' to report). */
  readonly types = new Map<string, TypeDefinitionNode>();
  readonly objectExtensions: ObjectTypeExtensionNode[] = [];
  readonly definitions: DefinitionNode[];
  private readonly rootNames: { query: string; mutation: string; subscription: string };
  // Built on first use: several rules ask, and a model is read-only once built.
  private directiveIndex?: SchemaDirectiveIndex;
  private objectTypeList?: readonly ObjectTypeDefinitionNode[];
  private modelTypeList?: readonly ObjectTypeDefinitionNode[];

  constructor(definitions: readonly DefinitionNode[]) {
    this.definitions = [...definitions];
    const roots = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
    for (const definition of definitions) {
      switch (definition.kind) {
        case Kind.OBJECT_TYPE_DEFINITION:
        case Kind.INTERFACE_TYPE_DEFINITION:
        case Kind.ENUM_TYPE_DEFINITION:
        case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        case Kind.SCALAR_TYPE_DEFINITION:
        case Kind.UNION_TYPE_DEFINITION:
          if (!this.types.has(definition.name.value)) this.types.set(definition.name.value, definition);
          break;
        case Kind.OBJECT_TYPE_EXTENSION:
          this.objectExtensions.push(definition);
          break;
        case Kind.SCHEMA_DEFINITION:
          for (const operation of definition.operationTypes) {
            roots[operation.operation] = operation.type.name.value;
          }
          break;
      }
    }
    this.rootNames = roots;
  }

  get objectTypes(): readonly ObjectTypeDefinitionNode[] {
    if (!this.objectTypeList) {
      const result: ObjectTypeDefinitionNode[] = [];
      for (const type of this.types.values()) if (type.kind === Kind.OBJECT_TYPE_DEFINITION) result.push(type);
      this.objectTypeList = result;
    }
    return this.objectTypeList;
  }

  get modelTypes(): readonly ObjectTypeDefinitionNode[] {
    this.modelTypeList ??= this.objectTypes.filter((type) => hasDirective(type, 'model'));
    return this.modelTypeList;
  }

  /** Where each directive is used (fields of objects and interfaces, object types). */
  get directives(): SchemaDirectiveIndex {
    this.directiveIndex ??= new SchemaDirectiveIndex(this.definitions);
    return this.directiveIndex;
  }

  objectType(name: string): ObjectTypeDefinitionNode | undefined {
    const type = this.types.get(name);
    return type?.kind === Kind.OBJECT_TYPE_DEFINITION ? type : undefined;
  }

  isModel(name: string): boolean {
    const type = this.objectType(name);
    return type !== undefined && hasDirective(type, 'model');
  }

  /** Query, Mutation and Subscription, honouring a `schema { … }` definition. */
  isRootTypeName(name: string): boolean {
    return name === this.rootNames.query || name === this.rootNames.mutation || name === this.rootNames.subscription;
  }

  rootTypeName(operation: 'query' | 'mutation' | 'subscription'): string {
    return this.rootNames[operation];
  }

  /** Built-in, AWS and user-declared scalars. */
  isScalar(name: string): boolean {
    return SCALAR_NAMES.has(name) || this.types.get(name)?.kind === Kind.SCALAR_TYPE_DEFINITION;
  }

  isEnum(name: string): boolean {
    return this.types.get(name)?.kind === Kind.ENUM_TYPE_DEFINITION;
  }

  isScalarOrEnum(name: string): boolean {
    return this.isScalar(name) || this.isEnum(name);
  }

  /** A field usable as a key: a scalar or enum, not a list. */
  isKeyableField(field: FieldDefinitionNode): boolean {
    const info = fieldTypeInfo(field.type);
    return !info.isList && this.isScalarOrEnum(info.namedType);
  }

  /**
   * The primary key of a model: the `@primaryKey` field followed by its sort keys, or `id`.
   * Returns names only; a name may not exist when the schema is wrong.
   */
  primaryKeyFieldNames(model: ObjectTypeDefinitionNode): string[] {
    for (const field of model.fields ?? []) {
      const primaryKey = findDirective(field, 'primaryKey');
      if (primaryKey) {
        const sortKeys = stringListArgument(primaryKey, 'sortKeyFields') ?? [];
        return [field.name.value, ...sortKeys];
      }
    }
    return ['id'];
  }

  /** Type of a primary key field; the implicit `id` is `ID!`. */
  primaryKeyFieldType(model: ObjectTypeDefinitionNode, name: string): FieldTypeInfo | undefined {
    const field = findField(model, name);
    if (field) return fieldTypeInfo(field.type);
    if (name === 'id') return { namedType: 'ID', isList: false, isNonNull: true, isItemNonNull: false };
    return undefined;
  }
}

export function findField(type: ObjectLike, name: string): FieldDefinitionNode | undefined {
  return type.fields?.find((field) => field.name.value === name);
}

export function fieldTypeInfo(type: TypeNode): FieldTypeInfo {
  let isNonNull = false;
  let isList = false;
  let isItemNonNull = false;
  let current = type;
  if (current.kind === Kind.NON_NULL_TYPE) {
    isNonNull = true;
    current = current.type;
  }
  if (current.kind === Kind.LIST_TYPE) {
    isList = true;
    current = current.type;
    if (current.kind === Kind.NON_NULL_TYPE) {
      isItemNonNull = true;
      current = current.type;
    }
  }
  while (current.kind !== Kind.NAMED_TYPE) current = current.type;
  return { namedType: current.name.value, isList, isNonNull, isItemNonNull };
}

export function namedTypeNode(type: TypeNode) {
  let current = type;
  while (current.kind !== Kind.NAMED_TYPE) current = current.type;
  return current;
}

type WithDirectives = { readonly directives?: readonly (DirectiveNode | ConstDirectiveNode)[] };

export function hasDirective(node: WithDirectives, name: string): boolean {
  return node.directives?.some((directive) => directive.name.value === name) ?? false;
}

export function findDirective(node: WithDirectives, name: string): DirectiveNode | undefined {
  return node.directives?.find((directive) => directive.name.value === name);
}

export function findDirectives(node: WithDirectives, name: string): DirectiveNode[] {
  return node.directives?.filter((directive) => directive.name.value === name) ?? [];
}

export function findArgument(directive: DirectiveNode, name: string): ArgumentNode | undefined {
  return directive.arguments?.find((argument) => argument.name.value === name);
}

/** An argument's value as plain JS (lists, objects, enums as strings); `undefined` when absent. */
export function argumentValue(directive: DirectiveNode, name: string): unknown {
  const argument = findArgument(directive, name);
  return argument ? valueFromASTUntyped(argument.value) : undefined;
}

/**
 * A `[String]` argument as strings. GraphQL input coercion accepts a single value for a list,
 * so `fields: "a"` reads as `["a"]`, as the transformer sees it.
 */
export function stringListArgument(directive: DirectiveNode, name: string): string[] | undefined {
  const value = argumentValue(directive, name);
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}

/** The value nodes of a list argument (or the single value), for ranges on individual items. */
export function listItemNodes(value: ValueNode | undefined): ValueNode[] {
  if (!value) return [];
  return value.kind === Kind.LIST ? [...value.values] : [value];
}

export function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = argumentValue(directive, name);
  return typeof value === 'string' ? value : undefined;
}

/** The object fields of an object value node (`{ allow: owner }`), by name. */
export function objectFieldNode(value: ValueNode, name: string) {
  return value.kind === Kind.OBJECT ? value.fields.find((field) => field.name.value === name) : undefined;
}
