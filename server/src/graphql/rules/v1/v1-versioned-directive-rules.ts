import { findField, hasDirective, namedTypeNode } from '../../amplify-schema-model';
import type { SchemaRule } from '../../rule-context';
import { replaceNodeFix, typeDirectiveUses } from '../directive-rule-support';
import { v1ArgumentValue } from './v1-directive-arguments';

/**
 * `@versioned` (graphql-versioned-transformer `VersionedModelTransformer.ts`): on @model types
 * only, and a declared version field (default `version`) must be an Int or a BigInt
 * (`enforceVersionedFieldOnType`); an undeclared one is added as `Int!`.
 */
export const v1VersionedDirectiveRules: SchemaRule = {
  name: 'v1-versioned-directive',
  run({ model, report }) {
    for (const { type, directive } of typeDirectiveUses(model, 'versioned')) {
      if (!hasDirective(type, 'model')) {
        report({
          node: directive,
          code: 'versioned-not-on-model',
          message: `Types annotated with @versioned must also be annotated with @model. Add @model to ${type.name.value}, or remove @versioned.`,
        });
        continue;
      }
      const written = v1ArgumentValue(directive, 'versionField');
      const versionField = typeof written === 'string' ? written : 'version';
      const field = findField(type, versionField);
      if (!field) continue;
      const typeNode = namedTypeNode(field.type);
      if (typeNode.name.value === 'Int' || typeNode.name.value === 'BigInt') continue;
      report({
        node: field.type,
        code: 'versioned-field-type',
        message: `The versionField "${versionField}" is required to be of type "Int" or "BigInt". Change '${type.name.value}.${versionField}' to Int!.`,
        fixes: replaceNodeFix('Change the type to Int!', field.type, 'Int!'),
      });
    }
  },
};
