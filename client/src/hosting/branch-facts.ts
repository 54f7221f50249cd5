/**
 * What a branch's fields mean for the view: the URL Amplify serves it at, and the backend it
 * deploys. Both come from the service, so both are checked before anything opens them.
 */
import type { HostingApp, HostingBranch } from '../aws/hosting-types';

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const AMPLIFY_DOMAIN = /^[a-z0-9]+\.amplifyapp\.com$/i;

/** `https://<branch display name>.<app default domain>`, when both are what Amplify makes them. */
export function branchUrl(app: Pick<HostingApp, 'defaultDomain'>, branch: Pick<HostingBranch, 'displayName'>): string | undefined {
  if (!app.defaultDomain || !AMPLIFY_DOMAIN.test(app.defaultDomain) || !DNS_LABEL.test(branch.displayName)) return undefined;
  return `https://${branch.displayName.toLowerCase()}.${app.defaultDomain.toLowerCase()}`;
}

/** Whether Lens may open a URL as a branch's site: HTTPS to a host under amplifyapp.com. */
export function isAmplifyAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && /^([a-z0-9-]+\.)+amplifyapp\.com$/i.test(parsed.hostname);
  } catch {
    return false;
  }
}

export type BranchBackend = { kind: 'stack'; name: string; arn: string; label: string } | { kind: 'env'; name: string; label: string };

/** Gen 2: the branch's backend stack (`backend.stackArn`); Gen 1: its backend environment. */
export function backendOf(branch: Pick<HostingBranch, 'backendStackArn' | 'backendEnvironmentArn'>): BranchBackend | undefined {
  const stack = /^arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:\d{12}:stack\/([^/]+)\/[^/]+$/.exec(branch.backendStackArn ?? '');
  if (stack) return { kind: 'stack', name: stack[1]!, arn: branch.backendStackArn!, label: `stack ${stack[1]}` };
  const env = /\/backendenvironments\/([^/]+)$/.exec(branch.backendEnvironmentArn ?? '');
  if (env) return { kind: 'env', name: decodeURIComponent(env[1]!), label: `env ${decodeURIComponent(env[1]!)}` };
  return undefined;
}
