/**
 * What signing in to IAM Identity Center needs for a profile, from the shared config file: the
 * start URL and region, and the `[sso-session]` name when the profile uses one (the token cache
 * is keyed by it; legacy profiles with `sso_start_url` of their own key it by the start URL). No
 * SDK import: the sign-in command decides with this before the SDK bundle is loaded.
 */
import type { SharedConfigFiles } from './shared-config-files';

export interface SsoSignInTarget {
  profile: string;
  startUrl: string;
  /** The region of IAM Identity Center (`sso_region`), where its OIDC endpoint is. */
  region: string;
  /** The `[sso-session]` section's name; absent for a legacy profile. */
  sessionName?: string;
  /** `sso_registration_scopes` of the session; `sso:account:access` when none are set. */
  scopes: string[];
}

export type SsoTargetResult = { ok: true; target: SsoSignInTarget } | { ok: false; reason: string };

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function ssoSignInTarget(files: SharedConfigFiles, profile: string): SsoTargetResult {
  const values = files.configProfiles.get(profile);
  if (!values) return { ok: false, reason: `The profile "${profile}" is not in the AWS config file.` };
  const sessionName = values.get('sso_session') || undefined;
  const source = sessionName ? files.ssoSessions.get(sessionName) : values;
  if (!source)
    return { ok: false, reason: `The profile "${profile}" names the sso-session "${sessionName}", which the AWS config file does not define.` };
  const startUrl = source.get('sso_start_url');
  const region = source.get('sso_region');
  if (!startUrl || !region) {
    return { ok: false, reason: `The profile "${profile}" does not sign in with IAM Identity Center (no sso_start_url and sso_region).` };
  }
  if (!/^https:\/\//i.test(startUrl)) return { ok: false, reason: `The start URL of "${profile}" is not an https URL: ${startUrl}` };
  if (!REGION.test(region)) return { ok: false, reason: `The sso_region of "${profile}" is not an AWS region: ${region}` };
  const scopes = (source.get('sso_registration_scopes') ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  return { ok: true, target: { profile, startUrl, region, sessionName, scopes: scopes.length > 0 ? scopes : ['sso:account:access'] } };
}
