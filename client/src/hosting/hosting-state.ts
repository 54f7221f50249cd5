/**
 * The Hosting model the view shows, per Amplify project of the workspace: the app (or why there
 * is none, or the apps to choose from), its branches, and for the branches someone looks at their
 * recent jobs and the steps of the jobs opened. Plain data; the service replaces it on change.
 */
import type { HostingApp, HostingBranch, HostingJob, HostingJobSummary } from '../aws/hosting-types';
import type { EnvironmentLoadProblem } from '../environments/environment-types';
import type { AppCandidate, AppSource } from './hosting-app-discovery';

export interface HostingProjectState {
  projectRoot: string;
  generation: 1 | 2;
  /** The project folder's name, for a workspace with several projects. */
  label: string;
  region: string;
  profile?: string;
  /** The checked-out git branch, when the project is in a repository. */
  currentGitBranch?: string;
  /** The repository's folder of refs (`.git`, or the main one's for a worktree), watched for pushes. */
  gitRefsDir?: string;
  app?: HostingApp;
  source?: AppSource;
  /** Several apps match: the user chooses. */
  candidates?: AppCandidate[];
  problem?: EnvironmentLoadProblem;
  branches: BranchState[];
}

export interface BranchState {
  branch: HostingBranch;
  /** The checked-out git branch deploys here. */
  isCurrent: boolean;
  /** Newest first; undefined until someone looks at the branch. */
  jobs?: HostingJobSummary[];
  /** More jobs can be read from here. */
  nextToken?: string;
  /** GetJob answers (with steps), by job id, for the jobs opened or running. */
  details: Record<string, HostingJob>;
  problem?: EnvironmentLoadProblem;
}

/** Identifies a branch across refreshes. */
export function branchKey(projectRoot: string, branchName: string): string {
  return `${projectRoot}\u0000${branchName}`;
}

/** Identifies a job across refreshes. */
export function jobKey(projectRoot: string, branchName: string, jobId: string): string {
  return `${branchKey(projectRoot, branchName)}\u0000${jobId}`;
}
