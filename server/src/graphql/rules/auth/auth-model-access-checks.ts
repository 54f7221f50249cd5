import { hasSupportedProvider } from './auth-provider-checks';
import { Kind, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, findDirective, listItemNodes, objectFieldNode } from '../../amplify-schema-model';
import type { QuickFix } from '../../../lens-diagnostic';
import type { RuleContext } from '../../rule-context';
import { removeFromSequence, replaceWith } from './auth-fix-edits';
import { isSqlBacked, type AuthDirectiveUse } from './auth-rule-reader';
import { READ_OPERATIONS, roleGrants, type ModelOperation, type RoleGrant } from './auth-role-grants';

/** Per role, per field of the model, the operations allowed — the transformer's access control matrix. */
type AccessMatrix = Map<string, { description: string; access: Map<string, ReadonlySet<ModelOperation>> }>;

/**
 * Builds the model's access matrix as the transformer does (type rules first, then each field's
 * rules replacing that field's access) and reports the two errors it raises from it: a type rule
 * granting a role an earlier rule already grants (accesscontrol/acm.ts `setRole`), and required
 * fields some reader cannot read (graphql-auth-transformer.ts `generateResolvers`).
 */
export function checkModelAccess(type: ObjectTypeDefinitionNode, uses: readonly AuthDirectiveUse[], context: RuleContext): void {
  const isSql = isSqlBacked(type, context);
  const fieldNames = (type.fields ?? []).map((field) => field.name.value);
  const matrix: AccessMatrix = new Map();
  let readable = true;
  for (const use of uses) {
    if (use.rules.length === 0) return; // the transformer stops at the empty list
    const grants: RoleGrant[] = [];
    for (const rule of use.rules) {
      // A pair the transformer rejects outright is reported as such; its grants would only add noise.
      if (!hasSupportedProvider(rule)) {
        readable = false;
        continue;
      }
      const ruleGrants = roleGrants(rule, context.settings, isSql);
      if (!ruleGrants) readable = false;
      else grants.push(...ruleGrants);
    }
    if (!use.field) {
      addTypeGrants(type, use, grants, fieldNames, matrix, context);
      continue;
    }
    const fieldName = use.field.name.value;
    for (const entry of matrix.values()) entry.access.set(fieldName, new Set());
    for (const grant of grants) {
      const entry = matrix.get(grant.role) ?? { description: grant.description, access: new Map() };
      entry.access.set(fieldName, grant.operations);
      matrix.set(grant.role, entry);
    }
  }
  if (readable && subscriptionsOn(type)) checkRequiredFieldsReadable(type, matrix, context);
}

function addTypeGrants(
  type: ObjectTypeDefinitionNode,
  use: AuthDirectiveUse,
  grants: readonly RoleGrant[],
  fieldNames: readonly string[],
  matrix: AccessMatrix,
  context: RuleContext,
): void {
  const firstGrant = new Map<string, RoleGrant>();
  for (const grant of grants) {
    const earlier = firstGrant.get(grant.role);
    if (!earlier) {
      firstGrant.set(grant.role, grant);
      matrix.set(grant.role, {
        description: grant.description,
        access: new Map(fieldNames.map((name) => [name, grant.operations])),
      });
      continue;
    }
    context.report({
      node: grant.node,
      code: 'auth-duplicate-rule',
      message:
        `@auth ${type.name.value}:${grant.role} already exists for ${type.name.value}: ${grant.description} is already granted by an ` +
        'earlier rule. Merge the two into one rule listing all their operations.',
      fixes: removeDuplicateFix(use, grant, earlier),
    });
  }
}

/** Removing the duplicate is offered only when it grants nothing the earlier rule does not. */
function removeDuplicateFix(use: AuthDirectiveUse, duplicate: RoleGrant, earlier: RoleGrant): QuickFix[] {
  if (![...duplicate.operations].every((op) => earlier.operations.has(op))) return [];
  const groupNodes = listItemNodes(duplicate.rule.groups?.field.value);
  if (duplicate.node !== duplicate.rule.node && groupNodes.length > 1) {
    return removeFromSequence('Remove the duplicate group', groupNodes, groupNodes.indexOf(duplicate.node));
  }
  const ruleNodes = listItemNodes(use.rulesArgument?.value);
  const index = ruleNodes.indexOf(duplicate.rule.node);
  return index > 0 ? removeFromSequence('Remove the duplicate rule', ruleNodes, index) : [];
}

/** The check runs only while the model's subscriptions are on (the default). */
function subscriptionsOn(type: ObjectTypeDefinitionNode): boolean {
  const model = findDirective(type, 'model');
  const subscriptions = model && findArgument(model, 'subscriptions')?.value;
  if (!subscriptions || subscriptions.kind !== Kind.OBJECT) return true;
  const level = objectFieldNode(subscriptions, 'level')?.value;
  return !(level?.kind === Kind.ENUM && (level.value === 'off' || level.value === 'public'));
}

function checkRequiredFieldsReadable(type: ObjectTypeDefinitionNode, matrix: AccessMatrix, context: RuleContext): void {
  // As in the transformer: the readers considered are the roles with `get` somewhere on the model.
  const readers = [...matrix].filter(([, entry]) => [...entry.access.values()].some((ops) => ops.has('get')));
  for (const field of type.fields ?? []) {
    if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
    const name = field.name.value;
    const canRead = (role: string) => [...(matrix.get(role)?.access.get(name) ?? [])].some((op) => READ_OPERATIONS.includes(op));
    const fieldReaders = withoutRolesCoveredByPrivate(
      readers.map(([role]) => role),
      name,
      matrix,
    );
    const blocked = fieldReaders.filter((role) => !canRead(role));
    if (blocked.length === 0) continue;
    const who = blocked.map((role) => matrix.get(role)!.description).join(', ');
    context.report({
      node: field.name,
      code: 'auth-required-field-unreadable',
      message:
        "When using field-level authorization rules you need to add rules to all of the model's required fields with at least read permissions. " +
        `Found model "${type.name.value}" with required field "${name}" that ${who} cannot read. ` +
        'Add an @auth rule granting them read on this field, or make the field optional.',
      fixes: makeOptionalFix(field),
    });
  }
}

/**
 * A private user-pool (or OIDC) role that may read the field makes the provider's other roles
 * irrelevant to it (graphql-auth-transformer.ts `getReadRolesForField`).
 */
function withoutRolesCoveredByPrivate(roles: string[], fieldName: string, matrix: AccessMatrix): string[] {
  let result = roles;
  for (const provider of ['userPools', 'oidc']) {
    const privateRole = `${provider}:private`;
    const access = matrix.get(privateRole)?.access.get(fieldName);
    // All five read operations are required, so SQL models (no search, no sync) never take this shortcut.
    const coversField = roles.includes(privateRole) && READ_OPERATIONS.every((op) => access?.has(op));
    if (coversField) result = result.filter((role) => !role.startsWith(`${provider}:`) || role === privateRole);
  }
  return result;
}

function makeOptionalFix(field: FieldDefinitionNode): QuickFix[] {
  if (field.type.kind !== Kind.NON_NULL_TYPE) return [];
  const inner = field.type.type;
  const text = inner.loc ? inner.loc.source.body.slice(inner.loc.start, inner.loc.end) : undefined;
  return text ? replaceWith(`Make '${field.name.value}' optional`, field.type, text, false) : [];
}
