/**
 * The endpoint overrides (`amplifyLens.aws.cloudFormationEndpoint`, `…cloudWatchLogsEndpoint`, `…amplifyEndpoint`) send
 * the user's signed requests — access key id and session token included — somewhere other than AWS.
 * A repository's settings must not be able to send them to a server on the network in clear text,
 * so an override is honoured only for `https`, or for plain `http` to this machine (LocalStack and
 * test doubles listen on loopback). The manifest also lists these settings under
 * `restrictedConfigurations`, so an untrusted workspace cannot set them at all. No `vscode` import:
 * the settings reader and the status bar both call this.
 */

/** The settings, relative to the `amplifyLens` section. */
export const ENDPOINT_OVERRIDE_SETTINGS = {
  cloudFormation: 'aws.cloudFormationEndpoint',
  cloudWatchLogs: 'aws.cloudWatchLogsEndpoint',
  amplify: 'aws.amplifyEndpoint',
} as const;

export type EndpointService = keyof typeof ENDPOINT_OVERRIDE_SETTINGS;

export type EndpointOverride =
  { state: 'none' } | { state: 'active'; url: string; loopback: boolean } | { state: 'rejected'; value: string; reason: string };

/** Reads one override setting's value; anything but an accepted URL leaves AWS's own endpoint in use. */
export function checkEndpointOverride(value: unknown): EndpointOverride {
  if (value === undefined || value === null) return { state: 'none' };
  if (typeof value !== 'string') return { state: 'rejected', value: String(value), reason: 'it is not a URL string' };
  const text = value.trim();
  if (text === '') return { state: 'none' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      state: 'rejected',
      value: text,
      reason: 'it is not a URL (for example https://cloudformation.example.com or http://localhost:4566)',
    };
  }
  if (url.username || url.password) return { state: 'rejected', value: redact(url), reason: 'it carries a user name or password' };
  if (url.protocol === 'https:') return { state: 'active', url: text, loopback: isLoopbackHost(url.hostname) };
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return { state: 'active', url: text, loopback: true };
    return {
      state: 'rejected',
      value: text,
      reason: `plain http is accepted only to this machine (localhost, 127.0.0.1, ::1), and ${url.hostname} is not: use https`,
    };
  }
  return { state: 'rejected', value: text, reason: `only https, or http to this machine, is accepted, not ${url.protocol.replace(/:$/, '')}` };
}

/** The endpoint to give the SDK client: the override when it is accepted, else undefined (AWS's own). */
export function overrideEndpoint(override: EndpointOverride): string | undefined {
  return override.state === 'active' ? override.url : undefined;
}

/**
 * Loopback as the URL parser normalises it: `localhost`, 127.0.0.0/8 and `[::1]`. Names that merely
 * resolve to loopback (`*.localhost`, `localhost.localstack.cloud`) are not trusted: DNS decides
 * where they go.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets[1] === '127' && octets.slice(2).every((octet) => Number(octet) <= 255);
}

function redact(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
