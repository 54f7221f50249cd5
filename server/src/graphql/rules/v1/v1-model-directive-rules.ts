import { Kind, type NameNode, type ObjectTypeDefinitionNode } from 'graphql';
import { fieldTypeInfo, findDirective, findField } from '../../amplify-schema-model';
import { flag } from '../../api-settings';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { CleanUnitMemo } from '../clean-unit-memo';
import { v1ArgumentValue } from './v1-directive-arguments';
import { v1GeneratedOperations, type RootOperation } from './v1-model-operation-names';

/**
 * `@model` of transformer v1 (graphql-dynamodb-transformer `DynamoDBModelTransformer.ts`): not on
 * the root types (`validateTypeNameReservedWords`, on by default); the root fields it generates
 * must not be declared already (graphql-transformer-core `TransformerContext.addObjectExtension`
 * "cannot redeclare field"); and a timestamp field it cannot fill is a warning, as the CLI prints.
 */
export const v1ModelDirectiveRules: SchemaRule = {
  name: 'v1-model-directive',
  run(context) {
    const declared = declaredRootFields(context);
    for (const type of context.model.modelTypes) {
      const directive = findDirective(type, 'model')!;
      const typeName = type.name.value;
      if (context.model.isRootTypeName(typeName)) {
        if (flag(context.settings, 'validateTypeNameReservedWords') !== false) {
          context.report({
            node: directive,
            code: 'model-reserved-type-name',
            message: `'${typeName}' is a reserved type name and currently in use within the default schema element. Rename the type, or remove @model and declare its operations as fields.`,
          });
        }
        continue;
      }
      for (const operation of v1GeneratedOperations(type, context.settings)) {
        const existing = declared[operation.operation].get(operation.name);
        if (!existing) continue;
        context.report({
          node: existing,
          code: 'model-operation-name-taken',
          message:
            `Object type extension '${context.model.rootTypeName(operation.operation)}' cannot redeclare field ${operation.name}: ` +
            `@model on ${typeName} generates it. Rename this field, or rename the ${operation.kind} operation with @model(${argumentOf(operation.operation)}: { ${operation.kind}: "…" }).`,
        });
      }
      timestampChecks.check(type, [], context, (unitContext) => checkTimestamps(type, unitContext));
    }
  },
};

/** A model's timestamp fields are its own: checked again only when the definition changes. */
const timestampChecks = new CleanUnitMemo<ObjectTypeDefinitionNode>();

function argumentOf(operation: RootOperation): string {
  return operation === 'query' ? 'queries' : operation === 'mutation' ? 'mutations' : 'subscriptions';
}

/** Fields the schema declares on the root types, definitions and extensions alike (both are merged before @model runs). */
function declaredRootFields({ model }: RuleContext): Record<RootOperation, Map<string, NameNode>> {
  const result: Record<RootOperation, Map<string, NameNode>> = { query: new Map(), mutation: new Map(), subscription: new Map() };
  for (const definition of model.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const operation of ['query', 'mutation', 'subscription'] as const) {
      if (definition.name.value !== model.rootTypeName(operation)) continue;
      for (const field of definition.fields ?? []) {
        if (!result[operation].has(field.name.value)) result[operation].set(field.name.value, field.name);
      }
    }
  }
  return result;
}

/**
 * `addTimestampFields`/`createMutations`: a declared createdAt/updatedAt (or the names
 * `timestamps` gives) that is not AWSDateTime or String is left unfilled, with a console message.
 */
function checkTimestamps(type: ObjectTypeDefinitionNode, { report }: RuleContext): void {
  const directive = findDirective(type, 'model')!;
  const timestamps = v1ArgumentValue(directive, 'timestamps');
  if (timestamps === null) return;
  // `getTimestampFieldName`: a key the map sets (even to null) replaces the default name.
  const names: Record<string, unknown> = { createdAt: 'createdAt', updatedAt: 'updatedAt' };
  if (typeof timestamps === 'object' && timestamps !== undefined) {
    for (const key of ['createdAt', 'updatedAt'] as const) {
      const value = (timestamps as Record<string, unknown>)[key];
      if (value !== undefined) names[key] = value;
    }
  }
  for (const [key, name] of Object.entries(names)) {
    if (typeof name !== 'string') continue;
    const field = findField(type, name);
    if (!field) continue;
    const info = fieldTypeInfo(field.type);
    if (info.namedType === 'AWSDateTime' || info.namedType === 'String') continue;
    report({
      node: field.type,
      code: 'model-timestamp-type',
      severity: 'warning',
      message: `${type.name.value}.${name} is of type ${info.namedType}. To support auto population change the type to AWSDateTime or String; as the ${key} timestamp it is left unfilled.`,
    });
  }
}
