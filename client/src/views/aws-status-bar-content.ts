/**
 * The status bar entry as plain data: `$(cloud) <profile> · <region> · <env>` for the environment the
 * views follow, or, before one is followed (no environment loaded or selected yet), the profile and
 * region Lens reads with (environments/aws-target.ts): what is shown is what is used. A warning look
 * when AWS cannot be reached with the current credentials, and a tooltip saying where each value
 * comes from.
 */
import type { AmplifyEnvironment, EnvironmentLoadProblem, EnvironmentsSnapshot } from '../environments/environment-types';
import { profileOriginWords, regionOriginWords, type AwsTarget, type LocalAwsState } from '../environments/aws-target';
import type { AwsSelection } from './aws-selection';
import { escapeMarkdown, inlineCode, markdownLines } from 'amplify-lens-model/presentation';

export const SELECT_PROFILE_COMMAND = 'amplifyLens.selectProfile';
export const SELECT_REGION_COMMAND = 'amplifyLens.selectRegion';

export interface AwsStatusBarContent {
  /** No Amplify project: nothing to show. */
  visible: boolean;
  text: string;
  /** Markdown with links to the two switch commands (the adapter trusts exactly those). */
  tooltip: string;
  /** Credentials missing, expired or refused: use the warning background. */
  warning: boolean;
}

const CREDENTIAL_PROBLEMS: ReadonlySet<EnvironmentLoadProblem['kind']> = new Set(['no-credentials', 'sso-expired', 'access-denied']);

export function awsStatusBarContent(
  snapshots: readonly EnvironmentsSnapshot[],
  selection: AwsSelection,
  environment: AmplifyEnvironment | undefined,
  local: LocalAwsState = { hasProject: false },
  env: NodeJS.ProcessEnv = process.env,
): AwsStatusBarContent {
  const problem = snapshots.map((snapshot) => snapshot.problem).find((candidate) => candidate && CREDENTIAL_PROBLEMS.has(candidate.kind));
  const used = usedTarget(selection, environment, local.target, env);
  const profileName = used.profile ?? defaultChainProfile(env);
  const parts = [profileName, used.region, environment?.name].filter((part): part is string => Boolean(part));
  const icon = problem ? '$(warning)' : '$(cloud)';
  return {
    visible: snapshots.length > 0 || local.hasProject,
    text: `${icon} ${parts.length > 0 ? parts.join(' · ') : 'AWS'}`,
    tooltip: markdownLines([
      '**Amplify — AWS account**',
      `Profile: ${profileName ? inlineCode(profileName) : 'default credential chain'}${used.profileWords ? ` — ${escapeMarkdown(used.profileWords)}` : ''}`,
      `Region: ${used.region ? inlineCode(used.region) : 'not known yet'}${used.regionWords ? ` — ${escapeMarkdown(used.regionWords)}` : ''}`,
      environment && `Environment: ${inlineCode(environment.name)}`,
      problem && `$(warning) ${escapeMarkdown(problem.message)}`,
      `[Switch profile](command:${SELECT_PROFILE_COMMAND}) · [Switch region](command:${SELECT_REGION_COMMAND})`,
    ]),
    warning: problem !== undefined,
  };
}

interface UsedTarget {
  profile?: string;
  profileWords?: string;
  region?: string;
  regionWords?: string;
}

/** The user's choice first, then the followed environment's own, and before one is followed what Lens resolved. */
function usedTarget(
  selection: AwsSelection,
  environment: AmplifyEnvironment | undefined,
  target: AwsTarget | undefined,
  env: NodeJS.ProcessEnv,
): UsedTarget {
  const chosen = 'chosen in the status bar';
  const defaultChain = env.AWS_PROFILE
    ? `AWS_PROFILE=${env.AWS_PROFILE}`
    : 'the default credential chain (environment variables, then the default profile)';
  if (!environment) {
    return {
      profile: selection.profile ?? target?.profile,
      profileWords: selection.profile ? chosen : target ? profileOriginWords(target, env) : undefined,
      region: selection.region ?? target?.region,
      regionWords: selection.region ? chosen : target ? regionOriginWords(target, env) : undefined,
    };
  }
  const gen1 = environment.kind === 'gen1-env';
  const profileWords = selection.profile ? chosen : environment.profile ? "the project's (amplify/.config/local-aws-info.json)" : defaultChain;
  let regionWords: string | undefined;
  if (selection.region) regionWords = chosen;
  else if (gen1 && environment.region) regionWords = "the project's (team-provider-info.json)";
  else if (target && target.region === environment.region) regionWords = regionOriginWords(target, env);
  return { profile: selection.profile ?? environment.profile, profileWords, region: selection.region ?? environment.region, regionWords };
}

/** The profile the SDK's default chain reads when none is named; undefined when environment variables hold credentials. */
function defaultChainProfile(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_PROFILE) return env.AWS_PROFILE;
  return env.AWS_ACCESS_KEY_ID ? undefined : 'default';
}
