import { AWS_COMMANDS } from './aws-command-ids';
import type { AwsProblem } from './aws-types';

/** What was being done when the error happened, to word the message. Never credentials. */
export interface AwsProblemContext {
  profile?: string;
  region?: string;
  /** Whether the profile signs in through IAM Identity Center; an expired token then means `aws sso login`. */
  ssoProfile?: boolean;
  /** The stack asked for, for `not-found`. */
  stackName?: string;
  /** The service asked, as messages name it. Default CloudFormation. */
  service?: 'CloudFormation' | 'CloudWatch Logs' | 'Amplify Hosting';
}

const SSO_MESSAGE = /\bsso\b|sso login|token is expired|sso session/i;
const EXPIRED_CODES = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);
const INVALID_CREDENTIAL_CODES = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'AuthFailure',
]);
const ACCESS_DENIED_CODES = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedException', 'Forbidden']);
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** True for the errors an aborted AbortSignal causes; callers drop the result instead of showing a problem. */
export function isAbortError(error: unknown): boolean {
  const e = error as { name?: string; code?: string } | undefined;
  return e?.name === 'AbortError' || e?.code === 'ABORT_ERR';
}

/** True when CloudFormation answered that the named stack does not exist. */
export function isStackNotFoundError(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | undefined;
  return e?.name === 'ValidationError' && /does not exist/i.test(e.message ?? '');
}

/**
 * Turns an SDK, credentials-provider or network error into a problem a person can act on: what is
 * wrong in their words and the command that fixes it. Messages are composed here from the error's
 * kind, never copied from credentials files or providers, so no key or token can reach the tree.
 */
export function classifyAwsError(error: unknown, context: AwsProblemContext = {}): AwsProblem {
  const e = (error ?? {}) as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? '');
  const message = e.message ?? '';
  const profile = context.profile ? `profile ${context.profile}` : 'the default credential chain';
  const where = context.region ? ` in ${context.region}` : '';
  const service = context.service ?? 'CloudFormation';

  if (code === 'MfaCodeDeclined') {
    return {
      kind: 'no-credentials',
      message: `${context.profile ? `Profile ${context.profile}` : 'The default profile'} assumes its role with an MFA code, and none was entered. Refresh to enter the code from your MFA device.`,
      action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
    };
  }
  if (/MultiFactorAuthentication/i.test(message)) {
    return {
      kind: 'no-credentials',
      message: `AWS did not accept the MFA code for ${profile}. Refresh and enter the current code from your MFA device.`,
      action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
    };
  }
  if (code === 'CredentialsProviderError' || code === 'TokenProviderError') {
    if (SSO_MESSAGE.test(message)) return ssoExpired(context);
    return {
      kind: 'no-credentials',
      message: context.profile
        ? `No usable credentials for AWS profile ${context.profile}. Check the profile in your AWS config, or choose another one.`
        : 'No AWS credentials found (environment, shared config and credentials files). Configure a profile, or choose one.',
      action: { title: 'Choose AWS profile', command: AWS_COMMANDS.selectProfile },
    };
  }
  if (EXPIRED_CODES.has(code)) {
    if (context.ssoProfile) return ssoExpired(context);
    return {
      kind: 'no-credentials',
      message: `The credentials of ${profile} have expired. Renew them, or choose another profile.`,
      action: { title: 'Choose AWS profile', command: AWS_COMMANDS.selectProfile },
    };
  }
  if (INVALID_CREDENTIAL_CODES.has(code)) {
    return {
      kind: 'no-credentials',
      message: `AWS did not accept the credentials of ${profile}. Check them, or choose another profile.`,
      action: { title: 'Choose AWS profile', command: AWS_COMMANDS.selectProfile },
    };
  }
  if (ACCESS_DENIED_CODES.has(code) || (e.$metadata?.httpStatusCode === 403 && !code.startsWith('E'))) {
    const action = /not authorized to perform:? ([\w-]+:\w+)/i.exec(message)?.[1];
    return {
      kind: 'access-denied',
      message: `Access denied: ${profile} may not call ${action ?? service}${where}. Grant it read access to ${service}, or choose another profile.`,
      action: { title: 'Choose AWS profile', command: AWS_COMMANDS.selectProfile },
    };
  }
  if (THROTTLING_CODES.has(code) || e.$metadata?.httpStatusCode === 429) {
    return {
      kind: 'throttled',
      message: `AWS is throttling ${service} requests${where}. Wait a moment and refresh.`,
      action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
    };
  }
  if (NETWORK_CODES.has(code) || NETWORK_CODES.has(e.code ?? '')) {
    return {
      kind: 'network',
      message: `Could not reach AWS ${service}${where} (${e.code ?? code}). Check your network or proxy, then refresh.`,
      action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
    };
  }
  if (isStackNotFoundError(error)) {
    return {
      kind: 'not-found',
      message: `${context.stackName ? `Stack ${context.stackName}` : 'The stack'} does not exist${where}. It may have been deleted, or live in another account or region.`,
      action: { title: 'Choose region', command: AWS_COMMANDS.selectRegion },
    };
  }
  return {
    kind: 'unknown',
    message: `AWS request failed${where}: ${withoutKeys(code ? `${code}: ${message}` : message || String(error))}`,
    action: { title: 'Refresh', command: AWS_COMMANDS.refreshEnvironments },
  };
}

function ssoExpired(context: AwsProblemContext): AwsProblem {
  const profile = context.profile;
  return {
    kind: 'sso-expired',
    message: profile
      ? `The AWS SSO session of profile ${profile} has expired. Sign in again: aws sso login --profile ${profile}`
      : 'The AWS SSO session has expired. Sign in again: aws sso login',
    action: { title: 'Sign in with AWS SSO', command: AWS_COMMANDS.ssoLogin, arguments: profile ? [profile] : [] },
  };
}

/** Service messages carry ARNs, not keys, but an access key id is masked should one ever appear. */
function withoutKeys(text: string): string {
  return text.replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '****').slice(0, 300);
}
