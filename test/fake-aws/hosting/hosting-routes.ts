/**
 * The Amplify operations Lens uses, on their restJson1 routes (method and URI as the service
 * model binds them): ListApps, GetApp, ListBranches, GetBranch, ListJobs, GetJob, StartJob and
 * StopJob. Lists page with `maxResults`/`nextToken` query parameters; missing things answer
 * NotFoundException; StartJob and StopJob check what the service checks before acting.
 */
import type { FakeHostingState } from './fake-hosting-state';
import { badRequest, notFound } from './hosting-json-error';
import { appJson, branchJson, jobSummaryJson, stepJson, type Json } from './hosting-json-shapes';
import type { FakeJob, FakeJobType } from './hosting-model';
import { jobView } from './job-timeline';
import { presignLogUrl } from './presigned-log-url';

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  /** `http://127.0.0.1:<port>`: where the fake serves log URLs. */
  baseUrl: string;
}

interface Route {
  action: string;
  method: string;
  pattern: RegExp;
  names: string[];
  handle(state: FakeHostingState, request: RouteRequest): Json;
}

function route(action: string, method: string, uri: string, handle: Route['handle']): Route {
  const names: string[] = [];
  const pattern = new RegExp(`^${uri.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
  return { action, method, pattern, names, handle };
}

export const HOSTING_ROUTES: Route[] = [
  route('ListApps', 'GET', '/apps', (state, { query }) => {
    const apps = [...state.apps.values()].map((app) => appJson(app, state.region, state.accountId));
    const page = paginate(apps, 'apps', query, state.pageSizes.apps, 100);
    return { apps: page.items, nextToken: page.nextToken };
  }),
  route('GetApp', 'GET', '/apps/{appId}', (state, { params }) => ({ app: appJson(app(state, params.appId!), state.region, state.accountId) })),
  route('ListBranches', 'GET', '/apps/{appId}/branches', (state, { params, query }) => {
    const branches = [...app(state, params.appId!).branches.values()].map((branch) => branchJson(branch, state.region, state.accountId));
    const page = paginate(branches, `branches:${params.appId}`, query, state.pageSizes.branches, 50);
    return { branches: page.items, nextToken: page.nextToken };
  }),
  route('GetBranch', 'GET', '/apps/{appId}/branches/{branchName}', (state, { params }) => ({
    branch: branchJson(branch(state, params.appId!, params.branchName!), state.region, state.accountId),
  })),
  route('ListJobs', 'GET', '/apps/{appId}/branches/{branchName}/jobs', (state, { params, query }) => {
    const now = state.now();
    // Newest first, as the service lists them.
    const jobs = [...branch(state, params.appId!, params.branchName!).jobs]
      .reverse()
      .map((job) => jobSummaryJson(job, jobView(job, now), state.region, state.accountId));
    const page = paginate(jobs, `jobs:${params.appId}/${params.branchName}`, query, state.pageSizes.jobs, 50);
    return { jobSummaries: page.items, nextToken: page.nextToken };
  }),
  route('GetJob', 'GET', '/apps/{appId}/branches/{branchName}/jobs/{jobId}', (state, { params, baseUrl }) => {
    const found = job(state, params.appId!, params.branchName!, params.jobId!);
    const now = state.now();
    const view = jobView(found, now);
    const steps = view.steps.map((step) =>
      stepJson(
        step,
        presignLogUrl(
          baseUrl,
          { appId: found.appId, branchName: found.branchName, jobId: found.jobId, step: step.name },
          now,
          state.logUrlExpiresSeconds,
        ),
      ),
    );
    return { job: { summary: jobSummaryJson(found, view, state.region, state.accountId), steps } };
  }),
  route('StartJob', 'POST', '/apps/{appId}/branches/{branchName}/jobs', (state, { params, body }) => {
    const appId = params.appId!;
    const branchName = params.branchName!;
    const target = branch(state, appId, branchName);
    const jobType = body.jobType as FakeJobType | undefined;
    if (!jobType || !['RELEASE', 'RETRY', 'MANUAL', 'WEB_HOOK'].includes(jobType))
      throw badRequest("1 validation error detected: Value null at 'jobType' failed to satisfy constraint: Member must not be null");
    if (jobType === 'MANUAL') throw badRequest('MANUAL jobs are started with CreateDeployment and StartDeployment.');
    if (jobType === 'RELEASE' && !state.app(appId).repository)
      throw badRequest(`Branch ${branchName} of app ${appId} is not connected to a repository; deploy it manually.`);
    const active = state.activeJob(appId, branchName);
    if (active) throw badRequest(`A job is already running for branch ${branchName}: job ${active.jobId}. Stop it or wait for it to finish.`);
    if (jobType === 'RETRY') {
      const retried = job(state, appId, branchName, String(body.jobId ?? ''));
      const started = state.startJob(appId, branchName, { jobType, commitId: retried.commitId, commitMessage: retried.commitMessage });
      return { jobSummary: jobSummaryJson(started, jobView(started, state.now()), state.region, state.accountId) };
    }
    const commitId = typeof body.commitId === 'string' ? body.commitId : target.headCommit.id;
    const commitMessage =
      typeof body.commitMessage === 'string' ? body.commitMessage : commitId === target.headCommit.id ? target.headCommit.message : '';
    const started = state.startJob(appId, branchName, { jobType, commitId, commitMessage });
    return { jobSummary: jobSummaryJson(started, jobView(started, state.now()), state.region, state.accountId) };
  }),
  route('StopJob', 'DELETE', '/apps/{appId}/branches/{branchName}/jobs/{jobId}/stop', (state, { params }) => {
    const found = job(state, params.appId!, params.branchName!, params.jobId!);
    const now = state.now();
    const status = jobView(found, now).status;
    if (['SUCCEED', 'FAILED', 'CANCELLED'].includes(status)) throw badRequest(`Job ${found.jobId} is already ${status} and cannot be stopped.`);
    found.stoppedAt ??= now;
    return { jobSummary: jobSummaryJson(found, jobView(found, now), state.region, state.accountId) };
  }),
];

/** The route a request names, with its path parameters; undefined for any other path. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of HOSTING_ROUTES) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match)
      return {
        route: candidate,
        params: Object.fromEntries(candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)])),
      };
  }
  return undefined;
}

function app(state: FakeHostingState, appId: string) {
  const found = state.findApp(appId);
  if (!found) throw notFound(`App ${appId} not found.`);
  return found;
}

function branch(state: FakeHostingState, appId: string, branchName: string) {
  const found = app(state, appId).branches.get(branchName);
  if (!found) throw notFound(`Branch ${branchName} not found.`);
  return found;
}

function job(state: FakeHostingState, appId: string, branchName: string, jobId: string): FakeJob {
  const found = branch(state, appId, branchName).jobs.find((candidate) => candidate.jobId === String(Number(jobId)));
  if (!found) throw notFound(`Job ${jobId} not found.`);
  return found;
}

/** Opaque tokens bound to the listing that issued them, holding the next offset. */
function paginate<T>(all: T[], scope: string, query: URLSearchParams, pageSize: number, maximum: number) {
  const asked = query.get('maxResults');
  if (asked !== null && (!/^\d+$/.test(asked) || Number(asked) < 1 || Number(asked) > maximum)) {
    throw badRequest(
      `1 validation error detected: Value '${asked}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${maximum}`,
    );
  }
  const size = Math.min(pageSize, asked === null ? pageSize : Number(asked));
  const token = query.get('nextToken');
  let start = 0;
  if (token) {
    try {
      const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { scope?: string; offset?: number };
      if (decoded.scope !== scope || typeof decoded.offset !== 'number') throw new Error('foreign token');
      start = decoded.offset;
    } catch {
      throw badRequest('Invalid nextToken');
    }
  }
  const end = start + size;
  return {
    items: all.slice(start, end),
    nextToken: end < all.length ? Buffer.from(JSON.stringify({ scope, offset: end })).toString('base64url') : undefined,
  };
}
