import { Kind } from 'graphql';
import { fieldTypeInfo, findArgument, findField, listItemNodes } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { fieldDirectiveUses, isModelType, type FieldDirectiveUse } from './directive-rule-support';
import { modelDataSource } from './model-data-source';

/**
 * Booleans as keys of `@primaryKey` and `@index` (amplify-graphql-index-transformer):
 * - a single sort key field: `addKeyConditionInputs` (`schema.ts`) looks for a key condition input
 *   of the field's scalar (graphql-transformer-common `makeScalarKeyConditionForType`), and there
 *   are only String, ID, Int and Float ones (AWS scalars map onto those; enums read as String).
 *   For a Boolean it throws "Sort Key Condition could not be constructed for field '<f>'", whatever
 *   the data source. Two or more sort key fields form one composite String key, which is fine.
 * - the partition key of a DynamoDB table or index: `attributeTypeFromScalar`
 *   (graphql-transformer-common `definition.ts`), called for the key schema in `resolvers.ts`,
 *   throws "Boolean values cannot be used as sort keys." (its words, for any key attribute).
 * Transformer v1 has its own key rules.
 */
export const keyAttributeTypeRules: SchemaRule = {
  name: 'key-attribute-type',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    for (const directiveName of ['primaryKey', 'index']) {
      for (const use of fieldDirectiveUses(context.model, directiveName)) {
        if (!isModelType(use.parent)) continue; // other rules say @model is missing
        checkPartitionKey(use, context);
        checkSingleSortKey(use, context);
      }
    }
  },
};

function isBoolean(type: Parameters<typeof fieldTypeInfo>[0]): boolean {
  const info = fieldTypeInfo(type);
  return !info.isList && info.namedType === 'Boolean';
}

function checkPartitionKey({ parent, field, directive }: FieldDirectiveUse, context: RuleContext): void {
  if (!isBoolean(field.type) || modelDataSource(parent, context) !== 'dynamodb') return;
  context.report({
    node: field.type,
    code: 'key-boolean-partition-key',
    message:
      `Boolean values cannot be used as sort keys. The transformer says so for the partition key of @${directive.name.value} on ` +
      `'${parent.name.value}.${field.name.value}' too: DynamoDB keys are strings or numbers. Use a String, ID or enum field as the key.`,
  });
}

function checkSingleSortKey({ parent, field, directive }: FieldDirectiveUse, { report }: RuleContext): void {
  const items = listItemNodes(findArgument(directive, 'sortKeyFields')?.value);
  if (items.length !== 1 || items[0].kind !== Kind.STRING) return;
  const sortField = findField(parent, items[0].value);
  if (!sortField || sortField === field || !isBoolean(sortField.type)) return;
  report({
    node: items[0],
    code: 'key-boolean-sort-key',
    message:
      `Sort Key Condition could not be constructed for field '${sortField.name.value}': a Boolean cannot be the only sort key of ` +
      `@${directive.name.value} on ${parent.name.value}. Use a String or enum field (e.g. a status enum), or add a second sort key field.`,
  });
}
