import type { ObjectFieldNode } from 'graphql';
import { hasDirective } from '../../amplify-schema-model';
import type { ApiSettings } from '../../api-settings';
import { providersForStrategy } from '../../auth-rule-options';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { CleanUnitMemo } from '../clean-unit-memo';
import { replaceNodeFix, type FieldParent } from '../directive-rule-support';
import { checkV1FieldAuth } from './v1-auth-field-checks';
import { isSet, v1AuthUses, type V1AuthRule, type V1AuthUse } from './v1-auth-rule-reader';

/** Auth modes as the v1 messages name them (ModelAuthTransformer `validateRuleAuthStrategy`). */
const PROVIDER_MODES: Record<string, { setting: 'apiKey' | 'userPools' | 'iam' | 'oidc'; mode: string }> = {
  apiKey: { setting: 'apiKey', mode: 'API Key' },
  userPools: { setting: 'userPools', mode: 'Cognito User Pools' },
  iam: { setting: 'iam', mode: 'IAM' },
  oidc: { setting: 'oidc', mode: 'OPENID_CONNECT' },
};

/**
 * `@auth` of transformer v1 (graphql-auth-transformer `ModelAuthTransformer.ts`): on @model
 * types (`object`), each rule's provider allowed for its strategy and enabled on the API
 * (`validateRuleAuthStrategy`, the API's auth modes from backend-config.json), the claim and group
 * arguments that exclude each other (`commonRuleValidation`), the `queries`/`mutations` arguments
 * that `operations` overrides (a CLI warning), and the field rules of v1-auth-field-checks.ts.
 */
export const v1AuthDirectiveRules: SchemaRule = {
  name: 'v1-auth-directive',
  run(context) {
    const byParent = new Map<FieldParent, V1AuthUse[]>();
    for (const use of v1AuthUses(context.model)) {
      const uses = byParent.get(use.parent);
      if (uses) uses.push(use);
      else byParent.set(use.parent, [use]);
    }
    for (const [parent, uses] of byParent) {
      definitionChecks.check(parent, [], context, (unitContext) => {
        for (const use of uses) checkUse(use, unitContext);
      });
    }
  },
};

/** The @auth uses of one definition read its own nodes, the settings and the root type names only. */
const definitionChecks = new CleanUnitMemo<FieldParent>();

function checkUse(use: V1AuthUse, context: RuleContext): void {
  if (!use.field) {
    if (!hasDirective(use.parent, 'model')) {
      context.report({
        node: use.directive,
        code: 'auth-requires-model',
        message: `Types annotated with @auth must also be annotated with @model. Add @model to ${use.parent.name.value}, or move the rules to its fields.`,
      });
      return;
    }
    for (const rule of use.rules) checkOperationsOverride(rule, context);
  } else if (!checkV1FieldAuth(use, context)) {
    return;
  }
  for (const rule of use.rules) {
    checkStrategyProvider(rule, context);
    checkCommonRule(rule, context);
  }
}

function checkStrategyProvider(rule: V1AuthRule, { settings, report }: RuleContext): void {
  const { allow, provider } = rule;
  if (!allow || !provider) return;
  const allowed = providersForStrategy(allow, settings)?.providers;
  if (allowed && !allowed.includes(provider)) {
    const fixes = rule.providerWritten
      ? allowed.flatMap((choice, i) => replaceNodeFix(`Use provider: ${choice}`, (rule.providerNode as ObjectFieldNode).value, choice, i === 0))
      : [];
    report({
      node: rule.providerNode,
      code: 'auth-provider-not-supported',
      message: `@auth directive with '${allow}' strategy only supports ${allowed.map((p, i) => `'${p}'${i === 0 && allow !== 'groups' ? ' (default)' : ''}`).join(' and ')} providers, but found '${provider}' assigned. ${rule.providerWritten ? 'Use one of them.' : 'Name one of them in the rule.'}`,
      fixes,
    });
    return;
  }
  checkProviderConfigured(rule, provider, settings, report);
}

function checkProviderConfigured(rule: V1AuthRule, provider: string, settings: ApiSettings, report: RuleContext['report']): void {
  const mode = PROVIDER_MODES[provider];
  if (!mode || !settings.authProviders || settings.authProviders.has(mode.setting)) return;
  report({
    node: rule.providerNode,
    code: 'auth-provider-not-configured',
    message:
      `@auth directive with '${provider}' provider found, but the project has no ${mode.mode} authentication provider configured` +
      `${rule.providerWritten ? '' : ` ('${rule.allow}' rules use '${provider}' unless they name a provider)`}. ` +
      `Add it with \`amplify update api\`, or use a provider the API has.`,
  });
}

/** ModelAuthTransformer `commonRuleValidation`, for type and field rules alike. */
function checkCommonRule(rule: V1AuthRule, { report }: RuleContext): void {
  const entry = (name: string) => rule.entries.get(name)?.node ?? rule.node;
  if (rule.allow === 'groups' && (isSet(rule, 'identityClaim') || isSet(rule, 'identityField'))) {
    report({
      node: entry(isSet(rule, 'identityClaim') ? 'identityClaim' : 'identityField'),
      code: 'auth-claim-for-other-strategy',
      message: `@auth identityField/Claim can only be used for 'allow: owner'. Use groupClaim to name the claim that holds the groups.`,
    });
  }
  if (rule.allow === 'owner' && isSet(rule, 'groupClaim')) {
    report({
      node: entry('groupClaim'),
      code: 'auth-claim-for-other-strategy',
      message: `@auth groupClaim can only be used 'allow: groups'. Use identityClaim to name the claim that holds the owner.`,
    });
  }
  if (isSet(rule, 'groupsField') && isSet(rule, 'groups')) {
    report({
      node: entry('groupsField'),
      code: 'auth-groups-and-groups-field',
      message: 'This rule has groupsField and groups, please use one or the other: static groups, or a field that holds them.',
    });
  }
  if (isSet(rule, 'identityField') && isSet(rule, 'identityClaim')) {
    report({
      node: entry('identityField'),
      code: 'auth-identity-field-and-claim',
      message: 'Please use consider IdentifyClaim over IdentityField as it is deprecated. Remove identityField; identityClaim names the claim.',
    });
  }
}

/** `validateRules` prints a warning when the deprecated maps meet `operations`, which wins. */
function checkOperationsOverride(rule: V1AuthRule, { report }: RuleContext): void {
  if (!isSet(rule, 'operations')) return;
  for (const name of ['queries', 'mutations']) {
    const entry = rule.entries.get(name);
    if (!entry?.value) continue;
    report({
      node: entry.node,
      code: 'auth-operations-override',
      severity: 'warning',
      message: `It is not recommended to use '${name}' and 'operations'. The 'operations' argument will be used; remove '${name}'.`,
    });
  }
}
