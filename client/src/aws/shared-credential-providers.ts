/**
 * One credentials provider per profile for every SDK client Lens makes: the CloudFormation and
 * CloudWatch Logs clients of each region share it. A profile that assumes a role with an MFA device
 * then asks for one code, not one per client, and the assumed role's session serves every client
 * until it is about to expire (as the AWS CLI caches it). Part of the lazily loaded AWS bundle.
 */
import { createCredentialProvider, type CredentialProvider, type CredentialProviderOptions } from './credential-provider-factory';

/** Asks the user for the current code of an MFA device; resolves undefined when they decline. */
export type MfaCodePrompt = (request: { mfaSerial: string; profile?: string }) => Promise<string | undefined>;

/** The error a declined prompt fails the credentials with; the problem classifier words it. */
export const MFA_CODE_DECLINED = 'MfaCodeDeclined';

/** A session this close to its expiry is renewed before use, as the SDK's own memoization does. */
const RENEW_BEFORE_MS = 5 * 60_000;

let prompt: MfaCodePrompt | undefined;
/**
 * MFA devices whose prompt was declined: not asked again by themselves (a view refreshing on a
 * timer must not pop the prompt up every minute) until `resumeMfaPrompts`: a refresh the user
 * asked for, or another profile chosen.
 */
const declined = new Set<string>();
let stsClientConfig: CredentialProviderOptions['stsClientConfig'];
const providers = new Map<string, CredentialProvider>();

/**
 * Where MFA codes come from (the extension's input box); undefined leaves MFA profiles failing as
 * in the SDK. `sts` points the role assumptions at another STS endpoint (a test double).
 */
export function useMfaCodePrompt(next: MfaCodePrompt | undefined, sts?: CredentialProviderOptions['stsClientConfig']): void {
  prompt = next;
  stsClientConfig = sts;
  providers.clear();
  declined.clear();
}

export function sharedCredentialProvider(profile: string | undefined): CredentialProvider {
  const key = profile ?? '';
  let provider = providers.get(key);
  if (!provider) {
    const ask = prompt;
    const mfaCodeProvider = async (mfaSerial: string) => {
      const code = declined.has(mfaSerial) ? undefined : await ask!({ mfaSerial, profile });
      if (code) return code;
      declined.add(mfaSerial);
      const error = new Error(`No MFA code was entered for ${profile ? `profile ${profile}` : 'the default profile'}.`);
      error.name = MFA_CODE_DECLINED;
      throw error;
    };
    provider = shareResolved(
      createCredentialProvider({
        profile,
        ...(ask ? { mfaCodeProvider } : {}),
        ...(stsClientConfig ? { stsClientConfig } : {}),
      }),
    );
    providers.set(key, provider);
  }
  return provider;
}

/** Lets a declined MFA prompt show again. */
export function resumeMfaPrompts(): void {
  declined.clear();
}

/** Forgets every profile's credentials (another profile chosen, the config files changed); declined prompts may show again. */
export function forgetSharedCredentials(): void {
  providers.clear();
  declined.clear();
}

/**
 * Resolves once for all callers at a time and keeps the answer until it nears its expiry. A failure
 * is not kept: the next call asks again (a declined MFA prompt, an SSO sign-in done meanwhile).
 */
export function shareResolved(provider: CredentialProvider): CredentialProvider {
  let resolved: Awaited<ReturnType<CredentialProvider>> | undefined;
  let pending: ReturnType<CredentialProvider> | undefined;
  return (options) => {
    const fresh = resolved && (!resolved.expiration || resolved.expiration.getTime() - Date.now() > RENEW_BEFORE_MS);
    if (fresh) return Promise.resolve(resolved!);
    pending ??= provider(options).then(
      (credentials) => {
        resolved = credentials;
        pending = undefined;
        return credentials;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
