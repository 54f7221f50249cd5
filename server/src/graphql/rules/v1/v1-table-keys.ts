import { Kind, type DirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { findDirectives, findField, namedTypeNode, type AmplifySchemaModel } from '../../amplify-schema-model';
import { v1ArgumentValue, v1StringArgument, v1StringList, type V1StringList } from './v1-directive-arguments';

/**
 * The scalars the v1 transformers know (graphql-transformer-common `definition.ts`,
 * `DEFAULT_SCALARS`), with the DynamoDB attribute type each maps to. A user-declared scalar is
 * none of them.
 */
const V1_SCALAR_ATTRIBUTE_TYPES: Record<string, 'S' | 'N' | 'BOOL'> = {
  String: 'S',
  ID: 'S',
  Int: 'N',
  Float: 'N',
  Boolean: 'BOOL',
  BigInt: 'N',
  Double: 'N',
  AWSDate: 'S',
  AWSTime: 'S',
  AWSDateTime: 'S',
  AWSTimestamp: 'N',
  AWSEmail: 'S',
  AWSJSON: 'S',
  AWSURL: 'S',
  AWSPhone: 'S',
  AWSIPAddress: 'S',
};

export function isV1Scalar(name: string): boolean {
  return name in V1_SCALAR_ATTRIBUTE_TYPES;
}

/**
 * What a key field's type becomes in DynamoDB (KeyTransformer `attributeTypeFromType`): enums are
 * strings; scalars map through `attributeTypeFromScalar`, which throws for Boolean and for any
 * other type. Lists are unwrapped first (`getBaseType`), so v1 accepts `[String]` here.
 */
export function v1KeyAttributeType(model: AmplifySchemaModel, field: FieldDefinitionNode): 'S' | 'N' | 'BOOL' | 'NONE' {
  const name = namedTypeNode(field.type).name.value;
  if (model.isEnum(name)) return 'S';
  return V1_SCALAR_ATTRIBUTE_TYPES[name] ?? 'NONE';
}

/** One `@key` as KeyTransformer reads it. */
export interface V1Key {
  directive: DirectiveNode;
  /** The index name; a key without one (or with an empty or null one) is the primary key. */
  name?: string;
  fields: V1StringList;
  queryField?: string;
}

/** Keys read per type node: a definition the user did not touch keeps its node from one analysis to the next. */
const keysByType = new WeakMap<ObjectTypeDefinitionNode, V1Key[]>();

export function v1Keys(type: ObjectTypeDefinitionNode): V1Key[] {
  let keys = keysByType.get(type);
  if (!keys) {
    keys = readKeys(type);
    keysByType.set(type, keys);
  }
  return keys;
}

function readKeys(type: ObjectTypeDefinitionNode): V1Key[] {
  return findDirectives(type, 'key').map((directive) => {
    const name = v1ArgumentValue(directive, 'name');
    return {
      directive,
      name: typeof name === 'string' && name !== '' ? name : undefined,
      fields: v1StringList(directive, 'fields'),
      queryField: v1StringArgument(directive, 'queryField'),
    };
  });
}

/** Field names of a key, when written as a list of strings. */
export function keyFieldNames(key: V1Key): string[] | undefined {
  return key.fields.kind === 'list' ? key.fields.items.map((item) => item.value) : undefined;
}

/**
 * The fields of the table's key, hash first then the sort key's parts, as the @model table is
 * built: `id` unless the first unnamed @key replaces it (KeyTransformer `replacePrimaryKey`).
 * `undefined` when the primary key is not written in a form the transformer reads.
 */
export function v1TableKeyFields(type: ObjectTypeDefinitionNode): string[] | undefined {
  const primary = v1Keys(type).find((key) => key.name === undefined);
  if (!primary) return ['id'];
  const fields = keyFieldNames(primary);
  return fields && fields.length > 0 ? fields : undefined;
}

/** The fields of the secondary index a named @key creates (`appendSecondaryIndex`), if any. */
export function v1IndexKeyFields(type: ObjectTypeDefinitionNode, indexName: string): string[] | undefined | null {
  const key = v1Keys(type).find((candidate) => candidate.name === indexName);
  if (!key) return null;
  const fields = keyFieldNames(key);
  return fields && fields.length > 0 ? fields : undefined;
}

/** The declared field a key part names, with its named type. */
export function declaredField(type: ObjectTypeDefinitionNode, name: string): { field: FieldDefinitionNode; typeName: string } | undefined {
  const field = findField(type, name);
  return field ? { field, typeName: namedTypeNode(field.type).name.value } : undefined;
}

export function isListField(field: FieldDefinitionNode): boolean {
  let type = field.type;
  if (type.kind === Kind.NON_NULL_TYPE) type = type.type;
  return type.kind === Kind.LIST_TYPE;
}
