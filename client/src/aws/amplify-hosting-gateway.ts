import {
  AmplifyClient,
  GetAppCommand,
  GetBranchCommand,
  GetJobCommand,
  ListJobsCommand,
  StartJobCommand,
  StopJobCommand,
  paginateListApps,
  paginateListBranches,
} from '@aws-sdk/client-amplify';
import { toHostingApp, toHostingBranch, toHostingJob, toHostingJobSummary } from './amplify-hosting-mappers';
import { CloudFormationReadCache } from './cloudformation-read-cache';
import { isHostingNotFoundError } from './hosting-errors';
import type { HostingApp, HostingBranch, HostingJob, HostingJobPage, HostingJobSummary, StepLogChunk } from './hosting-types';
import { logSdkCalls } from './sdk-call-log';
import { sdkClientConfig, type AwsClientOptions } from './sdk-client-config';
import { downloadStepLog } from './step-log-download';

export type AmplifyHostingGatewayOptions = AwsClientOptions;

/** What a redeploy or a retry asks for. */
export type StartJobRequest =
  | { kind: 'release'; appId: string; branchName: string; commitId?: string; commitMessage?: string }
  | { kind: 'retry'; appId: string; branchName: string; jobId: string };

/**
 * The Amplify Hosting calls Lens makes, over one SDK client per profile and region: apps and
 * branches paged with the SDK's paginators and cached until `invalidate()`, a branch's jobs a page
 * at a time (never cached: jobs are news), one job with its steps, StartJob and StopJob, and the
 * step logs behind GetJob's presigned URLs. Everything is cancellable through an AbortSignal;
 * results are the plain types of `hosting-types.ts`; SDK errors pass through for `classifyAwsError`.
 */
export class AmplifyHostingGateway {
  readonly region: string;
  readonly profile?: string;
  private readonly client: AmplifyClient;
  private readonly cache = new CloudFormationReadCache();
  private readonly endpoint?: string;

  constructor(options: AmplifyHostingGatewayOptions) {
    this.region = options.region;
    this.profile = options.profile;
    this.endpoint = options.endpoint;
    this.client = new AmplifyClient(sdkClientConfig(options));
    logSdkCalls(this.client, 'Amplify', options.region, options.log);
  }

  /** Every app of the account in the region. */
  listApps(signal?: AbortSignal): Promise<HostingApp[]> {
    return this.cache.get('ListApps', async () => {
      const apps: HostingApp[] = [];
      for await (const page of paginateListApps({ client: this.client, pageSize: 100 }, {}, { abortSignal: signal }))
        apps.push(...(page.apps ?? []).map(toHostingApp));
      return apps;
    });
  }

  /** One app, or undefined when it does not exist (in this region and account). */
  getApp(appId: string, signal?: AbortSignal): Promise<HostingApp | undefined> {
    return this.cache.get(`GetApp:${appId}`, async () => {
      try {
        const answer = await this.client.send(new GetAppCommand({ appId }), { abortSignal: signal });
        return answer.app ? toHostingApp(answer.app) : undefined;
      } catch (error) {
        if (isHostingNotFoundError(error)) return undefined;
        throw error;
      }
    });
  }

  listBranches(appId: string, signal?: AbortSignal): Promise<HostingBranch[]> {
    return this.cache.get(`ListBranches:${appId}`, async () => {
      const branches: HostingBranch[] = [];
      for await (const page of paginateListBranches({ client: this.client, pageSize: 50 }, { appId }, { abortSignal: signal })) {
        branches.push(...(page.branches ?? []).map((branch) => toHostingBranch(appId, branch)));
      }
      return branches;
    });
  }

  async getBranch(appId: string, branchName: string, signal?: AbortSignal): Promise<HostingBranch | undefined> {
    try {
      const answer = await this.client.send(new GetBranchCommand({ appId, branchName }), { abortSignal: signal });
      return answer.branch ? toHostingBranch(appId, answer.branch) : undefined;
    } catch (error) {
      if (isHostingNotFoundError(error)) return undefined;
      throw error;
    }
  }

  /** One page of a branch's jobs, newest first. */
  async listJobs(
    appId: string,
    branchName: string,
    page: { maxResults?: number; nextToken?: string } = {},
    signal?: AbortSignal,
  ): Promise<HostingJobPage> {
    const answer = await this.client.send(new ListJobsCommand({ appId, branchName, maxResults: page.maxResults, nextToken: page.nextToken }), {
      abortSignal: signal,
    });
    return {
      jobs: (answer.jobSummaries ?? []).map((summary) => toHostingJobSummary(appId, branchName, summary)),
      nextToken: answer.nextToken || undefined,
    };
  }

  async getJob(appId: string, branchName: string, jobId: string, signal?: AbortSignal): Promise<HostingJob> {
    const answer = await this.client.send(new GetJobCommand({ appId, branchName, jobId }), { abortSignal: signal });
    if (!answer.job) throw Object.assign(new Error(`Amplify returned no job ${jobId}`), { name: 'NotFoundException' });
    return toHostingJob(appId, branchName, answer.job);
  }

  async startJob(request: StartJobRequest, signal?: AbortSignal): Promise<HostingJobSummary> {
    const input =
      request.kind === 'retry'
        ? { appId: request.appId, branchName: request.branchName, jobType: 'RETRY' as const, jobId: request.jobId }
        : {
            appId: request.appId,
            branchName: request.branchName,
            jobType: 'RELEASE' as const,
            commitId: request.commitId,
            commitMessage: request.commitMessage,
          };
    const answer = await this.client.send(new StartJobCommand(input), { abortSignal: signal });
    this.invalidate();
    return toHostingJobSummary(request.appId, request.branchName, answer.jobSummary ?? {});
  }

  async stopJob(appId: string, branchName: string, jobId: string, signal?: AbortSignal): Promise<HostingJobSummary> {
    const answer = await this.client.send(new StopJobCommand({ appId, branchName, jobId }), { abortSignal: signal });
    this.invalidate();
    return toHostingJobSummary(appId, branchName, answer.jobSummary ?? {});
  }

  /** A step's log from byte `fromByte` on, through its presigned URL. */
  readStepLog(logUrl: string, fromByte = 0, signal?: AbortSignal): Promise<StepLogChunk> {
    return downloadStepLog(logUrl, { fromByte, allowedOrigin: this.endpoint, signal });
  }

  /** Forgets cached apps and branches; the next reads ask Amplify again. */
  invalidate(): void {
    this.cache.invalidate();
  }

  dispose(): void {
    this.client.destroy();
  }
}
