import { Kind } from 'graphql';
import { fieldTypeInfo, findArgument, findDirective, findField, objectFieldNode } from '../amplify-schema-model';
import type { SchemaRule } from '../rule-context';

/** Fields DataStore's conflict resolution adds to every model (standalone schema validator). */
const DATASTORE_RESERVED_FIELDS = new Set(['_version', '_changedAt', '_deleted']);

const AMPLIFY_DIRECTIVE_NAMES = new Set([
  'model', 'auth', 'hasMany', 'hasOne', 'belongsTo', 'manyToMany', 'index', 'primaryKey', 'default',
  'function', 'http', 'searchable', 'predictions', 'mapsTo', 'refersTo', 'sql', 'validate',
  'generation', 'conversation', 'key', 'connection', 'versioned',
]);

/**
 * `@model` (model-transformer): not on the root operation types, timestamps that can be
 * auto-populated, DataStore's reserved fields; and the core rule that Amplify's directives are
 * not read on type extensions.
 */
export const modelDirectiveRules: SchemaRule = {
  name: 'model-directive',
  run({ model, settings, report }) {
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
      const timestamps = findArgument(directive, 'timestamps');
      if (timestamps?.value.kind === Kind.OBJECT) {
        for (const key of ['createdAt', 'updatedAt'] as const) {
          const entry = objectFieldNode(timestamps.value, key);
          if (entry?.value.kind !== Kind.STRING) continue;
          const field = findField(type, entry.value.value);
          if (!field) continue;
          const info = fieldTypeInfo(field.type);
          if (info.isList || (info.namedType !== 'String' && info.namedType !== 'AWSDateTime')) {
            report({
              node: field.type,
              code: 'model-timestamp-type',
              severity: 'warning',
              message:
                `${typeName}.${field.name.value} is the ${key} timestamp but is not of type String or AWSDateTime; ` +
                `Amplify will not populate it automatically. Change its type to AWSDateTime.`,
            });
          }
        }
      }
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

