import type { FieldDefinitionNode, ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, findDirective, namedTypeNode } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { closestName, renameStringFix } from '../directive-rule-support';
import type { ConnectionSite } from './v1-connection-site';
import { v1StringArgument } from './v1-directive-arguments';
import { declaredField, isListField, isV1Scalar, keyFieldNames, v1Keys } from './v1-table-keys';

/**
 * The first @connection design, without `fields` (ModelConnectionTransformer `field`): a `name`
 * pairs two fields, one per side, and must have its other half; many-to-many is refused; the
 * other side's `sortField` must be a scalar of this type that DynamoDB can sort; the field holding
 * the key (`keyField`, or the name the transformer derives) must be an ID or a String; and a
 * `sortField` on a single object needs the related primary @key to have exactly one sort field.
 */
export function checkNamedConnection(site: ConnectionSite, context: RuleContext): void {
  const { parent, field, directive, related } = site;
  const connectionName = v1StringArgument(directive, 'name');
  const associated = connectionName ? counterpart(site, connectionName) : undefined;
  if (connectionName && !associated) {
    context.report({
      node: findArgument(directive, 'name')!.value,
      code: 'connection-missing-counterpart',
      message:
        `Found one half of connection "${connectionName}" at ${parent.name.value}.${field.name.value} but no related field on type ${related.name.value}. ` +
        `Add a field of type ${parent.name.value} with @connection(name: "${connectionName}") to ${related.name.value}, or remove the name.`,
    });
    return;
  }
  const label = connectionName ?? `${parent.name.value}.${field.name.value}`;
  const leftList = isListField(field);
  const rightList = associated ? isListField(associated.field) : undefined;
  if (leftList && rightList) {
    context.report({
      node: directive,
      code: 'connection-many-to-many',
      message:
        `Invalid Connection (${label}): Many to Many connections are not yet supported. ` +
        `Add a joining @model type with a @connection to each side, and make these two fields lists of it.`,
    });
    return;
  }
  const sortFieldName = associated?.sortField;
  const sortField = sortFieldName ? declaredField(parent, sortFieldName) : undefined;
  if (sortField && (isListField(sortField.field) || !isV1Scalar(sortField.typeName) || sortField.typeName === 'Boolean')) {
    context.report({
      node: sortField.field.type,
      code: 'connection-sort-field-type',
      message: isListField(sortField.field)
        ? `sortField "${sortFieldName}" is a list. It should be a scalar. Make '${parent.name.value}.${sortFieldName}' a single value.`
        : `sortField "${sortFieldName}" is of type "${sortField.typeName}". It should be a scalar that maps to a DynamoDB "String", "Number", or "Binary".`,
    });
    return;
  }
  let keyFieldHolder: ObjectTypeDefinitionNode;
  let defaultKeyField: string;
  if (leftList && rightList === false) {
    keyFieldHolder = related;
    defaultKeyField = camelCase([related.name.value, associated!.field.name.value, 'id']);
  } else if (!leftList && rightList) {
    if (sortFieldName && !sortField) {
      context.report({
        node: associated!.sortFieldNode!,
        code: 'connection-sort-field-not-found',
        message: `sortField "${sortFieldName}" not found on type "${parent.name.value}", other half of connection "${label}". Declare '${sortFieldName}' in ${parent.name.value}.`,
      });
      return;
    }
    keyFieldHolder = parent;
    defaultKeyField = camelCase([parent.name.value, field.name.value, 'id']);
  } else {
    keyFieldHolder = leftList ? related : parent;
    defaultKeyField = camelCase([parent.name.value, field.name.value, 'id']);
    if (!leftList && !checkSingleObjectSortField(site, context)) return;
  }
  checkKeyField(site, keyFieldHolder, v1StringArgument(directive, 'keyField') ?? defaultKeyField, label, context);
}

interface Counterpart {
  field: FieldDefinitionNode;
  sortField?: string;
  sortFieldNode?: ReturnType<typeof findArgument>;
}

/** The related type's field carrying @connection with the same name (not this very field). */
function counterpart({ field, related }: ConnectionSite, name: string): Counterpart | undefined {
  for (const candidate of related.fields ?? []) {
    if (candidate === field) continue;
    const directive = findDirective(candidate, 'connection');
    if (!directive || v1StringArgument(directive, 'name') !== name) continue;
    return { field: candidate, sortField: v1StringArgument(directive, 'sortField'), sortFieldNode: findArgument(directive, 'sortField') };
  }
  return undefined;
}

/** A single object found by `sortField` too (issue #2100 in the transformer's comments). */
function checkSingleObjectSortField({ parent, related, directive }: ConnectionSite, { report }: RuleContext): boolean {
  const sortFieldName = v1StringArgument(directive, 'sortField');
  if (!sortFieldName) return true;
  const node = findArgument(directive, 'sortField')!.value;
  // `getSortField`: the first unnamed @key, when it has exactly two fields.
  const primary = v1Keys(related).find((key) => key.name === undefined);
  const primaryFields = primary ? keyFieldNames(primary) : undefined;
  const relatedSort = primaryFields?.length === 2 ? declaredField(related, primaryFields[1]) : undefined;
  if (!relatedSort) {
    report({
      node,
      code: 'connection-sort-field-needs-key',
      message: `sortField "${sortFieldName}" requires a primary @key on type "${related.name.value}" with a sort key that was not found. Give ${related.name.value} @key(fields: ["<hash>", "<sort>"]), or remove sortField.`,
    });
    return false;
  }
  const own = declaredField(parent, sortFieldName);
  if (!own) {
    const suggestion = closestName(
      sortFieldName,
      (parent.fields ?? []).map((f) => f.name.value),
    );
    report({
      node,
      code: 'connection-sort-field-not-found',
      message: `sortField with name "${sortFieldName}" cannot be found on type: ${parent.name.value}. ${suggestion ? `Did you mean '${suggestion}'?` : `Declare it in ${parent.name.value}.`}`,
      fixes: renameStringFix(node, suggestion),
    });
    return false;
  }
  if (own.typeName !== relatedSort.typeName) {
    report({
      node,
      code: 'connection-sort-field-type',
      message: `sortField "${relatedSort.field.name.value}" on type "${related.name.value}" is not matching the type of field "${sortFieldName}" on type "${parent.name.value}". Make both ${relatedSort.typeName}.`,
    });
    return false;
  }
  return true;
}

/** `validateKeyField`: a declared key field must be a single ID or String. */
function checkKeyField(site: ConnectionSite, holder: ObjectTypeDefinitionNode, name: string, label: string, { report }: RuleContext): void {
  const found = declaredField(holder, name);
  if (!found) return;
  if ((found.typeName === 'ID' || found.typeName === 'String') && !isListField(found.field)) return;
  const explicit = v1StringArgument(site.directive, 'keyField') !== undefined;
  report({
    node: namedTypeNode(found.field.type),
    code: 'connection-key-field-type',
    message:
      `If you define a field and specify it as a 'keyField', it must be of type 'ID' or 'String'. '${holder.name.value}.${name}' holds the key of connection "${label}"` +
      `${explicit ? '' : ' (the keyField name @connection derives)'}; change its type to ID.`,
  });
}

/** graphql-transformer-common `toCamelCase`, as `makeConnectionAttributeName` uses it. */
function camelCase(words: string[]): string {
  return words
    .filter((word) => word.length > 0)
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}
