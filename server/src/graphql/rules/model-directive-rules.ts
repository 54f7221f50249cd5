import { findDirective } from '../amplify-schema-model';
import type { SchemaRule } from '../rule-context';
import { checkModelTimestamps } from './model-timestamp-rules';

/** Fields DataStore's conflict resolution adds to every model (standalone schema validator). */
const DATASTORE_RESERVED_FIELDS = new Set(['_version', '_changedAt', '_deleted']);

const AMPLIFY_DIRECTIVE_NAMES = new Set([
  'model',
  'auth',
  'hasMany',
  'hasOne',
  'belongsTo',
  'manyToMany',
  'index',
  'primaryKey',
  'default',
  'function',
  'http',
  'searchable',
  'predictions',
  'mapsTo',
  'refersTo',
  'sql',
  'validate',
  'generation',
  'conversation',
  'key',
  'connection',
  'versioned',
]);

/**
 * `@model` (model-transformer): not on the root operation types, timestamps of a type the
 * resolvers can fill (`model-timestamp-rules.ts`), DataStore's reserved fields; and the core
 * rule that Amplify's directives are not read on type extensions.
 */
export const modelDirectiveRules: SchemaRule = {
  name: 'model-directive',
  run(context) {
    const { model, settings, report } = context;
    for (const type of model.objectTypes) {
      const directive = findDirective(type, 'model');
      if (!directive) continue;
      const typeName = type.name.value;
      if (model.isRootTypeName(typeName)) {
        report({
          node: directive,
          code: 'model-reserved-type-name',
          message:
            `'${typeName}' is a reserved type name and currently in use within the default schema element. ` +
            `Rename the type, or remove @model and declare its operations as fields.`,
        });
      }
      checkModelTimestamps(type, context);
      if (settings.dataStoreEnabled) {
        for (const field of type.fields ?? []) {
          if (DATASTORE_RESERVED_FIELDS.has(field.name.value)) {
            report({
              node: field.name,
              code: 'model-reserved-field-name',
              message: `${field.name.value} is a reserved word when DataStore conflict resolution is on and cannot be used as a field name. Rename the field.`,
            });
          }
        }
      }
    }

    for (const extension of model.objectExtensions) {
      const typeName = extension.name.value;
      for (const directive of extension.directives ?? []) {
        if (!AMPLIFY_DIRECTIVE_NAMES.has(directive.name.value)) continue;
        report({
          node: directive,
          code: 'directive-on-type-extension',
          message: `Directives are not supported on object or interface extensions. See the '@${directive.name.value}' directive on '${typeName}'. Move it to the type's definition.`,
        });
      }
      if (model.isRootTypeName(typeName)) continue;
      for (const field of extension.fields ?? []) {
        for (const directive of field.directives ?? []) {
          if (!AMPLIFY_DIRECTIVE_NAMES.has(directive.name.value)) continue;
          report({
            node: directive,
            code: 'directive-on-extension-field',
            message: `The '@${directive.name.value}' directive cannot be used on fields of type extensions other than 'Query', 'Mutation', and 'Subscription'. See ${typeName}.${field.name.value}; move the field into the type's definition.`,
          });
        }
      }
    }
  },
};
