/**
 * Plain shapes of what Lens reads from Amplify Hosting. Everything above `client/src/aws` works on
 * these, never on SDK types. Every string here comes from the service, and most of it from the
 * repository (app, branch and commit names, messages): views render it as text. Environment
 * variables and basic-auth credentials are not carried at all.
 */

export type HostingJobStatus = 'CREATED' | 'PENDING' | 'PROVISIONING' | 'RUNNING' | 'FAILED' | 'SUCCEED' | 'CANCELLING' | 'CANCELLED';
export type HostingJobType = 'RELEASE' | 'RETRY' | 'MANUAL' | 'WEB_HOOK';

export interface HostingApp {
  appId: string;
  arn: string;
  name: string;
  /** The connected repository (`https://github.com/owner/repo`); absent for apps deployed manually. */
  repository?: string;
  platform?: string;
  /** `d1a2b3c4.amplifyapp.com`: branches are served at `https://<branch>.<defaultDomain>`. */
  defaultDomain?: string;
  productionBranch?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

export interface HostingBranch {
  appId: string;
  name: string;
  /** The name in URLs (`feature-x` for `feature/x`). */
  displayName: string;
  arn: string;
  stage?: string;
  framework?: string;
  autoBuild: boolean;
  /** Gen 2: the ARN of the backend stack the branch deploys. */
  backendStackArn?: string;
  /** Gen 1: the backend environment it deploys (`arn:…:apps/<id>/backendenvironments/<env>`). */
  backendEnvironmentArn?: string;
  customDomains: string[];
  /** The id of the branch's newest job. */
  activeJobId?: string;
  totalJobs: number;
  pullRequest: boolean;
  createdAt?: Date;
  updatedAt?: Date;
}

export interface HostingJobSummary {
  appId: string;
  branchName: string;
  jobId: string;
  arn: string;
  status: HostingJobStatus;
  jobType: HostingJobType;
  commitId: string;
  commitMessage: string;
  commitTime?: Date;
  startTime?: Date;
  endTime?: Date;
}

export interface HostingStep {
  name: string;
  status: HostingJobStatus;
  startTime?: Date;
  endTime?: Date;
  /** A presigned URL, valid for a while: ask GetJob again for a fresh one when it expired. */
  logUrl?: string;
  statusReason?: string;
}

export interface HostingJob {
  summary: HostingJobSummary;
  steps: HostingStep[];
}

/** A page of a branch's jobs, newest first. */
export interface HostingJobPage {
  jobs: HostingJobSummary[];
  nextToken?: string;
}

/** What a read of a step log got: text from `fromByte` on, and where the next read starts. */
export interface StepLogChunk {
  text: string;
  /** The byte offset after this chunk. */
  nextByte: number;
  /** The object was larger than Lens reads at once; the rest comes with the next read. */
  truncated: boolean;
}

export function isJobFinished(status: HostingJobStatus): boolean {
  return status === 'SUCCEED' || status === 'FAILED' || status === 'CANCELLED';
}

export function isJobActive(status: HostingJobStatus): boolean {
  return !isJobFinished(status);
}
