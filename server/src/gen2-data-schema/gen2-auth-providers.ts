import type { AuthProviderName } from '../graphql/api-settings';

/** `defineData({ authorizationModes })` as far as it is known: its keys and the default mode. */
export interface AuthorizationModesFacts {
  keys: string[];
  defaultMode?: string;
}

const DEFAULT_MODE_PROVIDER: Record<string, AuthProviderName> = {
  userPool: 'userPools',
  iam: 'iam',
  identityPool: 'iam',
  apiKey: 'apiKey',
  oidc: 'oidc',
  lambda: 'function',
};

/**
 * The auth providers the data construct gets, as @aws-amplify/backend-data's
 * convert_authorization_modes.ts `convertAuthorizationModesToCDK` computes them: IAM always
 * (`iamConfig.enableIamAuthorizationMode`), the user pool when the backend has auth, an API key
 * when asked for (or when there is neither auth nor modes: the sandbox default), a Lambda or
 * OIDC authorizer when configured. `modes` undefined means the file says nothing about them;
 * `null` means they could not be read, and then nothing is claimed (provider checks stay quiet).
 */
export function gen2AuthProviders(
  modes: AuthorizationModesFacts | undefined | null,
  backendHasAuth: boolean,
): Set<AuthProviderName> | undefined {
  if (modes === null) return undefined;
  const providers = new Set<AuthProviderName>(['iam']);
  const defaultProvider = modes?.defaultMode ? DEFAULT_MODE_PROVIDER[modes.defaultMode] : undefined;
  // A default of userPool without a defineAuth Lens found is most likely referenceAuth (or an
  // auth resource elsewhere): the construct would fail otherwise, which is not Lens's to claim.
  if (backendHasAuth || defaultProvider === 'userPools') providers.add('userPools');
  if (defaultProvider) providers.add(defaultProvider);
  if (modes?.keys.includes('apiKeyAuthorizationMode') || (!modes && !backendHasAuth)) providers.add('apiKey');
  if (modes?.keys.includes('lambdaAuthorizationMode')) providers.add('function');
  if (modes?.keys.includes('oidcAuthorizationMode')) providers.add('oidc');
  return providers;
}
