/**
 * How Hosting jobs and steps read in the sidebar and in notifications: status words and icons,
 * what started a job, how long it ran. Pure, so every wording is unit-tested.
 */
import type { ViewNodeIcon } from 'amplify-lens-model/presentation';
import type { HostingJobStatus, HostingJobSummary, HostingJobType, HostingStep } from '../aws/hosting-types';

const WORDS: Record<HostingJobStatus, string> = {
  CREATED: 'created',
  PENDING: 'pending',
  PROVISIONING: 'provisioning',
  RUNNING: 'running',
  FAILED: 'failed',
  SUCCEED: 'succeeded',
  CANCELLING: 'stopping',
  CANCELLED: 'stopped',
};

const ICONS: Record<HostingJobStatus, ViewNodeIcon> = {
  CREATED: { id: 'clock' },
  PENDING: { id: 'clock' },
  PROVISIONING: { id: 'sync~spin' },
  RUNNING: { id: 'sync~spin' },
  FAILED: { id: 'error', color: 'testing.iconFailed' },
  SUCCEED: { id: 'pass', color: 'testing.iconPassed' },
  CANCELLING: { id: 'sync~spin', color: 'list.warningForeground' },
  CANCELLED: { id: 'circle-slash' },
};

const TRIGGERS: Record<HostingJobType, string> = {
  WEB_HOOK: 'git push',
  RELEASE: 'redeploy',
  RETRY: 'retry',
  MANUAL: 'manual deploy',
};

export function statusWords(status: HostingJobStatus): string {
  return WORDS[status];
}

export function statusIcon(status: HostingJobStatus): ViewNodeIcon {
  return ICONS[status];
}

export function triggerWords(jobType: HostingJobType): string {
  return TRIGGERS[jobType];
}

/** `42 s`, `3 min 12 s`, `1 h 4 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** How long a job or step ran, or has been running by `now`; undefined before it started. */
export function runDuration(item: { startTime?: Date; endTime?: Date }, now: Date): number | undefined {
  if (!item.startTime) return undefined;
  return (item.endTime ?? now).getTime() - item.startTime.getTime();
}

/** A commit as the row shows it: the short id, unless it is not an id (`HEAD` of a manual deploy). */
export function shortCommit(commitId: string): string | undefined {
  return /^[0-9a-f]{7,64}$/i.test(commitId) ? commitId.slice(0, 7) : undefined;
}

/** The commit message's first line, cut to fit a row; a manual deploy has none. */
export function commitTitle(job: Pick<HostingJobSummary, 'commitMessage' | 'jobType'>, max = 72): string {
  const first = job.commitMessage.split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (!first) return job.jobType === 'MANUAL' ? 'Manual deploy' : 'No commit message';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** The step a failed job failed in: the first FAILED step, else the last one that ran. */
export function failingStep(steps: readonly HostingStep[]): HostingStep | undefined {
  return steps.find((step) => step.status === 'FAILED') ?? steps.filter((step) => step.status !== 'SUCCEED').at(-1);
}

/** The notification when a job ends. */
export function jobEndedMessage(job: HostingJobSummary, steps: readonly HostingStep[]): { level: 'info' | 'warning' | 'error'; text: string } {
  const what = `Amplify build #${job.jobId} of ${job.branchName}`;
  const duration = runDuration(job, job.endTime ?? new Date());
  const took = duration === undefined ? '' : ` ${formatDuration(duration)}`;
  switch (job.status) {
    case 'SUCCEED':
      return { level: 'info', text: `${what} succeeded in${took || ' no time'}.` };
    case 'FAILED': {
      const step = failingStep(steps);
      return { level: 'error', text: `${what} failed${step ? ` in ${step.name}` : ''}${took ? ` after${took}` : ''}.` };
    }
    default:
      return { level: 'warning', text: `${what} was stopped${took ? ` after${took}` : ''}.` };
  }
}
