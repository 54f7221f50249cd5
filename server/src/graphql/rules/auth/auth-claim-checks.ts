import { Kind, type ValueNode } from 'graphql';
import { fieldTypeInfo, findField, hasDirective, namedTypeNode } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { removeFromSequence, replaceWith } from './auth-fix-edits';
import type { AuthDirectiveUse, AuthRuleNode, StringEntry } from './auth-rule-reader';

/** Scalars that can never hold a user name, sub or group name. */
const NON_TEXT_SCALARS = new Set(['Int', 'Float', 'Boolean', 'AWSTimestamp', 'BigInt', 'Double']);

/**
 * Claims and group arguments of each rule (utils/validations.ts commonRuleValidation and the
 * groups part of validateRuleAuthStrategy), plus the type of the fields owner and dynamic-group
 * rules read identities from.
 */
export function checkAuthClaims(use: AuthDirectiveUse, context: RuleContext): void {
  for (const rule of use.rules) {
    if (rule.allow === 'groups' && rule.identityClaim) {
      reportRemovable(
        rule,
        rule.identityClaim,
        'auth-identity-claim-not-owner',
        "@auth identityClaim can only be used for 'allow: owner'. Use groupClaim to choose the token claim that lists the groups.",
        context,
      );
    }
    if (rule.allow === 'owner' && rule.groupClaim) {
      reportRemovable(
        rule,
        rule.groupClaim,
        'auth-group-claim-not-groups',
        "@auth groupClaim can only be used 'allow: groups'. Use identityClaim to choose the token claim that identifies the owner.",
        context,
      );
    }
    const hasGroupsField = rule.groupsField !== undefined && rule.groupsField.value !== '';
    if (hasGroupsField && rule.groups) {
      const fields = rule.node.fields;
      context.report({
        node: rule.groupsField!.field,
        code: 'auth-groups-and-groups-field',
        message:
          'This rule has groupsField and groups, please use one or the other: `groups` lists fixed group names, ' +
          '`groupsField` names a field that holds the groups allowed for each record.',
        fixes: [
          ...removeFromSequence("Remove 'groupsField'", fields, fields.indexOf(rule.groupsField!.field), false),
          ...removeFromSequence("Remove 'groups'", fields, fields.indexOf(rule.groups.field), false),
        ],
      });
    } else if (rule.allow === 'groups' && !rule.groups && !hasGroupsField) {
      context.report({
        node: rule.node,
        code: 'auth-groups-missing',
        message:
          "@auth directive with 'groups' should have a defined groups list or a groupsField. " +
          'Add `groups: ["Admin"]` for fixed groups, or `groupsField: "<field>"` for groups stored on each record.',
      });
    } else if (rule.allow === 'groups' && rule.groups && isEmptyList(rule.groups.field.value)) {
      context.report({
        node: rule.groups.field.value,
        code: 'auth-groups-empty',
        message: '@auth rules using groups cannot have an empty list. Name at least one group.',
      });
    }
    checkIdentityFieldType(use, rule, context);
  }
}

function reportRemovable(rule: AuthRuleNode, entry: StringEntry, code: string, message: string, context: RuleContext) {
  const fields = rule.node.fields;
  context.report({
    node: entry.field,
    code,
    message,
    fixes: removeFromSequence(`Remove '${entry.field.name.value}'`, fields, fields.indexOf(entry.field)),
  });
}

function isEmptyList(value: ValueNode): boolean {
  return value.kind === Kind.LIST && value.values.length === 0;
}

/**
 * Owner and dynamic-group fields store identities (strings), one or a list. The transformer does
 * not check their type, but a number, boolean or object there cannot match any token claim, so
 * access is denied at run time. Only those clear mismatches are flagged; a missing field is fine
 * (the transformer adds it).
 */
function checkIdentityFieldType(use: AuthDirectiveUse, rule: AuthRuleNode, context: RuleContext): void {
  const parent = use.parent;
  if (parent.kind !== Kind.OBJECT_TYPE_DEFINITION || !hasDirective(parent, 'model')) return;
  let argument: StringEntry | undefined;
  let fieldName: string;
  let role: string;
  if (rule.allow === 'owner') {
    argument = rule.ownerField;
    fieldName = argument?.value ?? 'owner';
    role = 'ownerField';
  } else if (rule.allow === 'groups' && !rule.groups) {
    argument = rule.groupsField;
    fieldName = argument?.value ?? 'groups';
    role = 'groupsField';
  } else {
    return;
  }
  const field = findField(parent, fieldName);
  if (!field) return;
  const typeName = fieldTypeInfo(field.type).namedType;
  const declared = context.model.types.get(typeName);
  const isComposite =
    declared?.kind === Kind.OBJECT_TYPE_DEFINITION ||
    declared?.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    declared?.kind === Kind.UNION_TYPE_DEFINITION;
  if (!isComposite && !NON_TEXT_SCALARS.has(typeName)) return;
  const named = namedTypeNode(field.type);
  context.report({
    node: argument?.field.value ?? named,
    code: role === 'ownerField' ? 'auth-owner-field-type' : 'auth-groups-field-type',
    severity: 'warning',
    message:
      `${role} '${fieldName}' refers to ${parent.name.value}.${fieldName} of type ${typeName}, but it must hold ` +
      `${role === 'ownerField' ? 'user identities' : 'group names'}: use String (or [String] for several). ` +
      'Otherwise no token claim can match it and access is denied.',
    fixes: isComposite ? [] : replaceWith(`Change ${parent.name.value}.${fieldName} to String`, named, 'String'),
  });
}
