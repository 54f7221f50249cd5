/**
 * The JSON Amplify answers with, member for member as the restJson1 model names them: timestamps
 * as epoch seconds (the protocol's default), maps as objects, absent members left out. Apps and
 * branches carry their environment variables and basic-auth credentials as the service does, so a
 * test can check that Lens never shows them.
 */
import type { FakeApp, FakeBranch, FakeJob } from './hosting-model';
import type { FakeJobView } from './job-timeline';

export type Json = Record<string, unknown>;

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

export function appJson(app: FakeApp, region: string, accountId: string): Json {
  const production = app.productionBranch ? app.branches.get(app.productionBranch) : undefined;
  return {
    appId: app.appId,
    appArn: `arn:aws:amplify:${region}:${accountId}:apps/${app.appId}`,
    name: app.name,
    tags: {},
    description: '',
    repository: app.repository ?? '',
    platform: app.platform,
    createTime: seconds(app.createTime),
    updateTime: seconds(app.updateTime),
    iamServiceRoleArn: `arn:aws:iam::${accountId}:role/service-role/AmplifySSRLoggingRole-${app.appId}`,
    environmentVariables: app.environmentVariables,
    defaultDomain: `${app.appId}.amplifyapp.com`,
    enableBranchAutoBuild: app.enableBranchAutoBuild,
    enableBranchAutoDeletion: false,
    enableBasicAuth: app.basicAuthCredentials !== undefined,
    basicAuthCredentials: app.basicAuthCredentials,
    productionBranch: production
      ? {
          branchName: production.branchName,
          status: production.jobs.length > 0 ? 'SUCCEED' : undefined,
          lastDeployTime: seconds(production.updateTime),
        }
      : undefined,
    enableAutoBranchCreation: false,
    repositoryCloneMethod: app.repository ? 'TOKEN' : undefined,
  };
}

export function branchJson(branch: FakeBranch, region: string, accountId: string): Json {
  return {
    branchArn: `arn:aws:amplify:${region}:${accountId}:apps/${branch.appId}/branches/${encodeURIComponent(branch.branchName)}`,
    branchName: branch.branchName,
    description: '',
    tags: {},
    stage: branch.stage,
    displayName: branch.branchName.replace(/[^A-Za-z0-9-]/g, '-'),
    enableNotification: false,
    createTime: seconds(branch.createTime),
    updateTime: seconds(branch.updateTime),
    environmentVariables: branch.environmentVariables,
    enableAutoBuild: branch.enableAutoBuild,
    customDomains: [],
    framework: branch.framework,
    activeJobId: branch.jobs.at(-1)?.jobId ?? '0',
    totalNumberOfJobs: String(branch.jobs.length),
    enableBasicAuth: false,
    enablePerformanceMode: false,
    ttl: '5',
    enablePullRequestPreview: false,
    backendEnvironmentArn: branch.backendEnvironmentArn,
    backend: branch.backendStackArn ? { stackArn: branch.backendStackArn } : undefined,
  };
}

export function jobSummaryJson(job: FakeJob, view: FakeJobView, region: string, accountId: string): Json {
  return {
    jobArn: `arn:aws:amplify:${region}:${accountId}:apps/${job.appId}/branches/${encodeURIComponent(job.branchName)}/jobs/${job.jobId.padStart(10, '0')}`,
    jobId: job.jobId,
    commitId: job.commitId,
    commitMessage: job.commitMessage,
    commitTime: seconds(job.commitTime),
    startTime: seconds(view.startTime),
    status: view.status,
    endTime: seconds(view.endTime),
    jobType: job.jobType,
  };
}

export function stepJson(view: FakeJobView['steps'][number], logUrl: string): Json {
  return {
    stepName: view.name,
    startTime: seconds(view.startTime),
    status: view.status,
    endTime: seconds(view.endTime),
    logUrl,
    artifactsUrl: view.name === 'BUILD' ? `${logUrl.split('?')[0]!.replace(/log\.txt$/, 'artifacts.zip')}` : undefined,
    statusReason: view.statusReason,
  };
}
