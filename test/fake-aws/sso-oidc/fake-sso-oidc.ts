/**
 * A fake IAM Identity Center OIDC endpoint (the `sso-oidc` service, restJson1) for the device-code
 * sign-in: RegisterClient (`POST /client/register`), StartDeviceAuthorization
 * (`POST /device_authorization`) and CreateToken (`POST /token`). The user's confirmation in the
 * browser is the test's `approve()` (or `deny()`); until then CreateToken answers
 * AuthorizationPendingException, as the service does, and `slowDownOnce` makes it answer
 * SlowDownException first. The real SDK client talks to it.
 */
import { createServer } from 'node:http';
import { closeServer, listenOnLoopback, readBody, sendAwsAnswer } from '../loopback-http';

export interface FakeSsoOidc {
  endpoint: string;
  /** Every call, in order: `register`, `authorize`, `token`. */
  calls: string[];
  /** What the last RegisterClient and StartDeviceAuthorization asked for. */
  registered?: { clientName: string; clientType: string; scopes?: string[] };
  authorizedStartUrl?: string;
  approve(): void;
  deny(): void;
  stop(): Promise<void>;
}

export const FAKE_USER_CODE = 'LENS-CODE';
export const FAKE_ACCESS_TOKEN = 'fake-sso-access-token';

export async function startFakeSsoOidc(options: { slowDownOnce?: boolean; interval?: number } = {}): Promise<FakeSsoOidc> {
  let decision: 'pending' | 'approved' | 'denied' = 'pending';
  let slowDown = options.slowDownOnce ?? false;
  let requestCount = 0;
  const fake: Omit<FakeSsoOidc, 'endpoint' | 'stop'> = {
    calls: [],
    approve: () => void (decision = 'approved'),
    deny: () => void (decision = 'denied'),
  };
  const json = (response: Parameters<typeof sendAwsAnswer>[0], status: number, body: unknown, errorType?: string) =>
    sendAwsAnswer(
      response,
      status,
      'application/json',
      JSON.stringify(body),
      `sso-oidc-${++requestCount}`,
      errorType ? { 'x-amzn-ErrorType': errorType } : {},
    );

  const server = createServer(async (request, response) => {
    const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
    if (request.method === 'POST' && request.url === '/client/register') {
      fake.calls.push('register');
      fake.registered = {
        clientName: String(body.clientName),
        clientType: String(body.clientType),
        scopes: body.scopes as string[] | undefined,
      };
      return json(response, 200, {
        clientId: 'fake-client-id',
        clientSecret: 'fake-client-secret',
        clientIdIssuedAt: Math.floor(Date.now() / 1000),
        clientSecretExpiresAt: Math.floor(Date.now() / 1000) + 90 * 24 * 3600,
      });
    }
    if (request.method === 'POST' && request.url === '/device_authorization') {
      fake.calls.push('authorize');
      fake.authorizedStartUrl = String(body.startUrl);
      return json(response, 200, {
        deviceCode: 'fake-device-code',
        userCode: FAKE_USER_CODE,
        verificationUri: 'https://device.sso.eu-west-1.amazonaws.com/',
        verificationUriComplete: `https://device.sso.eu-west-1.amazonaws.com/?user_code=${FAKE_USER_CODE}`,
        expiresIn: 600,
        interval: options.interval ?? 1,
      });
    }
    if (request.method === 'POST' && request.url === '/token') {
      fake.calls.push('token');
      if (body.deviceCode !== 'fake-device-code' || body.clientSecret !== 'fake-client-secret') {
        return json(response, 400, { error: 'invalid_grant' }, 'InvalidGrantException');
      }
      if (slowDown) {
        slowDown = false;
        return json(response, 400, { error: 'slow_down' }, 'SlowDownException');
      }
      if (decision === 'pending') return json(response, 400, { error: 'authorization_pending' }, 'AuthorizationPendingException');
      if (decision === 'denied') return json(response, 400, { error: 'access_denied' }, 'AccessDeniedException');
      return json(response, 200, { accessToken: FAKE_ACCESS_TOKEN, tokenType: 'Bearer', expiresIn: 3600, refreshToken: 'fake-refresh-token' });
    }
    json(response, 404, { message: `no such operation: ${request.method} ${request.url}` }, 'UnknownOperationException');
  });
  const endpoint = await listenOnLoopback(server);
  return Object.assign(fake, { endpoint, stop: () => closeServer(server) });
}
