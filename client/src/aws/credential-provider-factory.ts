import {
  createCredentialChain,
  fromContainerMetadata,
  fromEnv,
  fromIni,
  fromInstanceMetadata,
  fromTokenFile,
} from '@aws-sdk/credential-providers';
import { defaultProfileName } from './aws-profiles';

/** What every credentials provider of the SDK is: a function resolving to credentials, memoized by the client. */
export type CredentialProvider = ReturnType<typeof fromIni>;

export interface CredentialProviderOptions {
  /** A named profile of the shared files; when absent, the standard chain. */
  profile?: string;
  /**
   * Ask the EC2 instance metadata service as the chain's last link. Off by default: outside EC2 the
   * endpoint does not answer and the SDK's default chain would wait on it before reporting "no credentials".
   */
  useInstanceMetadata?: boolean;
  env?: NodeJS.ProcessEnv;
  /**
   * Asked for the current code of an MFA device when a profile assumes a role with `mfa_serial`
   * (the AWS CLI prompts in the terminal; Lens asks in an input box). Without it such a profile
   * fails, as the SDK's providers do.
   */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
  /** The STS client's configuration for assumed roles (another endpoint: a test double). */
  stsClientConfig?: { endpoint?: string; region?: string };
}

/**
 * A credentials provider for a profile, or the standard chain without one: environment variables,
 * the shared files (static keys, SSO, credential_process, assume-role, web identity), a web identity
 * token file, the container endpoint when its variables are set, and optionally instance metadata.
 * Providers read the files afresh (`ignoreCache`) so a `aws sso login` or an edited file is seen on
 * the next refresh; the SDK client memoizes the credentials it gets until they expire.
 */
export function createCredentialProvider(options: CredentialProviderOptions = {}): CredentialProvider {
  const env = options.env ?? process.env;
  const ini = (profile: string) =>
    fromIni({
      profile,
      ignoreCache: true,
      ...(options.mfaCodeProvider ? { mfaCodeProvider: options.mfaCodeProvider } : {}),
      ...(options.stsClientConfig ? { clientConfig: options.stsClientConfig } : {}),
    });
  if (options.profile) return ini(options.profile);
  const links: CredentialProvider[] = [];
  // fromEnv would skip itself when AWS_PROFILE is set; the chain then goes to that profile, as the SDK does.
  if (!env.AWS_PROFILE) links.push(fromEnv());
  links.push(ini(defaultProfileName(env)));
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) links.push(fromTokenFile());
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) {
    links.push(fromContainerMetadata({ timeout: 1000, maxRetries: 0 }));
  }
  if (options.useInstanceMetadata) links.push(fromInstanceMetadata({ timeout: 1000, maxRetries: 0 }));
  return createCredentialChain(...links);
}
