import type { ApiSettings, AuthProviderName } from './api-settings';

/**
 * Which `@auth` rule keys, providers and operations make sense for a rule, following the
 * transformer's checks (auth transformer `validateRuleAuthStrategy`, v1 `ModelAuthTransformer`).
 * Completion offers these first and leaves out combinations the transformer rejects.
 */
interface StrategyProviders {
  providers: string[];
  defaultProvider: string;
}

const V2_PROVIDERS: Record<string, StrategyProviders> = {
  owner: { providers: ['userPools', 'oidc'], defaultProvider: 'userPools' },
  groups: { providers: ['userPools', 'oidc'], defaultProvider: 'userPools' },
  private: { providers: ['userPools', 'oidc', 'identityPool', 'iam'], defaultProvider: 'userPools' },
  public: { providers: ['apiKey', 'identityPool', 'iam'], defaultProvider: 'apiKey' },
  custom: { providers: ['function'], defaultProvider: 'function' },
};

const V1_PROVIDERS: Record<string, StrategyProviders> = {
  owner: { providers: ['userPools', 'oidc'], defaultProvider: 'userPools' },
  groups: { providers: ['userPools', 'oidc'], defaultProvider: 'userPools' },
  private: { providers: ['userPools', 'iam'], defaultProvider: 'userPools' },
  public: { providers: ['apiKey', 'iam'], defaultProvider: 'apiKey' },
};

/** Providers the transformer accepts for `allow: <strategy>`; undefined when the strategy is unknown. */
export function providersForStrategy(strategy: string | undefined, settings: ApiSettings): StrategyProviders | undefined {
  if (!strategy) return undefined;
  return (settings.transformerVersion === 1 ? V1_PROVIDERS : V2_PROVIDERS)[strategy];
}

/** Whether the API is known to lack the authorization mode a provider needs. */
export function providerNotConfigured(provider: string, settings: ApiSettings): boolean {
  if (!settings.authProviders) return false;
  const mode: AuthProviderName | undefined =
    provider === 'identityPool' ? 'iam' : (['apiKey', 'userPools', 'iam', 'oidc', 'function'] as const).find((name) => name === provider);
  return mode !== undefined && !settings.authProviders.has(mode);
}

/** Rule keys that belong with a strategy; `allow`, `provider` and `operations` suit every rule. */
const STRATEGY_KEYS: Record<string, string[]> = {
  owner: ['ownerField', 'identityClaim', 'identityField'],
  groups: ['groups', 'groupsField', 'groupClaim'],
  private: [],
  public: [],
  custom: [],
};
const COMMON_KEYS = new Set(['allow', 'provider', 'operations', 'queries', 'mutations']);

export function ruleKeyFits(key: string, strategy: string | undefined): boolean {
  if (!strategy || !(strategy in STRATEGY_KEYS) || COMMON_KEYS.has(key)) return true;
  return STRATEGY_KEYS[strategy].includes(key);
}

/** Fine-grained read operations, which field-level rules may not use and `read` already covers. */
const READ_PARTS = new Set(['get', 'list', 'sync', 'listen', 'search']);

export function operationFits(operation: string, written: ReadonlySet<string>, onField: boolean): boolean {
  if (written.has(operation)) return false;
  if (READ_PARTS.has(operation) && (onField || written.has('read'))) return false;
  return true;
}
