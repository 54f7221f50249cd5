import { Kind, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import {
  fieldTypeInfo,
  findDirectives,
  findField,
  hasDirective,
  namedTypeNode,
  stringArgument,
  stringListArgument,
  type AmplifySchemaModel,
} from '../../amplify-schema-model';

/** One field of a key: its name and, when it can be known, the name of its scalar or enum type. */
export interface KeyPart {
  name: string;
  typeName?: string;
  /** The declared field; absent for the implicit `id`. */
  field?: FieldDefinitionNode;
}

/**
 * The primary key that `references` must mirror, as the transformer reads it
 * (`getPrimaryKeyFieldNodes`): without `@primaryKey` the key is an implicit `id: ID!`, whatever
 * the model declares.
 */
export function referencedPrimaryKey(model: AmplifySchemaModel, type: ObjectTypeDefinitionNode): KeyPart[] {
  const keyField = type.fields?.find((field) => hasDirective(field, 'primaryKey'));
  if (!keyField) return [{ name: 'id', typeName: 'ID' }];
  return model.primaryKeyFieldNames(type).map((name) => {
    const field = findField(type, name);
    return { name, field, typeName: field ? nonListTypeName(field) : undefined };
  });
}

/** `ID` and `String` are one key type for `references` (transformer `referenceFieldTypeMatchesPrimaryKey`). */
export function referenceTypesMatch(a: string, b: string): boolean {
  const interchangeable = ['ID', 'String'];
  return a === b || (interchangeable.includes(a) && interchangeable.includes(b));
}

/** A field's named type when it is not a list (the transformer compares unwrapped named types only). */
export function nonListTypeName(field: FieldDefinitionNode): string | undefined {
  const info = fieldTypeInfo(field.type);
  return info.isList ? undefined : info.namedType;
}

export interface RelatedIndexKey {
  partition: KeyPart;
  sortKeys: KeyPart[];
}

export type RelatedIndexLookup =
  | { kind: 'found'; key: RelatedIndexKey }
  | { kind: 'missing-index' }
  /** The key cannot be resolved (a key field is missing): other rules report that, this one stays quiet. */
  | { kind: 'unknown' };

/**
 * The key of the related model that legacy `fields` point at (`getRelatedTypeIndex`): its primary
 * key, or the `@index` named `indexName`. Types compare by base name, strictly (`ID` ≠ `String`).
 */
export function relatedIndexKey(type: ObjectTypeDefinitionNode, indexName?: string): RelatedIndexLookup {
  let partitionField: FieldDefinitionNode | undefined;
  let sortKeyNames: string[] = [];
  let hasUnnamedIndex = false;
  for (const field of type.fields ?? []) {
    for (const index of findDirectives(field, 'index')) {
      if (stringArgument(index, 'name') === undefined) hasUnnamedIndex = true;
    }
    const match = indexName
      ? findDirectives(field, 'index').find((index) => stringArgument(index, 'name') === indexName)
      : findDirectives(field, 'primaryKey')[0];
    if (match) {
      partitionField = field;
      sortKeyNames = stringListArgument(match, 'sortKeyFields') ?? [];
    }
  }
  if (!partitionField) {
    if (indexName) {
      // An @index without a name gets a generated one; stay quiet rather than guess it.
      return hasUnnamedIndex ? { kind: 'unknown' } : { kind: 'missing-index' };
    }
    const id = findField(type, 'id');
    return { kind: 'found', key: { partition: { name: 'id', field: id, typeName: id ? baseTypeName(id) : 'ID' }, sortKeys: [] } };
  }
  const sortKeys: KeyPart[] = [];
  for (const name of sortKeyNames) {
    const field = findField(type, name);
    if (!field) return { kind: 'unknown' };
    sortKeys.push({ name, field, typeName: baseTypeName(field) });
  }
  return {
    kind: 'found',
    key: { partition: { name: partitionField.name.value, field: partitionField, typeName: baseTypeName(partitionField) }, sortKeys },
  };
}

/** The fields of `type` whose named type is `typeName` (`post: Post`, `posts: [Post!]`), in order. */
export function fieldsOfNamedType(type: ObjectTypeDefinitionNode, typeName: string): FieldDefinitionNode[] {
  return (type.fields ?? []).filter((field) => namedTypeNode(field.type).name.value === typeName);
}

export function baseTypeName(field: FieldDefinitionNode): string {
  return fieldTypeInfo(field.type).namedType;
}

export function isRequired(field: FieldDefinitionNode): boolean {
  return field.type.kind === Kind.NON_NULL_TYPE;
}
