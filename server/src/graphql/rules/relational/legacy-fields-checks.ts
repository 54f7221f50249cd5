import { findArgument, fieldTypeInfo, findField, namedTypeNode, stringArgument } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { namedEntries, type NamedEntry } from './relation-argument-checks';
import { baseTypeName, relatedIndexKey, type KeyPart, type RelatedIndexKey } from './relation-keys';
import type { ModelRelationSite } from './relation-site';
import { appendFieldsEdit, keyFieldLine, quickFix, replaceNodeEdit } from './relational-fix-edits';

/**
 * The legacy `fields` path (the DynamoDB "fields" transformers, `getFieldsNodes` and
 * `getRelatedTypeIndex`): `fields` name fields of this type that hold the related model's key —
 * its primary key, or for @hasMany the `@index` named by `indexName`. Types compare strictly here.
 */
export function checkLegacyFields(site: ModelRelationSite, context: RuleContext): void {
  const directive = `@${site.directiveName}`;
  const entries = namedEntries(site, 'fields');
  const indexName = site.directiveName === 'hasMany' ? stringArgument(site.directive, 'indexName') : undefined;
  const lookup = relatedIndexKey(site.relatedModel, indexName);
  const key = lookup.kind === 'found' ? lookup.key : undefined;

  if (lookup.kind === 'missing-index') {
    context.report({
      node: findArgument(site.directive, 'indexName')!.value,
      code: 'relational-unknown-index',
      message: `Index ${indexName} does not exist for model ${site.relatedTypeName}. Add @index(name: "${indexName}") to the field of ${site.relatedTypeName} that holds ${site.parentName}'s key, or correct the name.`,
    });
  }

  if (site.fieldsArgument && site.fields?.length === 0) {
    context.report({
      node: site.fieldsArgument.value,
      code: 'relational-empty-fields',
      message: `No fields passed to ${directive} directive. List the fields of ${site.parentName} that hold ${site.relatedTypeName}'s key, or remove 'fields'.`,
    });
    return;
  }

  let allUsable = true;
  entries.forEach((entry, index) => {
    const field = findField(site.parentModel, entry.name);
    if (!field) {
      allUsable = false;
      const keyType = key && keyPartAt(key, index)?.typeName;
      const line = keyType ? keyFieldLine(entry.name, keyType, false) : undefined;
      context.report({
        node: entry.node,
        code: 'relational-unknown-field',
        message: `${entry.name} is not a field in ${site.parentName}. Add it to ${site.parentName}, or correct the name.`,
        fixes: line ? quickFix(`Add the missing field ${line} to ${site.parentName}`, [appendFieldsEdit(site.parentModel, [line])], true) : [],
      });
    } else if (!context.model.isScalarOrEnum(fieldTypeInfo(field.type).namedType)) {
      allUsable = false;
      context.report({
        node: entry.node,
        code: 'relational-field-not-scalar',
        message: `All fields provided to ${directive} must be scalar or enum fields. ${site.parentName}.${entry.name} is of type ${fieldTypeInfo(field.type).namedType}.`,
      });
    }
  });

  if (key && allUsable && entries.length > 0) checkAgainstKey(site, context, key, entries);
}

function keyPartAt(key: RelatedIndexKey, index: number): KeyPart | undefined {
  return index === 0 ? key.partition : key.sortKeys[index - 1];
}

function checkAgainstKey(site: ModelRelationSite, context: RuleContext, key: RelatedIndexKey, entries: NamedEntry[]): void {
  checkFieldType(site, context, entries[0], key.partition);
  if (entries.length === 1) return;
  // One field (the partition key alone) is accepted; otherwise every sort key needs its field.
  if (key.sortKeys.length !== entries.length - 1) {
    const keyNames = [key.partition, ...key.sortKeys].map((part) => part.name).join(', ');
    context.report({
      node: site.fieldsArgument!.value,
      code: 'relational-partial-sort-key',
      message: `Invalid @${site.directiveName} directive on ${site.field.name.value}. Partial sort keys are not accepted. The key of ${site.relatedTypeName} is (${keyNames}): list a field for each, or only the first.`,
    });
    return;
  }
  key.sortKeys.forEach((sortKey, index) => checkFieldType(site, context, entries[index + 1], sortKey));
}

function checkFieldType(site: ModelRelationSite, context: RuleContext, entry: NamedEntry, keyPart: KeyPart): void {
  const field = findField(site.parentModel, entry.name);
  if (!field || !keyPart.typeName || baseTypeName(field) === keyPart.typeName) return;
  const path = `${site.parentName}.${entry.name}`;
  context.report({
    node: entry.node,
    code: 'relational-field-type-mismatch',
    message: `${entry.name} field is not of type ${keyPart.typeName}. Change ${path} to ${keyPart.typeName} to match ${site.relatedTypeName}.${keyPart.name}.`,
    fixes: quickFix(`Change the type of ${path} to ${keyPart.typeName}`, [replaceNodeEdit(namedTypeNode(field.type), keyPart.typeName)], true),
  });
}
