/**
 * A job as GetJob shows it at a moment: computed from its plan, so jobs advance through PENDING,
 * PROVISIONING and RUNNING (its steps one after another) to SUCCEED or FAILED as time passes,
 * and a stopped job goes CANCELLING then CANCELLED. No timers: the answer depends only on `now`.
 */
import { CANCELLING_MS, type FakeJob, type FakeJobStatus, type FakeLogLine, type FakeStepName } from './hosting-model';

export interface FakeStepView {
  name: FakeStepName;
  status: FakeJobStatus;
  startTime: number;
  endTime?: number;
  statusReason?: string;
}

export interface FakeJobView {
  status: FakeJobStatus;
  startTime: number;
  endTime?: number;
  steps: FakeStepView[];
}

/** Where the plan's steps start and end, relative to nothing yet stopping them. */
function plannedSteps(job: FakeJob): { name: FakeStepName; start: number; end: number; fails: boolean }[] {
  let at = job.createdAt + job.plan.pendingMs + job.plan.provisioningMs;
  const steps = [];
  for (const step of job.plan.steps) {
    steps.push({ name: step.name, start: at, end: at + step.durationMs, fails: job.plan.failAt === step.name });
    at += step.durationMs;
    if (job.plan.failAt === step.name) break;
  }
  return steps;
}

export function jobView(job: FakeJob, now: number): FakeJobView {
  const stoppedAt = job.stoppedAt !== undefined && job.stoppedAt <= now ? job.stoppedAt : undefined;
  const cut = stoppedAt ?? now;
  const provisioningAt = job.createdAt + job.plan.pendingMs;
  const runningAt = provisioningAt + job.plan.provisioningMs;
  const steps: FakeStepView[] = [];
  let status: FakeJobStatus;
  let endTime: number | undefined;
  for (const step of plannedSteps(job)) {
    if (step.start > cut) break;
    if (step.end <= cut) {
      steps.push({
        name: step.name,
        status: step.fails ? 'FAILED' : 'SUCCEED',
        startTime: step.start,
        endTime: step.end,
        statusReason: step.fails ? 'Build failed' : undefined,
      });
    } else {
      steps.push({ name: step.name, status: 'RUNNING', startTime: step.start });
    }
  }
  const last = steps.at(-1);
  const planned = plannedSteps(job);
  if (cut < provisioningAt) status = 'PENDING';
  else if (cut < runningAt) status = 'PROVISIONING';
  else if (last?.status === 'FAILED') {
    status = 'FAILED';
    endTime = last.endTime;
  } else if (last && last.name === planned.at(-1)?.name && last.status === 'SUCCEED') {
    status = 'SUCCEED';
    endTime = last.endTime;
  } else status = 'RUNNING';

  if (stoppedAt !== undefined && status !== 'SUCCEED' && status !== 'FAILED') {
    const cancelled = now >= stoppedAt + CANCELLING_MS;
    status = cancelled ? 'CANCELLED' : 'CANCELLING';
    if (cancelled) endTime = stoppedAt + CANCELLING_MS;
    for (const step of steps) {
      if (step.status !== 'RUNNING') continue;
      step.status = cancelled ? 'CANCELLED' : 'CANCELLING';
      if (cancelled) step.endTime = stoppedAt + CANCELLING_MS;
    }
  }
  return { status, startTime: job.createdAt, endTime, steps };
}

/** The lines of a step's log written by `now`: all of a finished step, a running one's so far. */
export function visibleLogLines(job: FakeJob, step: FakeStepName, now: number): FakeLogLine[] {
  const view = jobView(job, now).steps.find((candidate) => candidate.name === step);
  if (!view) return [];
  const lines = job.logs[step] ?? [];
  if (view.status === 'SUCCEED' || view.status === 'FAILED') return lines;
  const written = Math.min(now, job.stoppedAt ?? Number.POSITIVE_INFINITY) - view.startTime;
  return lines.filter((line) => line.offsetMs <= written);
}

/** The log as the build image writes it: each line prefixed with its time and `[INFO]: ` (or the level the line carries). */
export function renderLogText(job: FakeJob, step: FakeStepName, now: number): string {
  const view = jobView(job, now).steps.find((candidate) => candidate.name === step);
  if (!view) return '';
  return visibleLogLines(job, step, now)
    .map((line) => renderLine(view.startTime + line.offsetMs, line.text))
    .join('');
}

const CONTINUATION_INDENT = ' '.repeat(33);

/**
 * One record: `<ISO time> [INFO]: text`. A text starting with `[WARNING]: ` or `[ERROR]: ` takes
 * that level instead; a text starting with a tab is a continuation line, written under the
 * previous record's text without a time of its own, as the build image writes grouped records.
 */
function renderLine(at: number, text: string): string {
  if (text.startsWith('\t')) return `${CONTINUATION_INDENT}${text.slice(1)}\n`;
  const level = /^\[(WARNING|ERROR)\]: /.exec(text);
  const body = level ? text.slice(level[0].length) : text;
  return `${new Date(at).toISOString()} [${level?.[1] ?? 'INFO'}]: ${body}\n`;
}
