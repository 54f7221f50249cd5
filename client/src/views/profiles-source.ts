/**
 * Where the profile picker gets its choices: the named profiles of the shared config and
 * credentials files (`~/.aws/config`, `~/.aws/credentials`). Implemented in `client/src/aws`,
 * which reads the files; only names and regions cross over, never keys.
 */
export interface AwsProfileChoice {
  name: string;
  /** The profile's `region`, when it sets one. */
  region?: string;
  /** Signs in through IAM Identity Center (an `sso_start_url` or an SSO section in the config file). */
  sso?: boolean;
}

export interface ProfilesSource {
  listProfiles(): Promise<AwsProfileChoice[]>;
}
