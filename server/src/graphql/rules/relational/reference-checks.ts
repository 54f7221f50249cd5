import { Kind, type FieldDefinitionNode } from 'graphql';
import { fieldTypeInfo, findField } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { namedEntries, type NamedEntry } from './relation-argument-checks';
import { isRequired } from './relation-keys';
import { newReferenceFieldLine, referenceRoles, type ReferenceRoles } from './reference-roles';
import { nodeText, optionalTypeText } from './relation-shape-checks';
import { fieldPath, type ModelRelationSite } from './relation-site';
import { appendFieldsEdit, quickFix, replaceNodeEdit } from './relational-fix-edits';
import { checkBidirectionalReferences } from './reference-pairing-checks';

/**
 * The `references` path of @hasMany, @hasOne and @belongsTo (the DynamoDB references
 * transformers): the reference fields live on the child (the related type of @hasMany/@hasOne,
 * this type for @belongsTo), mirror the parent's primary key, and both sides declare them.
 */
export function checkReferences(site: ModelRelationSite, context: RuleContext): void {
  const roles = referenceRoles(site, context);
  const entries = namedEntries(site, 'references');
  const directive = `@${site.directiveName}`;
  // The transformer stops at the first problem; pairing is still worth checking when only fields are missing.
  let resolvable = true;
  let allExist = true;

  if (entries.length !== roles.primaryKey.length) {
    resolvable = false;
    context.report({
      node: site.referencesArgument!.value,
      code: 'relational-references-count',
      message:
        `The number of references provided to ${directive} must match the number of primary keys on ${roles.primary.name.value}. ` +
        `Its primary key is (${roles.primaryKey.map((part) => part.name).join(', ')}): list one reference field of ${roles.holder.name.value} for each, in that order.`,
    });
  }

  const referenceFields: FieldDefinitionNode[] = [];
  entries.forEach((entry, index) => {
    const field = findField(roles.holder, entry.name);
    if (!field) {
      allExist = false;
      reportMissingReference(context, roles, entries, entry, index);
      return;
    }
    if (!context.model.isScalarOrEnum(fieldTypeInfo(field.type).namedType)) {
      resolvable = false;
      context.report({
        node: entry.node,
        code: 'relational-reference-not-scalar',
        message: `All reference fields provided to ${directive} must be scalar or enum fields. ${roles.holder.name.value}.${entry.name} is of type ${fieldTypeInfo(field.type).namedType}; reference a field holding the key value.`,
      });
      return;
    }
    referenceFields.push(field);
  });

  checkRelationFieldOptional(site, context);
  if (!resolvable) return;
  if (site.directiveName !== 'belongsTo' && allExist) checkConsistentNullability(site, context, roles, referenceFields);
  checkBidirectionalReferences(site, context, roles, entries);
}

function reportMissingReference(context: RuleContext, roles: ReferenceRoles, entries: NamedEntry[], entry: NamedEntry, index: number): void {
  const holderName = roles.holder.name.value;
  const line = newReferenceFieldLine(roles, entries, index);
  context.report({
    node: entry.node,
    code: 'relational-unknown-reference-field',
    message: `${entry.name} is not a field in ${holderName}. Add it to ${holderName} with the type of ${roles.primary.name.value}'s primary key field, or correct the name.`,
    fixes: line ? quickFix(`Add the missing field ${line} to ${holderName}`, [appendFieldsEdit(roles.holder, [line])], true) : [],
  });
}

/** `validateReferencesRelationalFieldNullability`: with references the relation field itself stays optional. */
function checkRelationFieldOptional(site: ModelRelationSite, context: RuleContext): void {
  const type = site.field.type;
  const requiredItems = type.kind === Kind.LIST_TYPE && type.type.kind === Kind.NON_NULL_TYPE;
  if (type.kind !== Kind.NON_NULL_TYPE && !requiredItems) return;
  const path = fieldPath(site);
  const optional = optionalTypeText(site);
  context.report({
    node: type,
    code: 'relational-required-field',
    message: `@${site.directiveName} fields must not be required. Change '${path}: ${nodeText(type)}' to '${path}: ${optional}'`,
    fixes: quickFix(`Make ${path} optional`, [replaceNodeEdit(type, optional)], true),
  });
}

/** `getReferencesNodes`: the reference fields are all required or all nullable. */
function checkConsistentNullability(
  site: ModelRelationSite,
  context: RuleContext,
  roles: ReferenceRoles,
  referenceFields: FieldDefinitionNode[],
): void {
  const required = referenceFields.filter(isRequired).map((field) => `'${field.name.value}'`);
  const nullable = referenceFields.filter((field) => !isRequired(field)).map((field) => `'${field.name.value}'`);
  if (required.length === 0 || nullable.length === 0) return;
  const holderName = roles.holder.name.value;
  const references = `[${referenceFields.map((field) => `'${field.name.value}'`).join(', ')}]`;
  context.report({
    node: site.referencesArgument!.value,
    code: 'relational-reference-nullability',
    message:
      `Reference fields defined on related type: '${holderName}' for @${site.directiveName}(references: ${references}) ${fieldPath(site)} relationship have inconsistent nullability.` +
      `\nRequired fields: ${required.join(', ')}` +
      `\nNullable fields: ${nullable.join(', ')}` +
      `\nUpdate reference fields on type '${holderName}' to have consistent nullability -- either all required or all nullable.`,
  });
}
