/**
 * What the fake Amplify Hosting keeps: apps, their branches and each branch's jobs. A job holds a
 * plan (how long it waits, provisions and runs each step, and where it fails) and its build log as
 * lines with an offset into their step; what GetJob and the log URLs show at a given time is
 * computed from the plan (job-timeline.ts), so a job advances by itself as the clock moves.
 */

export type FakeJobStatus = 'CREATED' | 'PENDING' | 'PROVISIONING' | 'RUNNING' | 'FAILED' | 'SUCCEED' | 'CANCELLING' | 'CANCELLED';
export type FakeJobType = 'RELEASE' | 'RETRY' | 'MANUAL' | 'WEB_HOOK';
export type FakeStepName = 'BUILD' | 'DEPLOY' | 'VERIFY';

export interface FakeApp {
  appId: string;
  /** How its builds go: a Gen 2 full-stack build, a Gen 1 manual deploy, or a front end only. */
  buildKind: 'gen2' | 'gen1-manual' | 'frontend';
  name: string;
  /** The connected repository (`https://github.com/owner/repo`); absent for manual deploys (`amplify publish`). */
  repository?: string;
  platform: 'WEB' | 'WEB_COMPUTE' | 'WEB_DYNAMIC';
  createTime: number;
  updateTime: number;
  /** Never shown by Lens; the fake returns them so a leak would be visible in tests. */
  environmentVariables: Record<string, string>;
  basicAuthCredentials?: string;
  enableBranchAutoBuild: boolean;
  productionBranch?: string;
  branches: Map<string, FakeBranch>;
}

export interface FakeBranch {
  appId: string;
  branchName: string;
  stage: 'PRODUCTION' | 'BETA' | 'DEVELOPMENT' | 'EXPERIMENTAL' | 'PULL_REQUEST';
  framework: string;
  enableAutoBuild: boolean;
  createTime: number;
  updateTime: number;
  /** Gen 2: the branch's backend stack. */
  backendStackArn?: string;
  /** Gen 1: the backend environment the branch deploys (`arn:…:apps/<id>/backendenvironments/<env>`). */
  backendEnvironmentArn?: string;
  /** The head of the branch in its repository: what a RELEASE builds when no commit is given. */
  headCommit: { id: string; message: string; time: number };
  environmentVariables: Record<string, string>;
  /** Newest last. */
  jobs: FakeJob[];
  /** What the next jobs started here do; consumed first to last, then `defaultPlan`. */
  nextOutcomes: FakeJobOutcome[];
}

export interface FakeStepPlan {
  name: FakeStepName;
  durationMs: number;
}

export interface FakeJobPlan {
  pendingMs: number;
  provisioningMs: number;
  steps: FakeStepPlan[];
  /** The step that fails; the job ends FAILED when it ends, later steps never start. */
  failAt?: FakeStepName;
}

/** What a test asks of the next job on a branch. */
export interface FakeJobOutcome {
  result: 'SUCCEED' | 'FAILED';
  /** Where a failure happens: the backend deploy or the front-end build (BUILD step), or DEPLOY. */
  failIn?: 'backend' | 'frontend' | 'deploy';
  /** Scales every duration of the plan (a slow job to stop while it runs). Default 1. */
  pace?: number;
}

/** One line of a step's log, `offsetMs` after the step started. */
export interface FakeLogLine {
  offsetMs: number;
  text: string;
}

export interface FakeJob {
  appId: string;
  branchName: string;
  jobId: string;
  jobType: FakeJobType;
  commitId: string;
  commitMessage: string;
  commitTime: number;
  createdAt: number;
  plan: FakeJobPlan;
  /** When StopJob was called. */
  stoppedAt?: number;
  logs: Partial<Record<FakeStepName, FakeLogLine[]>>;
}

/** How long a stopped job reports CANCELLING before CANCELLED. */
export const CANCELLING_MS = 400;
