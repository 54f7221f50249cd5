import type { CredentialProvider } from './credential-provider-factory';
import type { AwsCallLog } from './sdk-call-log';
import { sharedCredentialProvider } from './shared-credential-providers';

/** How Lens reaches one AWS service in one account and region; every gateway takes these. */
export interface AwsClientOptions {
  region: string;
  /** The named profile the credentials come from (also shown in messages); absent = the standard chain. */
  profile?: string;
  /** Overrides the provider built from `profile`. */
  credentials?: CredentialProvider;
  /** Another endpoint of the service (LocalStack, a test double). */
  endpoint?: string;
  /** Attempts per request, retries included. Default 5. */
  maxAttempts?: number;
  /** `adaptive` (default) slows the client down when throttled, besides backing off. */
  retryMode?: 'adaptive' | 'standard';
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Where each call's failure (and, at debug level, its success) is written: the extension's log. */
  log?: AwsCallLog;
}

/** The SDK client configuration every gateway shares: credentials, retries with backoff, timeouts. */
export function sdkClientConfig(options: AwsClientOptions) {
  return {
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials ?? sharedCredentialProvider(options.profile),
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: options.retryMode ?? 'adaptive',
    requestHandler: {
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
    },
  };
}
