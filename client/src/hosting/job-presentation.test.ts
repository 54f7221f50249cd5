import { describe, expect, it } from 'vitest';
import type { HostingJobSummary } from '../aws/hosting-types';
import { commitTitle, formatDuration, jobEndedMessage, shortCommit } from './job-presentation';

const job = (overrides: Partial<HostingJobSummary>): HostingJobSummary => ({
  appId: 'd1',
  branchName: 'main',
  jobId: '12',
  arn: '',
  status: 'SUCCEED',
  jobType: 'WEB_HOOK',
  commitId: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  commitMessage: 'Fix the header\n\nLonger body',
  startTime: new Date(0),
  endTime: new Date(192_000),
  ...overrides,
});

describe('job presentation', () => {
  it('words durations, commits and titles', () => {
    expect([formatDuration(42_400), formatDuration(192_000), formatDuration(3_840_000)]).toEqual(['42 s', '3 min 12 s', '1 h 4 min']);
    expect([shortCommit('a1b2c3d4e5f6'), shortCommit('HEAD')]).toEqual(['a1b2c3d', undefined]);
    expect(commitTitle(job({}))).toBe('Fix the header');
    expect(commitTitle(job({ commitMessage: '', jobType: 'MANUAL' }))).toBe('Manual deploy');
    expect(commitTitle(job({ commitMessage: 'x'.repeat(100) })).length).toBe(72);
  });

  it('says how a job ended, with the failing step', () => {
    expect(jobEndedMessage(job({}), [])).toEqual({ level: 'info', text: 'Amplify build #12 of main succeeded in 3 min 12 s.' });
    const steps = [
      { name: 'BUILD', status: 'FAILED' as const },
      { name: 'DEPLOY', status: 'CANCELLED' as const },
    ];
    expect(jobEndedMessage(job({ status: 'FAILED' }), steps)).toEqual({
      level: 'error',
      text: 'Amplify build #12 of main failed in BUILD after 3 min 12 s.',
    });
    expect(jobEndedMessage(job({ status: 'CANCELLED' }), [])).toEqual({
      level: 'warning',
      text: 'Amplify build #12 of main was stopped after 3 min 12 s.',
    });
  });
});
