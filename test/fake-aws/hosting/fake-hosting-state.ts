import { buildLogs, buildPlan, type BuildKind } from './build-log-script';
import { injectedHostingError, type HostingJsonError, type InjectableHostingErrorCode } from './hosting-json-error';
import type { FakeApp, FakeBranch, FakeJob, FakeJobOutcome, FakeJobType } from './hosting-model';
import { jobView } from './job-timeline';

export interface FakeHostingStateOptions {
  region?: string;
  accountId?: string;
  /** "Now" in ms; jobs advance as it moves. */
  clock?: () => number;
}

export interface AddAppInput {
  appId: string;
  name: string;
  buildKind: BuildKind;
  repository?: string;
  platform?: FakeApp['platform'];
  productionBranch?: string;
  createTime?: number;
}

export interface AddBranchInput {
  branchName: string;
  stage?: FakeBranch['stage'];
  framework?: string;
  enableAutoBuild?: boolean;
  backendStackArn?: string;
  backendEnvironmentArn?: string;
  headCommit?: { id: string; message: string; time?: number };
  createTime?: number;
}

export interface AddJobInput {
  jobType?: FakeJobType;
  commitId?: string;
  commitMessage?: string;
  createdAt: number;
  outcome?: FakeJobOutcome;
  /** More front-end build output, for a big log. */
  extraLogLines?: number;
}

/** How long new jobs take, before an outcome's pace scales it. */
export interface JobTiming {
  pendingMs: number;
  provisioningMs: number;
  /** DEPLOY takes this, BUILD three times it, VERIFY half. */
  stepMs: number;
}

interface InjectedError {
  action: string;
  code: InjectableHostingErrorCode;
  message?: string;
  remaining: number;
}

/**
 * What the fake Amplify Hosting knows in one region: apps with branches and jobs, the pace new
 * jobs run at, how long log URLs stay valid, page sizes, and the errors a test asked for.
 */
export class FakeHostingState {
  readonly region: string;
  readonly accountId: string;
  readonly now: () => number;
  readonly apps = new Map<string, FakeApp>();
  /** The service answers up to 100 apps and 50 branches or jobs a page; tests shrink them. */
  readonly pageSizes = { apps: 100, branches: 50, jobs: 50 };
  jobTiming: JobTiming = { pendingMs: 300, provisioningMs: 300, stepMs: 600 };
  /** How long a presigned log URL is valid. S3 presigned URLs last as long as they were signed for. */
  logUrlExpiresSeconds = 900;
  private readonly injected: InjectedError[] = [];

  constructor(options: FakeHostingStateOptions = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.accountId = options.accountId ?? '123456789012';
    this.now = options.clock ?? (() => Date.now());
  }

  addApp(input: AddAppInput): FakeApp {
    const at = input.createTime ?? this.now();
    const app: FakeApp = {
      appId: input.appId,
      name: input.name,
      buildKind: input.buildKind,
      repository: input.repository,
      platform: input.platform ?? (input.buildKind === 'gen2' ? 'WEB_COMPUTE' : 'WEB'),
      createTime: at,
      updateTime: at,
      environmentVariables: { AMPLIFY_MONOREPO_APP_ROOT: '', API_TOKEN: 'lens-fake-env-secret' },
      basicAuthCredentials: Buffer.from('user:lens-fake-password').toString('base64'),
      enableBranchAutoBuild: input.repository !== undefined,
      productionBranch: input.productionBranch,
      branches: new Map(),
    };
    this.apps.set(app.appId, app);
    return app;
  }

  addBranch(appId: string, input: AddBranchInput): FakeBranch {
    const app = this.app(appId);
    const at = input.createTime ?? this.now();
    const branch: FakeBranch = {
      appId,
      branchName: input.branchName,
      stage: input.stage ?? 'PRODUCTION',
      framework: input.framework ?? (app.buildKind === 'gen2' ? 'Next.js - SSR' : 'Web'),
      enableAutoBuild: input.enableAutoBuild ?? app.repository !== undefined,
      createTime: at,
      updateTime: at,
      backendStackArn: input.backendStackArn,
      backendEnvironmentArn: input.backendEnvironmentArn,
      headCommit: { id: input.headCommit?.id ?? 'HEAD', message: input.headCommit?.message ?? '', time: input.headCommit?.time ?? at },
      environmentVariables: {},
      jobs: [],
      nextOutcomes: [],
    };
    app.branches.set(branch.branchName, branch);
    return branch;
  }

  /** A job that started at `createdAt` (in the past: it may be finished by now). */
  addJob(appId: string, branchName: string, input: AddJobInput): FakeJob {
    const app = this.app(appId);
    const branch = this.branch(appId, branchName);
    const outcome = input.outcome ?? { result: 'SUCCEED' };
    const plan = buildPlan(app.buildKind, outcome, this.jobTiming);
    const commitId = input.commitId ?? branch.headCommit.id;
    const commitMessage = input.commitMessage ?? branch.headCommit.message;
    const job: FakeJob = {
      appId,
      branchName,
      jobId: String(branch.jobs.length + 1),
      jobType: input.jobType ?? (app.buildKind === 'gen1-manual' ? 'MANUAL' : 'WEB_HOOK'),
      commitId,
      commitMessage,
      commitTime: input.createdAt,
      createdAt: input.createdAt,
      plan,
      logs: buildLogs(
        {
          kind: app.buildKind,
          appId,
          appName: app.name,
          branchName,
          region: this.region,
          repository: app.repository,
          commitId,
          commitMessage,
          backendStackName: branch.backendStackArn?.split('/')[1],
          outcome,
          extraLines: input.extraLogLines,
        },
        plan,
      ),
    };
    branch.jobs.push(job);
    return job;
  }

  /** A job started now, as StartJob starts one: what the branch's next outcome says, else success. */
  startJob(appId: string, branchName: string, input: { jobType: FakeJobType; commitId?: string; commitMessage?: string }): FakeJob {
    const branch = this.branch(appId, branchName);
    const outcome = branch.nextOutcomes.shift() ?? { result: 'SUCCEED' };
    return this.addJob(appId, branchName, { ...input, createdAt: this.now(), outcome });
  }

  /** Queues what the next jobs started on a branch do. */
  queueOutcomes(appId: string, branchName: string, ...outcomes: FakeJobOutcome[]): void {
    this.branch(appId, branchName).nextOutcomes.push(...outcomes);
  }

  /** The branch's job that has not ended, if any. */
  activeJob(appId: string, branchName: string): FakeJob | undefined {
    const now = this.now();
    return this.branch(appId, branchName).jobs.find((job) => !['SUCCEED', 'FAILED', 'CANCELLED'].includes(jobView(job, now).status));
  }

  findApp(appId: string): FakeApp | undefined {
    return this.apps.get(appId);
  }

  app(appId: string): FakeApp {
    const app = this.apps.get(appId);
    if (!app) throw new Error(`no fake app ${appId}`);
    return app;
  }

  branch(appId: string, branchName: string): FakeBranch {
    const branch = this.app(appId).branches.get(branchName);
    if (!branch) throw new Error(`no fake branch ${branchName} in ${appId}`);
    return branch;
  }

  appArn(appId: string): string {
    return `arn:aws:amplify:${this.region}:${this.accountId}:apps/${appId}`;
  }

  injectError(action: string | '*', code: InjectableHostingErrorCode, options: { times?: number; message?: string } = {}): void {
    this.injected.push({ action, code, message: options.message, remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  clearInjectedErrors(): void {
    this.injected.length = 0;
  }

  /** The error to answer this request with, if one was injected; counts it against its `times`. */
  takeInjectedError(action: string): HostingJsonError | undefined {
    const index = this.injected.findIndex((entry) => entry.action === action || entry.action === '*');
    if (index < 0) return undefined;
    const entry = this.injected[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.injected.splice(index, 1);
    return injectedHostingError(entry.code, action, this.region, entry.message);
  }
}
