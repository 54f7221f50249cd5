/**
 * Commands a load problem can offer as its fix. The extension registers them; the ids live here so
 * the code that diagnoses a problem and the code that handles the click agree on them.
 */
export const AWS_COMMANDS = {
  /** Pick a named profile of the shared config/credentials files. */
  selectProfile: 'amplifyLens.selectProfile',
  /** Pick the region to look in. */
  selectRegion: 'amplifyLens.selectRegion',
  /** Sign in to IAM Identity Center (`aws sso login`, or a device code where no local browser is); arguments: `[profile]`. */
  ssoLogin: 'amplifyLens.ssoLogin',
  /** Load the environments again (bypassing cached listings). */
  refreshEnvironments: 'amplifyLens.refreshEnvironments',
} as const;
