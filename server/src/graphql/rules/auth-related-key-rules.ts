import { Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, hasDirective, namedTypeNode } from '../amplify-schema-model';
import type { RuleContext, SchemaRule } from '../rule-context';
import { fieldDirectiveUses, isModelType, quotedList, type FieldDirectiveUse } from './directive-rule-support';
import { modelDataSource } from './model-data-source';

/**
 * `@hasOne` / `@belongsTo` with `fields` between models that both have `@auth`
 * (amplify-graphql-auth-transformer `utils/schema.ts` `getRelationalPrimaryMap`, reached from
 * `protectRelationalResolver` for DynamoDB models): the auth resolver reads the related record by
 * its whole primary key, so "Invalid @<d> on <T>:<f>. Provided fields do not match the size of
 * primary key(s) for <R>". The relational transformer itself accepts a single field for a
 * composite key (it only rejects partial sort keys of two or more fields, which Lens reports
 * elsewhere), so this is the case left: one field for a key of several.
 */
export const authRelatedKeyRules: SchemaRule = {
  name: 'auth-related-key',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    for (const directiveName of ['hasOne', 'belongsTo']) {
      for (const use of fieldDirectiveUses(context.model, directiveName)) checkUse(use, context);
    }
  },
};

function checkUse({ parent, field, directive }: FieldDirectiveUse, context: RuleContext): void {
  if (!isModelType(parent) || parent.kind !== Kind.OBJECT_TYPE_DEFINITION) return;
  const fields = findArgument(directive, 'fields')?.value;
  // A single string reads as a string of characters there, not a one-item list: left alone.
  if (fields?.kind !== Kind.LIST || fields.values.length !== 1 || findArgument(directive, 'references')) return;
  const related = context.model.objectType(namedTypeNode(field.type).name.value);
  if (!related || !hasDirective(related, 'model')) return;
  if (!hasAuth(parent) || !hasAuth(related)) return;
  if (modelDataSource(parent, context) !== 'dynamodb' || modelDataSource(related, context) !== 'dynamodb') return;
  const key = context.model.primaryKeyFieldNames(related);
  if (key.length <= 1) return;
  context.report({
    node: fields,
    code: 'auth-related-key-size',
    message:
      `Invalid @${directive.name.value} on ${parent.name.value}:${field.name.value}. Provided fields do not match the size of primary key(s) for ${related.name.value}. ` +
      `With @auth on both models, list a field of ${parent.name.value} for each key field of ${related.name.value} (${quotedList(key)}), or use references.`,
  });
}

/** A model the auth transformer protects: `@auth` on the type or on any of its fields. */
function hasAuth(type: ObjectTypeDefinitionNode): boolean {
  return hasDirective(type, 'auth') || (type.fields ?? []).some((field) => hasDirective(field, 'auth'));
}
