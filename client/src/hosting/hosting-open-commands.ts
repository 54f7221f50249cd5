/**
 * What the Hosting rows open: a branch's site, the Amplify console, a job's or a step's build log
 * in the log viewer, and the deploy timeline of a Gen 2 branch's backend stack. URLs from the
 * service are checked before the browser gets them: HTTPS to amplifyapp.com for sites, the AWS
 * console for console pages.
 */
import * as vscode from 'vscode';
import type { CloudFormationGatewayPool } from '../aws/cloudformation-gateway-pool';
import { isJobActive, type HostingJob } from '../aws/hosting-types';
import { consoleUrls, isConsoleUrl } from '../console/aws-console-urls';
import { openDeployTimeline } from '../deploy/deploy-timeline-panel';
import { openLogViewer } from '../logs/log-viewer-panel';
import { backendOf, branchUrl, isAmplifyAppUrl } from './branch-facts';
import { BranchStackTimeline } from './branch-stack-timeline';
import { BuildLogFeed } from './build-log-feed';
import type { HostingRef } from './hosting-refs';
import type { HostingService } from './hosting-service';

const BACKEND_LINK = 'backend-timeline';

export class HostingOpenCommands {
  private readonly timelines = new Map<string, BranchStackTimeline>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly service: HostingService,
    private readonly stackPool: () => Promise<CloudFormationGatewayPool>,
  ) {}

  async openBranchUrl(ref: HostingRef | undefined): Promise<void> {
    const found = ref?.branchName ? this.service.find(ref.projectRoot, ref.branchName) : undefined;
    const url = found && branchUrl(found.project.app!, found.branch.branch);
    if (!url || !isAmplifyAppUrl(url)) return void vscode.window.showInformationMessage('This branch has no Amplify URL Lens can open.');
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
  }

  async openInConsole(ref: HostingRef | undefined): Promise<void> {
    const project = this.service.snapshots().find((state) => state.projectRoot === ref?.projectRoot);
    const app = project?.app;
    if (!project || !app) return void vscode.window.showInformationMessage('Choose an app, branch or job in the Hosting view.');
    const url = ref?.branchName
      ? consoleUrls.amplifyBranch(project.region, app.appId, ref.branchName)
      : consoleUrls.amplifyApp(project.region, app.appId);
    // A string keeps the console's encoding as built; a vscode.Uri would encode `%2F` in branch names again.
    if (isConsoleUrl(url)) await vscode.env.openExternal(url as unknown as vscode.Uri);
  }

  /** Every step of a job, in one viewer; the step row opens its own log. */
  async showLogs(ref: HostingRef | undefined, stepName?: string): Promise<void> {
    const found = ref?.branchName && ref.jobId ? this.service.find(ref.projectRoot, ref.branchName) : undefined;
    if (!found || !ref?.jobId) return void vscode.window.showInformationMessage('Choose a job or a step in the Hosting view to see its log.');
    const { project, branch } = found;
    const jobId = ref.jobId;
    const gateway = await this.service.gatewayFor(project);
    const appId = project.app!.appId;
    const backend = backendOf(branch.branch);
    const step = stepName ?? ref.stepName;
    const feed = new BuildLogFeed({
      title: `Build #${jobId} · ${branch.branch.name}${step ? ` · ${step}` : ''}`,
      branchName: branch.branch.name,
      jobId,
      step,
      knownJob: branch.details[jobId],
      region: project.region,
      profile: project.profile,
      reader: {
        getJob: (signal) => gateway.getJob(appId, branch.branch.name, jobId, signal),
        readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
      },
    });
    const links =
      backend?.kind === 'stack' && (!step || step === 'BUILD')
        ? [{ id: BACKEND_LINK, label: `Deploy timeline of ${backend.name}`, section: 'backend' as const }]
        : [];
    openLogViewer(this.context, feed, {
      mode: 'build',
      links,
      onLink: () => this.showBackendTimeline({ projectRoot: project.projectRoot, branchName: branch.branch.name, jobId }),
    });
  }

  /** The branch stack's CloudFormation events during the build (the job's, else the newest one). */
  async showBackendTimeline(ref: HostingRef | undefined): Promise<void> {
    const found = ref?.branchName ? this.service.find(ref.projectRoot, ref.branchName) : undefined;
    const backend = found && backendOf(found.branch.branch);
    if (!found || backend?.kind !== 'stack')
      return void vscode.window.showInformationMessage('Only a Gen 2 branch with a backend stack has a deploy timeline.');
    const { project, branch } = found;
    const job: Pick<HostingJob['summary'], 'jobId' | 'startTime' | 'status'> | undefined =
      branch.jobs?.find((candidate) => candidate.jobId === ref?.jobId) ?? branch.jobs?.[0];
    const key = `${backend.arn}#${job?.jobId ?? ''}`;
    let timeline = this.timelines.get(key);
    if (!timeline) {
      const region = /^arn:[^:]+:cloudformation:([^:]+):/.exec(backend.arn)?.[1] ?? project.region;
      const reader = (await this.stackPool()).gatewayFor({ region, profile: project.profile });
      timeline = new BranchStackTimeline({
        reader,
        appId: project.app!.appId,
        branchName: branch.branch.name,
        stackName: backend.name,
        stackArn: backend.arn,
        jobId: job?.jobId ?? '?',
        buildStartedAt: job?.startTime ?? new Date(),
        buildActive: job ? isJobActive(job.status) : false,
      });
      this.timelines.set(key, timeline);
      void timeline.start();
    }
    openDeployTimeline(this.context, timeline).reveal();
  }

  dispose(): void {
    for (const timeline of this.timelines.values()) timeline.dispose();
    this.timelines.clear();
  }
}
