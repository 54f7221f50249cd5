/**
 * Signing in to IAM Identity Center with the OAuth device-code flow, through the SDK's SSO OIDC
 * client: the flow for a VS Code whose extension host has no browser of its own (Remote-SSH, WSL,
 * Codespaces, containers, VS Code in a browser), where `aws sso login`'s default flow would open a
 * browser on the remote machine and wait for a redirect to its localhost. The user opens a URL in
 * any browser and confirms a code; the token lands in the SSO token cache (~/.aws/sso/cache), at
 * the path and in the shape the AWS CLI writes, where the SDK's credential providers (and the CLI)
 * read it. Part of the lazily loaded AWS bundle.
 */
import { CreateTokenCommand, RegisterClientCommand, SSOOIDCClient, StartDeviceAuthorizationCommand } from '@aws-sdk/client-sso-oidc';
import { getSSOTokenFilepath } from '@smithy/core/config';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SsoSignInTarget } from './sso-sign-in-target';

export interface DeviceCodePrompt {
  userCode: string;
  /** Where to enter the code. */
  verificationUri: string;
  /** The same page with the code filled in, when the service offers one. */
  verificationUriComplete?: string;
  expiresAt: Date;
}

export interface DeviceAuthorizationOptions {
  /** Shows the code and the page to the user; called once, before polling starts. */
  showCode(prompt: DeviceCodePrompt): void;
  signal?: AbortSignal;
  /** Another SSO OIDC endpoint (a test double). */
  endpoint?: string;
  clientName?: string;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SignedIn {
  /** Where the token was written. */
  tokenFile: string;
  expiresAt: Date;
}

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** RFC 8628: five seconds unless the service says otherwise, five more after each "slow down". */
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_S = 5;

export async function signInWithDeviceCode(target: SsoSignInTarget, options: DeviceAuthorizationOptions): Promise<SignedIn> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const client = new SSOOIDCClient({ region: target.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  try {
    const send = { abortSignal: options.signal };
    const registration = await client.send(
      new RegisterClientCommand({ clientName: options.clientName ?? 'Amplify Lens', clientType: 'public', scopes: target.scopes }),
      send,
    );
    const clientId = required(registration.clientId, 'clientId');
    const clientSecret = required(registration.clientSecret, 'clientSecret');
    const authorization = await client.send(new StartDeviceAuthorizationCommand({ clientId, clientSecret, startUrl: target.startUrl }), send);
    const deviceCode = required(authorization.deviceCode, 'deviceCode');
    const deadline = now() + (authorization.expiresIn ?? 600) * 1000;
    options.showCode({
      userCode: required(authorization.userCode, 'userCode'),
      verificationUri: required(authorization.verificationUri, 'verificationUri'),
      verificationUriComplete: authorization.verificationUriComplete,
      expiresAt: new Date(deadline),
    });
    let interval = authorization.interval ?? DEFAULT_INTERVAL_S;
    for (;;) {
      await sleep(interval * 1000, options.signal);
      if (now() >= deadline) throw new Error('The sign-in code expired before it was confirmed. Sign in again.');
      try {
        const token = await client.send(new CreateTokenCommand({ clientId, clientSecret, grantType: DEVICE_CODE_GRANT, deviceCode }), send);
        const expiresAt = new Date(now() + (token.expiresIn ?? 3600) * 1000);
        const tokenFile = await writeTokenCache(target, {
          accessToken: required(token.accessToken, 'accessToken'),
          expiresAt,
          refreshToken: token.refreshToken,
          clientId,
          clientSecret,
          registrationExpiresAt: registration.clientSecretExpiresAt ? new Date(registration.clientSecretExpiresAt * 1000) : undefined,
        });
        return { tokenFile, expiresAt };
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'AuthorizationPendingException') continue;
        if (name === 'SlowDownException') {
          interval += SLOW_DOWN_S;
          continue;
        }
        if (name === 'AccessDeniedException') throw new Error('The sign-in was declined in the browser.');
        if (name === 'ExpiredTokenException') throw new Error('The sign-in code expired before it was confirmed. Sign in again.');
        throw error;
      }
    }
  } finally {
    client.destroy();
  }
}

interface CachedToken {
  accessToken: string;
  expiresAt: Date;
  refreshToken?: string;
  clientId: string;
  clientSecret: string;
  registrationExpiresAt?: Date;
}

/** Writes the token where the SDK looks for it: keyed by the sso-session name, or by the start URL for a legacy profile. */
async function writeTokenCache(target: SsoSignInTarget, token: CachedToken): Promise<string> {
  const file = getSSOTokenFilepath(target.sessionName ?? target.startUrl);
  const contents = {
    startUrl: target.startUrl,
    region: target.region,
    accessToken: token.accessToken,
    expiresAt: isoSeconds(token.expiresAt),
    clientId: token.clientId,
    clientSecret: token.clientSecret,
    ...(token.registrationExpiresAt ? { registrationExpiresAt: isoSeconds(token.registrationExpiresAt) } : {}),
    ...(token.refreshToken ? { refreshToken: token.refreshToken } : {}),
  };
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // Written aside and renamed: a reader never sees half a token. Readable by the user only, as the CLI does.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(contents, null, 2), { mode: 0o600 });
  await rename(partial, file);
  return file;
}

/** `2026-12-07T21:00:00Z`, the form the AWS CLI writes. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '') throw new Error(`IAM Identity Center answered without ${name}.`);
  return value;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('Sign-in cancelled.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('Sign-in cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
