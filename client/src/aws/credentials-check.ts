/**
 * Whether the credentials of a profile (or of the default chain) resolve, through the same shared
 * provider the views' AWS clients use: the walkthrough checks exactly what Lens will use, MFA
 * prompt and SSO session included. Names the kind of credentials, never their values.
 */
import { classifyAwsError } from './aws-problem-classifier';
import { listProfiles } from './aws-profiles';
import { sharedCredentialProvider } from './shared-credential-providers';

export type CredentialsCheck = { ok: true; temporary: boolean } | { ok: false; message: string };

export async function checkCredentials(profile: string | undefined): Promise<CredentialsCheck> {
  try {
    const credentials = await sharedCredentialProvider(profile)();
    return { ok: true, temporary: Boolean(credentials.sessionToken) };
  } catch (error) {
    const sso = profile !== undefined && (await listProfiles()).some((candidate) => candidate.name === profile && candidate.sso);
    return { ok: false, message: classifyAwsError(error, { profile, ssoProfile: sso }).message };
  }
}
