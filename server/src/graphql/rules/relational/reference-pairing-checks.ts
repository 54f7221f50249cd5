import type { FieldDefinitionNode } from 'graphql';
import { findField, namedTypeNode, stringListArgument } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import type { NamedEntry } from './relation-argument-checks';
import { fieldsOfNamedType, nonListTypeName, referenceTypesMatch } from './relation-keys';
import { fieldPath, type ModelRelationSite } from './relation-site';
import { appendFieldsEdit, lowerFirst, quickFix, replaceNodeEdit } from './relational-fix-edits';
import { newReferenceFieldLine, type ReferenceRoles } from './reference-roles';

/**
 * `validateReferencesBidirectionality`: a references relation is declared on both sides — @hasMany
 * or @hasOne on the parent, @belongsTo on the child — with identical `references`. Only once the
 * two sides pair up does the transformer compare the reference types with the primary key.
 */
export function checkBidirectionalReferences(site: ModelRelationSite, context: RuleContext, roles: ReferenceRoles, entries: NamedEntry[]): void {
  const counterpartDirectives = site.directiveName === 'belongsTo' ? ['hasOne', 'hasMany'] : ['belongsTo'];
  const ours = entries.map((entry) => entry.name).join(',');
  const candidates = fieldsOfNamedType(site.relatedModel, site.parentName).flatMap((field) => {
    const counterpart = field.directives?.find((directive) => counterpartDirectives.includes(directive.name.value));
    return counterpart ? [stringListArgument(counterpart, 'references')] : [];
  });
  // A counterpart with an empty list is already flagged there; pairing it would only repeat that.
  if (candidates.some((theirs) => theirs?.length === 0)) return;
  const paired = candidates.some((theirs) => theirs !== undefined && theirs.join(',') === ours);
  // When a counterpart exists and either side names a field the child lacks, that unknown-field
  // diagnostic says what to fix; calling the relation uni-directional as well would mislead.
  const namesMissingField = [entries.map((entry) => entry.name), ...candidates].some((names) =>
    names?.some((name) => !findField(roles.holder, name)),
  );
  if (!paired && candidates.length > 0 && namesMissingField) return;

  if (paired) {
    const referenceFields = entries.map((entry) => findField(roles.holder, entry.name));
    if (referenceFields.every((field): field is FieldDefinitionNode => field !== undefined)) {
      checkReferenceTypes(context, roles, referenceFields);
    }
    return;
  }

  const expected = counterpartDirectives.map((name) => `@${name}`).join(' or ');
  context.report({
    node: site.directive,
    code: 'relational-unidirectional',
    message:
      `Uni-directional relationships are not supported. Add a ${expected} field in ${site.relatedTypeName} to match the ` +
      `@${site.directiveName} field ${fieldPath(site)}, and ensure the number and type of reference fields match the ` +
      `number and type of primary key fields in ${roles.primary.name.value}.`,
    fixes: site.directiveName === 'belongsTo' ? [] : belongsToCounterpartFix(site, roles, entries),
  });
}

/**
 * Adds `post: Post @belongsTo(references: [...])` to the child, with the reference fields it lacks.
 * Not offered when the child already has a @belongsTo back (its references need editing instead)
 * or the field name is taken.
 */
function belongsToCounterpartFix(site: ModelRelationSite, roles: ReferenceRoles, entries: NamedEntry[]) {
  const child = site.relatedModel;
  const fieldName = lowerFirst(site.parentName);
  const hasBelongsToBack = fieldsOfNamedType(child, site.parentName).some((field) =>
    field.directives?.some((d) => d.name.value === 'belongsTo'),
  );
  if (hasBelongsToBack || findField(child, fieldName)) return [];
  const lines: string[] = [];
  for (const [index, entry] of entries.entries()) {
    if (findField(child, entry.name)) continue;
    const line = newReferenceFieldLine(roles, entries, index);
    if (!line) return [];
    lines.push(line);
  }
  const references = entries.map((entry) => JSON.stringify(entry.name)).join(', ');
  lines.push(`${fieldName}: ${site.parentName} @belongsTo(references: [${references}])`);
  return quickFix(`Add the missing @belongsTo counterpart ${child.name.value}.${fieldName}`, [appendFieldsEdit(child, lines)], true);
}

/** `referenceFieldTypeMatchesPrimaryKey`, reported on the reference field's type: both sides report it, once. */
function checkReferenceTypes(context: RuleContext, roles: ReferenceRoles, referenceFields: FieldDefinitionNode[]): void {
  const primaryName = roles.primary.name.value;
  const holderName = roles.holder.name.value;
  roles.primaryKey.forEach((keyPart, index) => {
    const referenceField = referenceFields[index];
    const referenceType = referenceField && nonListTypeName(referenceField);
    if (!keyPart.typeName || !referenceType || referenceTypesMatch(keyPart.typeName, referenceType)) return;
    const typeNode = namedTypeNode(referenceField.type);
    const path = `${holderName}.${referenceField.name.value}`;
    context.report({
      node: typeNode,
      code: 'relational-reference-type-mismatch',
      message:
        `Type mismatch between primary key field(s) of ${primaryName} and reference fields of ${holderName}. ` +
        `Type of ${primaryName}.${keyPart.name} does not match type of ${path}. Change ${path} to ${keyPart.typeName}.`,
      fixes: quickFix(`Change the type of ${path} to ${keyPart.typeName}`, [replaceNodeEdit(typeNode, keyPart.typeName)], true),
    });
  });
}
