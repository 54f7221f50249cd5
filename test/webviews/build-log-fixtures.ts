/**
 * Build logs as the viewer receives them: a job of the fake Amplify Hosting (the build image's
 * record format, ANSI colours, a Gen 2 backend and front end) rendered as its step logs, turned
 * into events by the extension's own line reader. Deterministic: a fixed clock.
 */
import type { LogEvent } from 'amplify-lens-model/panels';
import { BuildLogLineReader } from '../../client/src/hosting/build-log-lines';
import { FakeHostingState, gen2HostingSeed, renderLogText, type FakeJobOutcome, type FakeStepName } from '../fake-aws';

export const BUILD_NOW = Date.UTC(2024, 4, 14, 12, 0, 0);

export function buildJobEvents(outcome: FakeJobOutcome, options: { steps?: FakeStepName[]; extraLines?: number } = {}): LogEvent[] {
  const state = new FakeHostingState({ clock: () => BUILD_NOW });
  gen2HostingSeed({
    state,
    appId: 'd1app',
    appName: 'gen2-todo',
    repository: 'https://github.com/example/gen2-todo',
    branches: [
      { name: 'main', backendStackArn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-d1app-main-branch-0123456789/abc' },
    ],
    jobsPerBranch: 1,
  });
  const job = state.addJob('d1app', 'main', { createdAt: BUILD_NOW - 600_000, outcome, extraLogLines: options.extraLines });
  const events: LogEvent[] = [];
  for (const step of options.steps ?? (['BUILD', 'DEPLOY', 'VERIFY'] as FakeStepName[])) {
    const text = renderLogText(job, step, BUILD_NOW);
    if (!text) continue;
    const reader = new BuildLogLineReader({ logGroup: `main #${job.jobId}`, step, idPrefix: `main#${job.jobId}/${step}` });
    events.push(...reader.read(text.split('\n').slice(0, -1)));
  }
  return events;
}
