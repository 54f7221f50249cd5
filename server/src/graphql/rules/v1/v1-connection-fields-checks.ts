import type { StringValueNode } from 'graphql';
import { findArgument, type AmplifySchemaModel } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { closestName, renameStringFix, replaceNodeFix } from '../directive-rule-support';
import type { ConnectionSite } from './v1-connection-site';
import { v1StringArgument, v1StringList, type StringListItem } from './v1-directive-arguments';
import { declaredField, isListField, isV1Scalar, v1IndexKeyFields, v1Keys, v1TableKeyFields } from './v1-table-keys';

/**
 * `@connection(fields:, keyName:)` (ModelConnectionTransformer `connectionWithKey` and
 * `checkFieldsAgainstIndex`): the fields exist on this type and are single scalars or enums; they
 * line up with the related table's key — or with the @key index `keyName` names — hash key first,
 * same types, the whole sort key or none of it; a single object is read from the table itself.
 */
export function checkConnectionWithFields(site: ConnectionSite, context: RuleContext): void {
  const { parent, related, directive } = site;
  const fields = v1StringList(directive, 'fields');
  if (fields.kind === 'single') {
    // `args.fields.forEach` fails on a string: the transform stops with a TypeError.
    context.report({
      node: fields.node,
      code: 'connection-fields-not-list',
      message: `Transformer v1 reads @connection 'fields' only as a list: write fields: [${JSON.stringify(fields.node.value)}].`,
      fixes: replaceNodeFix('Wrap in a list', fields.node, `[${JSON.stringify(fields.node.value)}]`),
    });
    return;
  }
  if (fields.kind !== 'list') return;
  if (fields.items.length === 0) {
    context.report({
      node: fields.node,
      code: 'connection-no-fields',
      message: `No fields passed in to @connection directive. List the fields of ${parent.name.value} that hold the related key, e.g. fields: ["${related.name.value.charAt(0).toLowerCase()}${related.name.value.slice(1)}ID"].`,
    });
    return;
  }
  if (!checkQueryFields(site, fields.items, context)) return;

  const keyName = v1StringArgument(directive, 'keyName');
  let keyFields: string[] | undefined;
  if (keyName) {
    const index = v1IndexKeyFields(related, keyName);
    if (index === null) {
      // Connections by name add GSIs called `gsi-<name>`; such a keyName is left alone.
      if (keyName.startsWith('gsi-')) return;
      const node = findArgument(directive, 'keyName')!.value as StringValueNode;
      const suggestion = closestName(
        keyName,
        v1Keys(related).flatMap((key) => (key.name ? [key.name] : [])),
      );
      context.report({
        node,
        code: 'connection-unknown-key',
        message: `Key ${keyName} does not exist for model ${related.name.value}. ${suggestion ? `Did you mean '${suggestion}'?` : `Add @key(name: "${keyName}", fields: [...]) to ${related.name.value}, or remove keyName to query its primary key.`}`,
        fixes: renameStringFix(node, suggestion),
      });
      return;
    }
    keyFields = index;
  } else {
    keyFields = v1TableKeyFields(related);
  }
  if (keyFields) checkAgainstKey(site, fields.items, keyFields, keyName, context);

  if (keyName && !isListField(site.field)) {
    context.report({
      node: findArgument(directive, 'keyName')!,
      code: 'connection-key-name-on-single',
      message: `Connection is to a single object but the keyName ${keyName} was provided which does not reference the default table. Remove keyName, or make '${site.field.name.value}' a list.`,
    });
  }
}

/** Each of `fields` is a field of this type, a single scalar or enum (`validateKeyFieldConnectionWithKey`). */
function checkQueryFields({ parent }: ConnectionSite, items: StringListItem[], { model, report }: RuleContext): boolean {
  let valid = true;
  for (const item of items) {
    const found = declaredField(parent, item.value);
    if (!found) {
      const suggestion = closestName(
        item.value,
        (parent.fields ?? []).map((field) => field.name.value),
      );
      report({
        node: item.node,
        code: 'connection-field-not-found',
        message: `${item.value} is not a field in ${parent.name.value}. ${suggestion ? `Did you mean '${suggestion}'?` : `Declare '${item.value}' in ${parent.name.value}: @connection reads declared fields only.`}`,
        fixes: renameStringFix(item.node, suggestion),
      });
      valid = false;
    } else if (isListField(found.field) || !isScalarOrEnum(model, found.typeName)) {
      report({
        node: item.node,
        code: 'connection-field-not-scalar',
        message: `All fields provided to an @connection must be scalar or enum fields. '${parent.name.value}.${item.value}' is ${isListField(found.field) ? 'a list' : `of type ${found.typeName}`}.`,
      });
      valid = false;
    }
  }
  return valid;
}

function isScalarOrEnum(model: AmplifySchemaModel, typeName: string): boolean {
  return isV1Scalar(typeName) || model.isEnum(typeName);
}

/** `checkFieldsAgainstIndex`: the query fields against the table's or index's key, hash key first. */
function checkAgainstKey(
  { parent, related, directive, field }: ConnectionSite,
  items: StringListItem[],
  keyFields: string[],
  keyName: string | undefined,
  { report }: RuleContext,
): void {
  const against = keyName ? `index '${keyName}' of ${related.name.value}` : `the primary key of ${related.name.value}`;
  if (!declaredField(related, keyFields[0])) {
    // A @key naming an undeclared field is the key rule's to report; the implicit `id` is this one's.
    if (keyName || v1Keys(related).some((key) => key.name === undefined)) return;
    report({
      node: directive,
      code: 'connection-key-field-undeclared',
      message: `id is not defined in ${related.name.value}. Declare 'id: ID!' in ${related.name.value}: @connection compares the key with declared fields only.`,
    });
    return;
  }
  const fieldsNode = findArgument(directive, 'fields')!.value;
  const sortLength = keyFields.length - 1;
  if (items.length > 1 && sortLength === 0) {
    report({
      node: fieldsNode,
      code: 'connection-too-many-fields',
      message: `Too many fields passed in to @connection directive. ${against} has no sort key: pass only the field that holds its '${keyFields[0]}'.`,
    });
    return;
  }
  if (items.length > 1 && items.length - 1 !== sortLength) {
    report({
      node: fieldsNode,
      code: 'connection-partial-sort-key',
      message: `Invalid @connection directive ${field.name.value}. fields does not accept partial sort key: ${against} is (${keyFields.join(', ')}); pass ${keyFields.length} fields, or only the first.`,
    });
    return;
  }
  items.forEach((item, i) => {
    const expected = declaredField(related, keyFields[i]);
    const actual = declaredField(parent, item.value);
    if (!expected || !actual || expected.typeName === actual.typeName) return;
    report({
      node: item.node,
      code: 'connection-field-type-mismatch',
      message: `${item.value} field is not of type ${expected.typeName}: it is matched with '${keyFields[i]}' of ${against}. Change '${parent.name.value}.${item.value}' to ${expected.typeName}.`,
    });
  });
}
