import { Kind } from 'graphql';
import { findArgument } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { v1GeneratedOperations } from './v1-model-operation-names';
import { v1Keys } from './v1-table-keys';

/**
 * A named @key with `queryField` adds that field to the query type (KeyTransformer
 * `ensureQueryField`) without looking at what is there: a name already taken — by a field the
 * schema declares, a query @model generates, or another key — compiles, and AppSync then refuses
 * the schema at push ("The type 'Query' has declared a field with a non unique name"). The
 * primary key's queryField is reported by the key rule and adds nothing.
 */
export function checkKeyQueryFields({ model, settings, report }: RuleContext): void {
  const taken = new Map<string, string>();
  const queryTypeName = model.rootTypeName('query');
  for (const definition of model.definitions) {
    const isQueryType =
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === queryTypeName;
    if (!isQueryType) continue;
    for (const field of definition.fields ?? []) {
      if (!taken.has(field.name.value)) taken.set(field.name.value, `the field ${queryTypeName}.${field.name.value}`);
    }
  }
  for (const type of model.modelTypes) {
    for (const operation of v1GeneratedOperations(type, settings)) {
      if (operation.operation === 'query' && !taken.has(operation.name)) {
        taken.set(operation.name, `the '${operation.kind}' query @model generates for ${type.name.value}`);
      }
    }
  }
  for (const type of model.modelTypes) {
    for (const key of v1Keys(type)) {
      if (key.name === undefined || !key.queryField) continue;
      const node = findArgument(key.directive, 'queryField')?.value;
      if (!node) continue;
      const owner = taken.get(key.queryField);
      if (owner) {
        report({
          node,
          code: 'key-duplicate-query-field',
          message:
            `The query field '${key.queryField}' of @key '${key.name}' on type '${type.name.value}' is already ${owner}. ` +
            `AppSync rejects the schema at push ("has declared a field with a non unique name"); choose another queryField.`,
        });
        continue;
      }
      taken.set(key.queryField, `the queryField of @key '${key.name}' on type '${type.name.value}'`);
    }
  }
}
