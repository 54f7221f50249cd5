import type { SchemaRule } from '../../rule-context';

/** The directives the v1 transformers handle (amplify-category-api `getTransformerFactoryV1`). */
const V1_TRANSFORMER_DIRECTIVES = new Set(['model', 'auth', 'key', 'connection', 'versioned', 'searchable', 'function', 'http', 'predictions']);

/**
 * Transformer v1 hands the transformers the schema's type definitions only (graphql-transformer-core
 * `GraphQLTransform.transform` skips every `*Extension` node), so an Amplify directive on an
 * `extend type` or on one of its fields compiles and does nothing: no table, no resolver. v2
 * rejects the same schema; v1 accepts it, hence a warning, not an error.
 */
export const v1TypeExtensionRules: SchemaRule = {
  name: 'v1-type-extension',
  run({ model, report }) {
    for (const extension of model.objectExtensions) {
      const typeName = extension.name.value;
      for (const directive of extension.directives ?? []) {
        if (!V1_TRANSFORMER_DIRECTIVES.has(directive.name.value)) continue;
        report({
          node: directive,
          code: 'directive-ignored-on-type-extension',
          severity: 'warning',
          message: `Transformer v1 ignores directives on type extensions: '@${directive.name.value}' on 'extend type ${typeName}' has no effect. Move it to the definition of ${typeName}.`,
        });
      }
      for (const field of extension.fields ?? []) {
        for (const directive of field.directives ?? []) {
          if (!V1_TRANSFORMER_DIRECTIVES.has(directive.name.value)) continue;
          report({
            node: directive,
            code: 'directive-ignored-on-type-extension',
            severity: 'warning',
            message: `Transformer v1 ignores directives on the fields of type extensions: '@${directive.name.value}' on ${typeName}.${field.name.value} has no effect. Move the field into the definition of ${typeName}.`,
          });
        }
      }
    }
  },
};
