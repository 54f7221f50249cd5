import type { App as SdkApp, Branch as SdkBranch, Job as SdkJob, JobSummary as SdkJobSummary, Step as SdkStep } from '@aws-sdk/client-amplify';
import type { HostingApp, HostingBranch, HostingJob, HostingJobStatus, HostingJobSummary, HostingJobType, HostingStep } from './hosting-types';

/**
 * SDK shapes to the plain types above `client/src/aws`. Only what Lens shows is copied: an app's
 * or branch's environment variables and basic-auth credentials never leave this file.
 */

const STATUSES: readonly HostingJobStatus[] = ['CREATED', 'PENDING', 'PROVISIONING', 'RUNNING', 'FAILED', 'SUCCEED', 'CANCELLING', 'CANCELLED'];
const TYPES: readonly HostingJobType[] = ['RELEASE', 'RETRY', 'MANUAL', 'WEB_HOOK'];

export function toHostingApp(app: SdkApp): HostingApp {
  return {
    appId: app.appId ?? '',
    arn: app.appArn ?? '',
    name: app.name ?? app.appId ?? '',
    repository: app.repository || undefined,
    platform: app.platform,
    defaultDomain: app.defaultDomain || undefined,
    productionBranch: app.productionBranch?.branchName || undefined,
    createdAt: app.createTime,
    updatedAt: app.updateTime,
  };
}

export function toHostingBranch(appId: string, branch: SdkBranch): HostingBranch {
  const total = Number(branch.totalNumberOfJobs);
  return {
    appId,
    name: branch.branchName ?? '',
    displayName: branch.displayName || (branch.branchName ?? ''),
    arn: branch.branchArn ?? '',
    stage: branch.stage,
    framework: branch.framework || undefined,
    autoBuild: branch.enableAutoBuild === true,
    backendStackArn: branch.backend?.stackArn || undefined,
    backendEnvironmentArn: branch.backendEnvironmentArn || undefined,
    customDomains: branch.customDomains ?? [],
    activeJobId: branch.activeJobId && branch.activeJobId !== '0' ? branch.activeJobId : undefined,
    totalJobs: Number.isFinite(total) ? total : 0,
    pullRequest: branch.stage === 'PULL_REQUEST',
    createdAt: branch.createTime,
    updatedAt: branch.updateTime,
  };
}

export function toHostingJobSummary(appId: string, branchName: string, summary: Partial<SdkJobSummary>): HostingJobSummary {
  return {
    appId,
    branchName,
    jobId: summary.jobId ?? '',
    arn: summary.jobArn ?? '',
    status: statusOf(summary.status),
    jobType: TYPES.includes(summary.jobType as HostingJobType) ? (summary.jobType as HostingJobType) : 'RELEASE',
    commitId: summary.commitId ?? '',
    commitMessage: summary.commitMessage ?? '',
    commitTime: summary.commitTime,
    startTime: summary.startTime,
    endTime: summary.endTime,
  };
}

export function toHostingJob(appId: string, branchName: string, job: SdkJob): HostingJob {
  return {
    summary: toHostingJobSummary(appId, branchName, job.summary ?? {}),
    steps: (job.steps ?? []).map(toHostingStep),
  };
}

function toHostingStep(step: SdkStep): HostingStep {
  return {
    name: step.stepName ?? '',
    status: statusOf(step.status),
    startTime: step.startTime,
    endTime: step.endTime,
    logUrl: step.logUrl || undefined,
    statusReason: step.statusReason || undefined,
  };
}

function statusOf(status: string | undefined): HostingJobStatus {
  return STATUSES.includes(status as HostingJobStatus) ? (status as HostingJobStatus) : 'PENDING';
}
