/**
 * The status bar entry as plain data: `$(cloud) <profile> · <region> · <env>` for the environment the
 * views follow, with a warning look when AWS cannot be reached with the current credentials, and a
 * tooltip saying where each value comes from.
 */
import type { AmplifyEnvironment, EnvironmentLoadProblem, EnvironmentsSnapshot } from '../environments/environment-types';
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
): AwsStatusBarContent {
  const problem = snapshots.map((snapshot) => snapshot.problem).find((candidate) => candidate && CREDENTIAL_PROBLEMS.has(candidate.kind));
  const profile = selection.profile ?? environment?.profile;
  const region = selection.region ?? environment?.region;
  const parts = [profile, region, environment?.name].filter((part): part is string => Boolean(part));
  const icon = problem ? '$(warning)' : '$(cloud)';
  return {
    visible: snapshots.length > 0,
    text: `${icon} ${parts.length > 0 ? parts.join(' · ') : 'AWS'}`,
    tooltip: markdownLines([
      '**Amplify — AWS account**',
      `Profile: ${profile ? inlineCode(profile) : 'default credential chain'}${origin(selection.profile, environment?.profile)}`,
      `Region: ${region ? inlineCode(region) : 'not set'}${origin(selection.region, environment?.region)}`,
      environment && `Environment: ${inlineCode(environment.name)}`,
      problem && `$(warning) ${escapeMarkdown(problem.message)}`,
      `[Switch profile](command:${SELECT_PROFILE_COMMAND}) · [Switch region](command:${SELECT_REGION_COMMAND})`,
    ]),
    warning: problem !== undefined,
  };
}

function origin(chosen: string | undefined, fromProject: string | undefined): string {
  if (chosen) return ' — chosen here';
  return fromProject ? ' — from the project' : '';
}
