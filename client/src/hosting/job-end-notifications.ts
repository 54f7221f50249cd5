/**
 * The notification when a watched job ends (one started here, or the current branch's push):
 * its outcome and duration, with the failing step's log (or the build log) and the console a
 * click away.
 */
import * as vscode from 'vscode';
import { HOSTING_COMMANDS } from './hosting-command-ids';
import type { JobEndedEvent } from './hosting-service';
import { failingStep, jobEndedMessage } from './job-presentation';

export function announceJobEnd({ project, job }: JobEndedEvent): void {
  const { level, text } = jobEndedMessage(job.summary, job.steps);
  const failed = job.summary.status === 'FAILED' ? failingStep(job.steps) : undefined;
  const showLog = failed ? `Show ${failed.name} Log` : 'Show Log';
  const console = 'Open in Console';
  const show =
    level === 'error'
      ? vscode.window.showErrorMessage
      : level === 'warning'
        ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
  const args = [project.projectRoot, job.summary.branchName, job.summary.jobId];
  void Promise.resolve(show(text, showLog, console)).then((answer) => {
    if (answer === showLog) {
      if (failed) void vscode.commands.executeCommand(HOSTING_COMMANDS.showStepLog, ...args, failed.name);
      else void vscode.commands.executeCommand(HOSTING_COMMANDS.showJobLogs, ...args);
    }
    if (answer === console) void vscode.commands.executeCommand(HOSTING_COMMANDS.openInConsole, ...args);
  });
}
