import { Kind, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, hasDirective } from '../../amplify-schema-model';
import type { QuickFix } from '../../../lens-diagnostic';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { locateNode } from '../../schema-source-map';
import { CleanUnitMemo } from '../clean-unit-memo';
import { closestName, renameStringFix, replaceNodeFix } from '../directive-rule-support';
import { checkKeyQueryFields } from './v1-key-query-fields';
import { keyFieldNames, v1KeyAttributeType, v1Keys, type V1Key } from './v1-table-keys';

/**
 * `@key` of transformer v1 (graphql-key-transformer `KeyTransformer.ts`): on @model types only
 * (`replacePrimaryKey`/`appendSecondaryIndex`), one primary key (the key without a name), unique
 * names, no `queryField` on the primary key, no local secondary index beside a primary key without
 * a sort key, and fields that exist, map to a DynamoDB string or number, and are non-null in the
 * primary key (`validate`). Query fields must not collide (v1-key-query-fields.ts).
 */
export const v1KeyDirectiveRules: SchemaRule = {
  name: 'v1-key-directive',
  run(context) {
    for (const type of context.model.objectTypes) {
      const keys = v1Keys(type);
      if (keys.length > 0) typeChecks.check(type, [], context, (unitContext) => checkType(type, keys, unitContext));
    }
    checkKeyQueryFields(context);
  },
};

/** A type's keys are checked against its own fields, the kinds of types and the settings only. */
const typeChecks = new CleanUnitMemo<ObjectTypeDefinitionNode>();

function checkType(type: ObjectTypeDefinitionNode, keys: V1Key[], context: RuleContext): void {
  if (!hasDirective(type, 'model')) {
    for (const key of keys) {
      context.report({
        node: key.directive,
        code: 'key-not-on-model',
        message: `The @key directive may only be added to object definitions annotated with @model. Add @model to ${type.name.value}, or remove @key.`,
      });
    }
    return;
  }
  checkNames(type, keys, context);
  for (const key of keys) checkFields(type, key, context);
}

function checkNames(type: ObjectTypeDefinitionNode, keys: V1Key[], { report }: RuleContext): void {
  const typeName = type.name.value;
  const primaries = keys.filter((key) => key.name === undefined);
  for (const extra of primaries.slice(1)) {
    report({
      node: extra.directive,
      code: 'key-duplicate-primary',
      message: `You may only supply one primary @key on type '${typeName}'. Give this @key a name to make it a secondary index, or remove it.`,
    });
  }
  for (const primary of primaries) {
    if (!primary.queryField) continue;
    report({
      node: findArgument(primary.directive, 'queryField') ?? primary.directive,
      code: 'key-primary-query-field',
      message: `You cannot pass 'queryField' to the primary @key on type '${typeName}'. Name the @key to make it a secondary index with a query, or remove queryField.`,
    });
  }
  if (primaries[0]) checkLocalIndexes(type, primaries[0], keys, report);
  const seen = new Set<string>();
  for (const key of keys) {
    if (key.name === undefined) continue;
    if (seen.has(key.name)) {
      report({
        node: findArgument(key.directive, 'name')?.value ?? key.directive,
        code: 'key-duplicate-name',
        message: `You may only supply one @key with the name '${key.name}' on type '${typeName}'. Rename one of them.`,
      });
    }
    seen.add(key.name);
  }
}

/**
 * A named key whose first field is the primary key's is a local secondary index, which needs the
 * table to have a sort key: KeyTransformer `validate`, rule 5.
 */
function checkLocalIndexes(type: ObjectTypeDefinitionNode, primary: V1Key, keys: V1Key[], report: RuleContext['report']): void {
  const primaryFields = keyFieldNames(primary);
  if (!primaryFields || primaryFields.length !== 1) return;
  for (const key of keys) {
    if (key === primary || key.name === undefined) continue;
    if (keyFieldNames(key)?.[0] !== primaryFields[0]) continue;
    report({
      node: key.directive,
      code: 'key-lsi-without-primary-sort-key',
      message:
        `Invalid @key "${key.name}". You may not create a @key where the first field in 'fields' is the same as that of the primary @key ` +
        `unless the primary @key has multiple 'fields'. You cannot have a local secondary index without a sort key in the primary index. ` +
        `Add a sort key to the primary @key of ${type.name.value}, or start this key with another field.`,
    });
  }
}

function checkFields(type: ObjectTypeDefinitionNode, key: V1Key, context: RuleContext): void {
  const typeName = type.name.value;
  const keyName = key.name ?? '<unnamed>';
  if (key.fields.kind === 'single') {
    // The transformer iterates the string's characters as field names.
    context.report({
      node: key.fields.node,
      code: 'key-fields-not-list',
      message: `Transformer v1 reads @key 'fields' only as a list: write fields: [${JSON.stringify(key.fields.node.value)}].`,
      fixes: replaceNodeFix('Wrap in a list', key.fields.node, `[${JSON.stringify(key.fields.node.value)}]`),
    });
    return;
  }
  if (key.fields.kind !== 'list') return;
  if (key.fields.items.length === 0) {
    context.report({
      node: key.fields.node,
      code: 'key-no-fields',
      message: `@key directives must include at least one field. List the key's fields, hash key first, in @key '${keyName}' on type '${typeName}'.`,
    });
    return;
  }
  const declared = new Map((type.fields ?? []).map((field) => [field.name.value, field]));
  for (const item of key.fields.items) {
    const field = declared.get(item.value);
    if (!field) {
      const suggestion = closestName(item.value, declared.keys());
      context.report({
        node: item.node,
        code: 'key-field-not-found',
        message:
          `You cannot specify a nonexistent field '${item.value}' in @key '${keyName}' on type '${typeName}'. ` +
          (suggestion ? `Did you mean '${suggestion}'?` : missingFieldRemedy(item.value, typeName)),
        fixes: renameStringFix(item.node, suggestion),
      });
      continue;
    }
    const attributeType = v1KeyAttributeType(context.model, field);
    if (attributeType === 'BOOL') {
      context.report({
        node: item.node,
        code: 'key-field-boolean',
        message: `Boolean values cannot be used as sort keys. '${typeName}.${item.value}' is a Boolean; use a String or enum field in @key '${keyName}'.`,
      });
    } else if (attributeType === 'NONE') {
      context.report({
        node: item.node,
        code: 'key-field-not-scalar',
        message: `A @key on type '${typeName}' cannot reference non-scalar field ${item.value}. Use a scalar or enum field.`,
      });
    } else if (key.name === undefined && field.type.kind !== Kind.NON_NULL_TYPE) {
      context.report({
        node: item.node,
        code: 'key-primary-nullable-field',
        message: `The primary @key on type '${typeName}' must reference non-null fields. Make '${item.value}' required.`,
        fixes: makeRequiredFix(field),
      });
    }
  }
}

/** @model adds `id`, `createdAt` and `updatedAt` to the output only; KeyTransformer reads declared fields. */
function missingFieldRemedy(name: string, typeName: string): string {
  if (name === 'id') return `Declare 'id: ID!' in ${typeName}: the key reads declared fields only.`;
  if (name === 'createdAt' || name === 'updatedAt') return `Declare '${name}: AWSDateTime!' in ${typeName}: the key reads declared fields only.`;
  return `Add the field to ${typeName}, or remove it from the key.`;
}

function makeRequiredFix(field: FieldDefinitionNode): QuickFix[] {
  const location = locateNode(field.type);
  if (!location) return [];
  const end = location.range.end;
  return [
    {
      title: `Make '${field.name.value}' required`,
      isPreferred: true,
      edits: [{ uri: location.uri, range: { start: end, end }, newText: '!' }],
    },
  ];
}
