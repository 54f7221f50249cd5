import { listProfiles } from '../aws/aws-profiles';
import type { AmplifyHostingGateway } from '../aws/amplify-hosting-gateway';
import type { AmplifyHostingGatewayPool } from '../aws/amplify-hosting-gateway-pool';
import { classifyAwsError, isAbortError } from '../aws/aws-problem-classifier';
import { mapWithConcurrency } from '../aws/bounded-parallel';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { isJobActive, isJobFinished, type HostingJob, type HostingJobSummary } from '../aws/hosting-types';
import { findAmplifyProjects } from 'amplify-lens-model/project';
import { branchKey, jobKey, type BranchState, type HostingProjectState } from './hosting-state';
import { loadHostingProject, type HostingTarget, type LoadedProject } from './hosting-project-loader';
import { JobWatchList } from './job-watch-list';

export type HostingRefreshReason = 'user' | 'interval' | 'aws-selection-changed';

export interface ChosenAppStore {
  get(projectRoot: string): string | undefined;
  set(projectRoot: string, appId: string | undefined): PromiseLike<void>;
}

export interface JobEndedEvent {
  project: HostingProjectState;
  job: HostingJob;
  /** Started from this window (else: the current git branch's job). */
  startedHere: boolean;
}

export interface HostingServiceOptions {
  folders(): readonly string[];
  selection(): { profile?: string; region?: string };
  settingAppIds(): readonly string[];
  chosenApps: ChosenAppStore;
  hostingPool(): Promise<AmplifyHostingGatewayPool>;
  stackPool(): Promise<CloudFormationGatewayPool>;
  fallbackRegion?: string;
  /** Jobs shown per branch before "Show more". Default 5. */
  jobsPerPage?: number;
  onJobEnded?(event: JobEndedEvent): void;
}

type Listener = () => unknown;

/**
 * The workspace's Hosting apps for the view. A refresh finds the projects, their apps and branches
 * (a newer refresh cancels an older one); jobs are read only for the branches someone looks at —
 * the current git branch's, the ones expanded — and steps only for the jobs opened or running.
 * `poll()` follows the jobs that run; the jobs started here and the current branch's are watched
 * until they end, view shown or not, and their end is announced through `onJobEnded`.
 */
export class HostingService {
  private current: HostingProjectState[] = [];
  private readonly listeners = new Set<Listener>();
  private running?: AbortController;
  /** Branches and jobs someone opened; kept across refreshes. */
  private readonly wantedBranches = new Set<string>();
  private readonly wantedJobs = new Set<string>();
  readonly watched = new JobWatchList();

  constructor(private readonly options: HostingServiceOptions) {}

  snapshots(): readonly HostingProjectState[] {
    return this.current;
  }

  /** Shaped like `vscode.Event<void>`, without importing vscode here. */
  readonly onDidChange = (listener: Listener, thisArgs?: unknown, disposables?: { dispose(): void }[]): { dispose(): void } => {
    const bound = () => listener.call(thisArgs);
    this.listeners.add(bound);
    const subscription = { dispose: () => this.listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  /** The app ids of the Gen 2 projects, for the Environments view's branch deployments. */
  gen2AppIds(): string[] {
    return this.current.filter((project) => project.generation === 2 && project.app).map((project) => project.app!.appId);
  }

  async refresh(reason: HostingRefreshReason): Promise<void> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const { signal } = controller;
    const [hostingPool, stackPool] = await Promise.all([this.options.hostingPool(), this.options.stackPool()]);
    if (reason !== 'interval') hostingPool.invalidate();
    const selection = this.options.selection();
    const ssoProfiles = new Set((await listProfiles()).filter((profile) => profile.sso).map((profile) => profile.name));
    try {
      const projects = (await Promise.all(this.options.folders().map((folder) => findAmplifyProjects(folder, signal)))).flat();
      const states = await Promise.all(
        projects.map(async (project) => {
          const loaded = await loadHostingProject(project, {
            hosting: (target) => hostingPool.gatewayFor(target),
            stacks: (target) => stackPool.gatewayFor(target),
            selection,
            chosenAppId: this.options.chosenApps.get(project.root),
            settingAppIds: this.options.settingAppIds(),
            ssoProfiles,
            fallbackRegion: this.options.fallbackRegion,
            signal,
          });
          const previous = this.current.find((state) => state.projectRoot === project.root && state.app?.appId === loaded.app?.appId);
          const state: HostingProjectState = { ...loaded, branches: orderBranches(loaded, previous) };
          await this.loadWanted(state, hostingPool.gatewayFor(state), signal);
          return state;
        }),
      );
      if (signal.aborted || this.running !== controller) return;
      this.current = states;
      this.watchCurrentBranchJobs();
      this.changed();
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      throw error;
    } finally {
      if (this.running === controller) this.running = undefined;
    }
  }

  /** Someone opened a branch: read its newest jobs (and the running one's steps). */
  async expandBranch(projectRoot: string, branchName: string): Promise<void> {
    this.wantedBranches.add(branchKey(projectRoot, branchName));
    const found = this.find(projectRoot, branchName);
    if (!found || found.branch.jobs) return;
    await this.loadJobs(found.project, found.branch, this.pageSize(), undefined);
    this.changed();
  }

  async loadMoreJobs(projectRoot: string, branchName: string): Promise<void> {
    const found = this.find(projectRoot, branchName);
    if (!found?.branch.nextToken) return;
    await this.loadJobs(found.project, found.branch, Math.min(50, this.pageSize() * 2), found.branch.nextToken);
    this.changed();
  }

  /** Someone opened a job: read its steps. */
  async expandJob(projectRoot: string, branchName: string, jobId: string): Promise<HostingJob | undefined> {
    this.wantedJobs.add(jobKey(projectRoot, branchName, jobId));
    return this.readJob(projectRoot, branchName, jobId);
  }

  /** GetJob now (a fresh log URL, the latest steps), into the state. */
  async readJob(projectRoot: string, branchName: string, jobId: string, signal?: AbortSignal): Promise<HostingJob | undefined> {
    const found = this.find(projectRoot, branchName);
    if (!found) return undefined;
    const job = await (await this.gatewayFor(found.project)).getJob(found.project.app!.appId, branchName, jobId, signal);
    this.storeJob(found.branch, job);
    this.changed();
    return job;
  }

  /** A job this window started: shown at once, watched until it ends. */
  jobStarted(projectRoot: string, summary: HostingJobSummary): void {
    const found = this.find(projectRoot, summary.branchName);
    this.wantedBranches.add(branchKey(projectRoot, summary.branchName));
    this.wantedJobs.add(jobKey(projectRoot, summary.branchName, summary.jobId));
    this.watched.add(jobKey(projectRoot, summary.branchName, summary.jobId), true);
    if (found) {
      found.branch.jobs = [summary, ...(found.branch.jobs ?? []).filter((job) => job.jobId !== summary.jobId)];
      found.branch.details = { ...found.branch.details, [summary.jobId]: { summary, steps: [] } };
    }
    this.changed();
  }

  /**
   * A `git push` moved a remote-tracking ref: the build it starts on the current branch is looked
   * for (one ListJobs), and watched like one started here, so its end is announced even while the
   * view is hidden.
   */
  async lookForPushedBuild(projectRoot: string, signal?: AbortSignal): Promise<boolean> {
    const project = this.current.find((state) => state.projectRoot === projectRoot);
    const state = project?.branches.find((candidate) => candidate.isCurrent);
    if (!project?.app || !state) return false;
    const { jobs } = await (
      await this.gatewayFor(project)
    ).listJobs(project.app.appId, state.branch.name, { maxResults: this.pageSize() }, signal);
    const known = new Set((state.jobs ?? []).map((job) => job.jobId));
    state.jobs = state.jobs
      ? [...jobs.filter((job) => !known.has(job.jobId)), ...state.jobs.map((job) => jobs.find((fresh) => fresh.jobId === job.jobId) ?? job)]
      : jobs;
    const running = jobs.filter((job) => isJobActive(job.status));
    for (const job of running) this.watched.add(jobKey(projectRoot, state.branch.name, job.jobId), false);
    this.changed();
    return running.length > 0;
  }

  /** The jobs `poll()` would read: every running job of the loaded branches while the view shows, else the watched ones. */
  pollableJobs(visible: boolean): { project: HostingProjectState; branch: BranchState; job: HostingJobSummary }[] {
    const jobs = [];
    for (const project of this.current) {
      for (const branch of project.branches) {
        for (const job of branch.jobs ?? []) {
          if (!isJobActive(job.status)) continue;
          if (visible || this.watched.has(jobKey(project.projectRoot, branch.branch.name, job.jobId))) jobs.push({ project, branch, job });
        }
      }
    }
    return jobs;
  }

  /** Reads the running jobs once; announces those that ended. Returns whether any still runs. */
  async poll(visible: boolean, signal?: AbortSignal): Promise<boolean> {
    const jobs = this.pollableJobs(visible);
    if (jobs.length === 0) return false;
    await mapWithConcurrency(jobs, 4, async ({ project, branch, job }) => {
      try {
        const fresh = await (await this.gatewayFor(project)).getJob(project.app!.appId, branch.branch.name, job.jobId, signal);
        this.storeJob(branch, fresh);
        if (isJobFinished(fresh.summary.status)) this.ended(project, fresh);
      } catch (error) {
        if (isAbortError(error)) throw error;
        branch.problem = classifyAwsError(error, { region: project.region, profile: project.profile, service: 'Amplify Hosting' });
      }
    });
    this.changed();
    return this.pollableJobs(visible).length > 0;
  }

  /** The gateway of a project's app: its region and profile. */
  async gatewayFor(project: Pick<HostingProjectState, 'region' | 'profile'>): Promise<AmplifyHostingGateway> {
    return (await this.options.hostingPool()).gatewayFor(target(project));
  }

  async chooseApp(projectRoot: string, appId: string | undefined): Promise<void> {
    await this.options.chosenApps.set(projectRoot, appId);
    await this.refresh('user');
  }

  find(projectRoot: string, branchName: string): { project: HostingProjectState; branch: BranchState } | undefined {
    const project = this.current.find((state) => state.projectRoot === projectRoot);
    const branch = project?.branches.find((state) => state.branch.name === branchName);
    return project && branch && project.app ? { project, branch } : undefined;
  }

  dispose(): void {
    this.running?.abort();
    this.listeners.clear();
  }

  private async loadWanted(project: HostingProjectState, gateway: AmplifyHostingGateway, signal: AbortSignal): Promise<void> {
    const wanted = project.branches.filter(
      (state) =>
        state.isCurrent || this.wantedBranches.has(branchKey(project.projectRoot, state.branch.name)) || this.watchesBranch(project, state),
    );
    await mapWithConcurrency(wanted, 4, async (state) => {
      const shown = Math.max(this.pageSize(), Math.min(50, state.jobs?.length ?? 0));
      await this.loadJobs(project, state, shown, undefined, gateway, signal);
    });
  }

  private async loadJobs(
    project: HostingProjectState,
    state: BranchState,
    maxResults: number,
    nextToken: string | undefined,
    given?: AmplifyHostingGateway,
    signal?: AbortSignal,
  ): Promise<void> {
    const appId = project.app!.appId;
    const gateway = given ?? (await this.gatewayFor(project));
    try {
      const page = await gateway.listJobs(appId, state.branch.name, { maxResults, nextToken }, signal);
      state.jobs = nextToken ? [...(state.jobs ?? []), ...page.jobs] : page.jobs;
      state.nextToken = page.nextToken;
      state.problem = undefined;
      const open = state.jobs.filter(
        (job) => isJobActive(job.status) || this.wantedJobs.has(jobKey(project.projectRoot, state.branch.name, job.jobId)),
      );
      await mapWithConcurrency(open, 4, async (job) => this.storeJob(state, await gateway.getJob(appId, state.branch.name, job.jobId, signal)));
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) throw error;
      state.problem = classifyAwsError(error, { region: project.region, profile: project.profile, service: 'Amplify Hosting' });
      state.jobs ??= [];
    }
  }

  private storeJob(state: BranchState, job: HostingJob): void {
    state.details = { ...state.details, [job.summary.jobId]: job };
    if (state.jobs) state.jobs = state.jobs.map((existing) => (existing.jobId === job.summary.jobId ? job.summary : existing));
  }

  private watchesBranch(project: HostingProjectState, state: BranchState): boolean {
    return this.watched.keys().some((key) => key.startsWith(`${branchKey(project.projectRoot, state.branch.name)}\u0000`));
  }

  /** The current git branch's running job is watched like one started here: its end is announced. */
  private watchCurrentBranchJobs(): void {
    for (const project of this.current) {
      for (const state of project.branches) {
        if (!state.isCurrent) continue;
        for (const job of state.jobs ?? []) {
          if (isJobActive(job.status)) this.watched.add(jobKey(project.projectRoot, state.branch.name, job.jobId), false);
        }
      }
    }
  }

  private ended(project: HostingProjectState, job: HostingJob): void {
    const key = jobKey(project.projectRoot, job.summary.branchName, job.summary.jobId);
    const watch = this.watched.take(key);
    if (watch) this.options.onJobEnded?.({ project, job, startedHere: watch.startedHere });
  }

  private pageSize(): number {
    return this.options.jobsPerPage ?? 5;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function target(project: Pick<HostingProjectState, 'region' | 'profile'>): HostingTarget {
  return { region: project.region, profile: project.profile };
}

/** The current git branch first, then the production branch, then by name; each branch's jobs kept from the previous state. */
function orderBranches(loaded: LoadedProject, previous: HostingProjectState | undefined): BranchState[] {
  const rank = (name: string) => (name === loaded.currentGitBranch ? 0 : name === loaded.app?.productionBranch ? 1 : 2);
  return [...loaded.branches]
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
    .map((branch) => {
      const before = previous?.branches.find((state) => state.branch.name === branch.name);
      return {
        branch,
        isCurrent: branch.name === loaded.currentGitBranch,
        jobs: before?.jobs,
        nextToken: before?.nextToken,
        details: before?.details ?? {},
      };
    });
}
