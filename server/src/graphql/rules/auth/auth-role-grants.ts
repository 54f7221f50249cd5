import type { ValueNode } from 'graphql';
import { flag, type ApiSettings } from '../../api-settings';
import { effectiveProvider, type AuthRuleNode } from './auth-rule-reader';

export type ModelOperation = 'create' | 'update' | 'delete' | 'get' | 'list' | 'search' | 'listen' | 'sync';

export const READ_OPERATIONS: readonly ModelOperation[] = ['get', 'list', 'search', 'listen', 'sync'];
const MODEL_OPERATIONS: readonly ModelOperation[] = ['create', 'update', 'delete', ...READ_OPERATIONS];
const SQL_READ_OPERATIONS: readonly ModelOperation[] = ['get', 'list', 'listen'];

/**
 * One role a rule grants, named as the transformer names it (graphql-auth-transformer.ts
 * `convertRulesToRoles`, without the model prefix): two rules granting the same role on a type
 * collide, and field-level access is tracked per role.
 */
export interface RoleGrant {
  role: string;
  /** Human wording of the role for messages. */
  description: string;
  operations: ReadonlySet<ModelOperation>;
  rule: AuthRuleNode;
  /** What to underline for this grant: the group name for static groups, else the rule. */
  node: ValueNode;
}

/**
 * The roles a rule grants; `undefined` when the rule cannot be read well enough to say (unknown
 * strategy or provider), so callers stay quiet about that type.
 */
export function roleGrants(rule: AuthRuleNode, settings: ApiSettings, isSql: boolean): RoleGrant[] | undefined {
  const provider = effectiveProvider(rule);
  if (!rule.allow || !provider) return undefined;
  const operations = grantedOperations(rule, isSql);
  if (rule.groups && !(rule.groupsField && rule.groupsField.value !== '')) {
    // Static groups: one role per group name, whatever the strategy says.
    const claim = rule.groupClaim?.value || 'cognito:groups';
    return rule.groups.items.map((item) => ({
      role: `${provider}:staticGroup:${item.value}:${claim}`,
      description: `group '${item.value}'`,
      operations,
      rule,
      node: item.node,
    }));
  }
  const grant = (role: string, description: string): RoleGrant[] => [{ role, description, operations, rule, node: rule.node }];
  switch (provider) {
    case 'apiKey':
      return grant('apiKey:public', 'public access with an API key');
    case 'function':
      return grant('function:custom', 'custom (Lambda) authorization');
    case 'iam':
    case 'identityPool':
      return grant(`iam:${rule.allow}`, `${rule.allow} access with IAM`);
    case 'oidc':
    case 'userPools':
      if (rule.allow === 'groups') {
        const field = rule.groupsField?.value || 'groups';
        const claim = rule.groupClaim?.value || 'cognito:groups';
        return grant(`${provider}:dynamicGroup:${field}:${claim}`, `groups stored in '${field}'`);
      }
      if (rule.allow === 'owner') {
        const field = rule.ownerField?.value || 'owner';
        const claim = rule.identityClaim?.value || defaultIdentityClaim(settings);
        return grant(`${provider}:owner:${field}:${claim}`, `the owner in '${field}'`);
      }
      if (rule.allow === 'private') return grant(`${provider}:private`, `private access with ${provider}`);
      return undefined;
  }
}

/** `read` stands for every read operation (no search or sync on SQL); no list means all. */
function grantedOperations(rule: AuthRuleNode, isSql: boolean): Set<ModelOperation> {
  if (!rule.operations) return new Set(MODEL_OPERATIONS);
  const granted = new Set<ModelOperation>();
  for (const { value } of rule.operations.items) {
    if (value === 'read') for (const op of isSql ? SQL_READ_OPERATIONS : READ_OPERATIONS) granted.add(op);
    else if ((MODEL_OPERATIONS as readonly string[]).includes(value)) granted.add(value as ModelOperation);
  }
  return granted;
}

function defaultIdentityClaim(settings: ApiSettings): string {
  const useSub = settings.generation === 2 || flag(settings, 'useSubUsernameForDefaultIdentityClaim') === true;
  return useSub ? 'sub::username' : 'username';
}
