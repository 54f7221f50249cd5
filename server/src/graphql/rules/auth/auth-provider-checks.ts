import type { AuthProviderName } from '../../api-settings';
import type { RuleContext } from '../../rule-context';
import { replaceWith } from './auth-fix-edits';
import {
  DEFAULT_PROVIDER,
  effectiveProvider,
  type AuthDirectiveUse,
  type AuthProvider,
  type AuthRuleNode,
  type AuthStrategy,
} from './auth-rule-reader';

/** Providers each strategy accepts (utils/validations.ts validateRuleAuthStrategy; iam ≡ identityPool). */
const ALLOWED_PROVIDERS: Record<AuthStrategy, readonly AuthProvider[]> = {
  owner: ['userPools', 'oidc'],
  groups: ['userPools', 'oidc'],
  private: ['userPools', 'oidc', 'iam', 'identityPool'],
  public: ['apiKey', 'iam', 'identityPool'],
  custom: ['function'],
};

/** The transformer's own wording per strategy, which names the supported providers its way. */
const SUPPORTED_WORDING: Record<AuthStrategy, string> = {
  owner: "only supports 'userPools' (default) and 'oidc' providers",
  groups: "only supports 'userPools' and 'oidc' providers",
  private: "only supports 'userPools' (default) and 'identityPool' providers",
  public: "only supports 'apiKey' (default) and 'identityPool' providers",
  custom: "only supports 'function' (default) provider",
};

/** How the API's configuration names each provider (identityPool is IAM). */
const CONFIGURED_AS: Record<AuthProvider, AuthProviderName> = {
  apiKey: 'apiKey',
  userPools: 'userPools',
  oidc: 'oidc',
  iam: 'iam',
  identityPool: 'iam',
  function: 'function',
};

const MODE_NAME: Record<AuthProviderName, string> = {
  apiKey: 'API Key',
  userPools: 'Cognito User Pools',
  oidc: 'OPENID_CONNECT',
  iam: 'IAM',
  function: 'Lambda',
};

const GEN2_REMEDY: Record<AuthProviderName, string> = {
  apiKey: 'Add `apiKeyAuthorizationMode` to `authorizationModes` in amplify/data/resource.ts',
  userPools: "Define auth in amplify/auth/resource.ts so the 'userPool' authorization mode is available to the data API",
  oidc: 'Add `oidcAuthorizationMode` to `authorizationModes` in amplify/data/resource.ts',
  iam: "Enable IAM ('iam' authorization mode, backed by the identity pool of defineAuth) in amplify/data/resource.ts",
  function: 'Add `lambdaAuthorizationMode` to `authorizationModes` in amplify/data/resource.ts',
};

/** Whether the rule's explicit provider is one its strategy accepts (no provider: the default, accepted). */
export function hasSupportedProvider(rule: AuthRuleNode): boolean {
  return !rule.allow || !rule.provider || ALLOWED_PROVIDERS[rule.allow].includes(rule.provider);
}

/** Strategy/provider pairs, providers missing from the API's configuration, and the deprecated `iam`. */
export function checkAuthProviders(use: AuthDirectiveUse, context: RuleContext): void {
  for (const rule of use.rules) {
    if (!rule.allow) continue;
    if (rule.provider && rule.providerNode && !ALLOWED_PROVIDERS[rule.allow].includes(rule.provider)) {
      const replacement = suggestedProvider(rule.allow, context);
      context.report({
        node: rule.providerNode,
        code: 'auth-provider-not-supported',
        message:
          `@auth directive with '${rule.allow}' strategy ${SUPPORTED_WORDING[rule.allow]}, but found '${rule.provider}' assigned. ` +
          `Use one of ${ALLOWED_PROVIDERS[rule.allow].map((p) => `'${p}'`).join(', ')}.`,
        fixes: replaceWith(`Use provider '${replacement}'`, rule.providerNode, replacement),
      });
      continue; // a pair the transformer rejects outright needs no configuration advice
    }
    checkConfigured(rule, context);
    // Both transformer lines print this warning (for the last type they visit only), but the Gen 1
    // docs still teach `provider: iam`; only Gen 2, whose docs and builder use identityPool, hears it.
    if (rule.provider === 'iam' && rule.providerNode && context.settings.generation === 2) {
      context.report({
        node: rule.providerNode,
        code: 'auth-iam-provider-deprecated',
        severity: 'warning',
        message:
          "Schema is using an @auth directive with deprecated provider 'iam'. Replace 'iam' provider with 'identityPool' provider " +
          '(same IAM authorization, current name).',
        fixes: replaceWith("Use provider 'identityPool'", rule.providerNode, 'identityPool'),
      });
    }
  }
}

function checkConfigured(rule: AuthRuleNode, context: RuleContext): void {
  const configured = context.settings.authProviders;
  const provider = effectiveProvider(rule);
  if (!configured || !provider) return;
  const mode = CONFIGURED_AS[provider];
  if (configured.has(mode)) return;
  const implicit = rule.provider === undefined;
  const remedy =
    context.settings.generation === 2 ? GEN2_REMEDY[mode] : `Run \`amplify update api\` and add ${MODE_NAME[mode]} as an authorization type`;
  context.report({
    node: rule.providerNode ?? rule.allowNode ?? rule.node,
    code: 'auth-provider-not-configured',
    message:
      `@auth directive with '${provider}' provider found${implicit ? ` (the default for 'allow: ${rule.allow}')` : ''}, ` +
      `but the project has no ${MODE_NAME[mode]} authentication provider configured. ${remedy}, or use a provider the API has.`,
  });
}

/** The strategy's default provider, unless the API is known to lack it and has another allowed one. */
function suggestedProvider(strategy: AuthStrategy, context: RuleContext): AuthProvider {
  const fallback = DEFAULT_PROVIDER[strategy];
  const configured = context.settings.authProviders;
  if (!configured || configured.has(CONFIGURED_AS[fallback])) return fallback;
  const alternative = ALLOWED_PROVIDERS[strategy].find((p) => p !== 'iam' && configured.has(CONFIGURED_AS[p]));
  return alternative ?? fallback;
}
