/**
 * Redeploy, retry and stop, with the rules a push follows: one job per branch at a time (a branch
 * with a job that has not ended is refused, with Stop and Show Logs at hand, and two clicks in this
 * window never race), and a confirmation that names the branch and the commit that will be built.
 * A redeploy builds the commit of the branch's newest job, passed explicitly, so what was
 * confirmed is what builds.
 */
import * as vscode from 'vscode';
import { classifyAwsError } from '../aws/aws-problem-classifier';
import { isHostingBadRequestError } from '../aws/hosting-errors';
import { isJobActive, type HostingJobSummary } from '../aws/hosting-types';
import { DeployLocks } from '../deploy/deploy-safety';
import { HOSTING_COMMANDS } from './hosting-command-ids';
import type { HostingRef } from './hosting-refs';
import type { HostingService } from './hosting-service';
import { branchKey, type HostingProjectState } from './hosting-state';
import { commitTitle, shortCommit, statusWords } from './job-presentation';

export class HostingJobCommands {
  private readonly locks = new DeployLocks();

  constructor(private readonly service: HostingService) {}

  async redeploy(ref: HostingRef | undefined): Promise<void> {
    const target = await this.branchOf(ref, 'Redeploy which branch?');
    if (!target) return;
    const { project } = target;
    const branchName = target.branch.branch.name;
    if (!project.app?.repository) {
      const publish = 'Publish…';
      const answer = await vscode.window.showInformationMessage(
        `${branchName} is deployed with amplify publish: the app has no repository for Amplify to build from. Publish the env from the Environments view.`,
        publish,
      );
      if (answer === publish) await vscode.commands.executeCommand('amplifyLens.deploy.publish');
      return;
    }
    await this.withBranchLock(project, branchName, async (latest) => {
      const commit = latest && shortCommit(latest.commitId);
      const what = commit ? `commit ${commit} ("${commitTitle(latest!)}")` : 'the latest commit of the branch';
      const action = 'Redeploy';
      const answer = await vscode.window.showWarningMessage(
        `Redeploy ${branchName} of ${project.app!.name} at ${commit ?? 'its latest commit'}?`,
        {
          modal: true,
          detail: `Amplify Hosting builds ${what} again and publishes it to ${branchName}${target.branch.branch.backendStackArn ? ', backend included (ampx pipeline-deploy)' : ''}.`,
        },
        action,
      );
      if (answer !== action) return;
      const started = await (
        await this.service.gatewayFor(project)
      ).startJob({
        kind: 'release',
        appId: project.app!.appId,
        branchName,
        commitId: commit ? latest!.commitId : undefined,
        commitMessage: commit ? latest!.commitMessage.slice(0, 10_000) : undefined,
      });
      this.service.jobStarted(project.projectRoot, started);
      vscode.window.setStatusBarMessage(`$(rocket) Amplify build #${started.jobId} of ${branchName} started`, 5000);
    });
  }

  async retry(ref: HostingRef | undefined): Promise<void> {
    const found = ref?.branchName ? this.service.find(ref.projectRoot, ref.branchName) : undefined;
    const job = found?.branch.jobs?.find((candidate) => candidate.jobId === ref?.jobId);
    if (!found || !job) return void vscode.window.showInformationMessage('Choose a failed or stopped job in the Hosting view to retry it.');
    if (job.status !== 'FAILED' && job.status !== 'CANCELLED')
      return void vscode.window.showInformationMessage(
        `Build #${job.jobId} ${statusWords(job.status)}; only a failed or stopped build can be retried.`,
      );
    await this.withBranchLock(found.project, job.branchName, async () => {
      const commit = shortCommit(job.commitId);
      const action = 'Retry';
      const answer = await vscode.window.showWarningMessage(
        `Retry build #${job.jobId} of ${job.branchName}${commit ? ` at ${commit}` : ''}?`,
        {
          modal: true,
          detail: `Amplify Hosting runs the build of ${commit ? `commit ${commit} ("${commitTitle(job)}")` : 'the same commit'} again as a new job.`,
        },
        action,
      );
      if (answer !== action) return;
      const started = await (
        await this.service.gatewayFor(found.project)
      ).startJob({ kind: 'retry', appId: found.project.app!.appId, branchName: job.branchName, jobId: job.jobId });
      this.service.jobStarted(found.project.projectRoot, started);
    });
  }

  async stop(ref: HostingRef | undefined): Promise<void> {
    const found = ref?.branchName ? this.service.find(ref.projectRoot, ref.branchName) : undefined;
    const job = found?.branch.jobs?.find((candidate) => candidate.jobId === ref?.jobId);
    if (!found || !job) return void vscode.window.showInformationMessage('Choose a running job in the Hosting view to stop it.');
    if (!isJobActive(job.status))
      return void vscode.window.showInformationMessage(
        `Build #${job.jobId} has already ${statusWords(job.status) === 'stopped' ? 'stopped' : 'ended'}.`,
      );
    const action = 'Stop Build';
    const answer = await vscode.window.showWarningMessage(
      `Stop build #${job.jobId} of ${job.branchName}?`,
      {
        modal: true,
        detail: 'Amplify Hosting cancels the build. A backend deploy CloudFormation has already begun finishes or rolls back on its own.',
      },
      action,
    );
    if (answer !== action) return;
    try {
      await (await this.service.gatewayFor(found.project)).stopJob(found.project.app!.appId, job.branchName, job.jobId);
      await this.service.readJob(found.project.projectRoot, job.branchName, job.jobId);
    } catch (error) {
      this.report(error, found.project, 'Stop');
    }
  }

  /** A branch chosen by its row, or from the branches of the loaded apps. */
  private async branchOf(ref: HostingRef | undefined, title: string) {
    if (ref?.branchName) return this.service.find(ref.projectRoot, ref.branchName);
    const choices = this.service.snapshots().flatMap((project) =>
      project.app
        ? project.branches.map((branch) => ({
            label: branch.branch.name,
            description: `${project.app!.name}${branch.isCurrent ? ' · current' : ''}`,
            project,
            branch,
          }))
        : [],
    );
    if (choices.length === 0) {
      void vscode.window.showInformationMessage('No Amplify Hosting app is loaded: open the Hosting view first.');
      return undefined;
    }
    const picked = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title });
    return picked && { project: picked.project, branch: picked.branch };
  }

  /**
   * Runs `start` holding the branch's lock, after checking with Amplify (not the cached rows) that
   * no job of the branch is still going; `start` gets the newest job.
   */
  private async withBranchLock(
    project: HostingProjectState,
    branchName: string,
    start: (latest: HostingJobSummary | undefined) => Promise<void>,
  ): Promise<void> {
    const lock = this.locks.acquire(branchKey(project.projectRoot, branchName), 'job');
    if ('heldBy' in lock) return void vscode.window.showWarningMessage(`A build of ${branchName} is being started from this window already.`);
    try {
      const { jobs } = await (await this.service.gatewayFor(project)).listJobs(project.app!.appId, branchName, { maxResults: 5 });
      const active = jobs.find((job) => isJobActive(job.status));
      if (active) {
        const stop = `Stop #${active.jobId}`;
        const logs = 'Show Logs';
        const answer = await vscode.window.showWarningMessage(
          `${branchName} already has build #${active.jobId} ${statusWords(active.status)}. One build per branch at a time: stop it or wait for it to end.`,
          stop,
          logs,
        );
        const ref = { projectRoot: project.projectRoot, branchName, jobId: active.jobId };
        if (answer === stop) await this.stop(ref);
        if (answer === logs) await vscode.commands.executeCommand(HOSTING_COMMANDS.showJobLogs, ref.projectRoot, branchName, active.jobId);
        return;
      }
      await start(jobs[0]);
    } catch (error) {
      this.report(error, project, 'Starting the build');
    } finally {
      lock.release();
    }
  }

  private report(error: unknown, project: HostingProjectState, what: string): void {
    // Amplify's own refusal (a job already running, a branch without a repository) is its words.
    const message = isHostingBadRequestError(error)
      ? (error as Error).message
      : classifyAwsError(error, { region: project.region, profile: project.profile, service: 'Amplify Hosting' }).message;
    void vscode.window.showErrorMessage(`${what} failed: ${message}`);
  }
}
