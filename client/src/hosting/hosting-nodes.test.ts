import { describe, expect, it } from 'vitest';
import type { HostingApp, HostingBranch, HostingJobSummary } from '../aws/hosting-types';
import { hostingChildNodes, type HostingViewNode } from './hosting-nodes';
import type { BranchState, HostingProjectState } from './hosting-state';

const NOW = new Date(Date.UTC(2024, 4, 14, 12, 0, 0));
const context = { now: NOW, loading: false };
const app: HostingApp = {
  appId: 'd1app',
  arn: 'arn:aws:amplify:eu-west-1:123456789012:apps/d1app',
  name: 'gen2-todo',
  repository: 'https://github.com/example/gen2-todo',
  defaultDomain: 'd1app.amplifyapp.com',
  productionBranch: 'main',
};
const branch = (name: string, extra: Partial<HostingBranch> = {}): HostingBranch => ({
  appId: 'd1app',
  name,
  displayName: name.replace(/\//g, '-'),
  arn: '',
  stage: 'PRODUCTION',
  framework: 'Next.js - SSR',
  autoBuild: true,
  customDomains: [],
  totalJobs: 2,
  pullRequest: false,
  ...extra,
});
const job = (jobId: string, extra: Partial<HostingJobSummary> = {}): HostingJobSummary => ({
  appId: 'd1app',
  branchName: 'main',
  jobId,
  arn: '',
  status: 'SUCCEED',
  jobType: 'WEB_HOOK',
  commitId: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  commitMessage: 'Add the *todo* list [page](https://evil.example)',
  startTime: new Date(NOW.getTime() - 7_200_000),
  endTime: new Date(NOW.getTime() - 7_200_000 + 192_000),
  ...extra,
});

function project(branches: BranchState[], extra: Partial<HostingProjectState> = {}): HostingProjectState {
  return {
    projectRoot: '/w/gen2-todo',
    generation: 2,
    label: 'gen2-todo',
    region: 'eu-west-1',
    app,
    source: { kind: 'git-remote', remote: 'origin' },
    branches,
    ...extra,
  };
}

const rows = (state: HostingProjectState, parent?: HostingViewNode) => hostingChildNodes([state], parent, context);

describe('Hosting rows', () => {
  it('shows the app, the current git branch first and marked, its facts, URL, backend and jobs', () => {
    const main: BranchState = {
      branch: branch('main', {
        backendStackArn: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-d1app-main-branch-0123456789/guid',
      }),
      isCurrent: true,
      jobs: [job('2', { status: 'RUNNING', endTime: undefined, jobType: 'RELEASE' }), job('1', { status: 'FAILED' })],
      nextToken: 'more',
      details: {},
    };
    const state = project([main]);
    const [appRow] = rows(state);
    expect(appRow).toMatchObject({ kind: 'app', label: 'gen2-todo', description: 'd1app · eu-west-1', contextValue: 'hostingApp' });
    expect(appRow!.tooltip).toContain('its repository is the git remote origin');
    const [branchRow] = rows(state, appRow);
    expect(branchRow).toMatchObject({
      label: 'main',
      description: 'current · running 2 hours ago · production · Next.js - SSR · auto-build on',
      contextValue: 'hostingBranch.repo.stack',
      collapse: 'expanded',
    });
    const children = rows(state, branchRow);
    expect(children.map((row) => [row.kind, row.label])).toEqual([
      ['branch-url', 'https://main.d1app.amplifyapp.com'],
      ['backend', 'Backend stack amplify-d1app-main-branch-0123456789'],
      ['job', '#2 Add the *todo* list [page](https://evil.example)'],
      ['job', '#1 Add the *todo* list [page](https://evil.example)'],
      ['more-jobs', 'Show older jobs…'],
    ]);
    expect(children[2]).toMatchObject({
      description: 'running · a1b2c3d · redeploy · 2 hours ago · 2 h 0 min',
      contextValue: 'hostingJob.active',
      icon: { id: 'sync~spin' },
      collapse: 'expanded',
    });
    expect(children[3]).toMatchObject({
      description: 'failed · a1b2c3d · git push · 2 hours ago · 3 min 12 s',
      contextValue: 'hostingJob.failed.retryable',
    });
    // Markdown from a commit message is shown, not followed.
    expect(children[3]!.tooltip).toContain('Add the \\*todo\\* list \\[page\\]\\(https://evil\\.example\\)');
  });

  it("shows a running job's steps, and a manual app's branches without redeploy or retry", () => {
    const dev: BranchState = {
      branch: branch('dev', {
        backendEnvironmentArn: 'arn:aws:amplify:eu-west-1:123456789012:apps/d2/backendenvironments/dev',
        framework: 'Web',
      }),
      isCurrent: false,
      jobs: [job('4', { jobType: 'MANUAL', commitId: 'HEAD', commitMessage: '', status: 'FAILED', branchName: 'dev' })],
      details: {
        '4': {
          summary: job('4', { branchName: 'dev' }),
          steps: [
            {
              name: 'DEPLOY',
              status: 'FAILED',
              startTime: new Date(NOW.getTime() - 60_000),
              endTime: new Date(NOW.getTime() - 30_000),
              statusReason: 'Build failed',
            },
          ],
        },
      },
    };
    const state = project([dev], { app: { ...app, repository: undefined }, generation: 1 });
    const [appRow] = rows(state);
    const [branchRow] = rows(state, appRow);
    expect(branchRow).toMatchObject({
      contextValue: 'hostingBranch.manual',
      description: 'failed 2 hours ago · production · Web · manual deploys',
    });
    const children = rows(state, branchRow);
    expect(children.map((row) => row.label)).toEqual(['https://dev.d1app.amplifyapp.com', 'Backend environment dev', '#4 Manual deploy']);
    expect(children[2]).toMatchObject({ contextValue: 'hostingJob.failed', description: 'failed · manual deploy · 2 hours ago · 3 min 12 s' });
    expect(rows(state, children[2])).toEqual([
      expect.objectContaining({
        kind: 'step',
        label: 'DEPLOY',
        description: 'failed · 30 s · Build failed',
        command: expect.objectContaining({ command: 'amplifyLens.hosting.showStepLog', arguments: ['/w/gen2-todo', 'dev', '4', 'DEPLOY'] }),
      }),
    ]);
  });

  it('offers the choice when several apps match, and says what went wrong otherwise', () => {
    const candidates = [
      { app, source: { kind: 'git-remote' as const, remote: 'origin' } },
      { app: { ...app, appId: 'd4fork', name: 'fork' }, source: { kind: 'git-remote' as const, remote: 'origin' } },
    ];
    expect(rows(project([], { app: undefined, candidates })).map((row) => [row.kind, row.label])).toEqual([
      ['message', 'Several Amplify apps match this project: choose one'],
      ['candidate', 'gen2-todo'],
      ['candidate', 'fork'],
    ]);
    const problem = rows(
      project([], {
        app: undefined,
        problem: {
          kind: 'access-denied',
          message: 'Access denied: may not call amplify:GetApp',
          action: { title: 'Choose AWS profile', command: 'amplifyLens.selectProfile' },
        },
      }),
    );
    expect(problem).toEqual([
      expect.objectContaining({
        kind: 'message',
        label: 'Access denied: may not call amplify:GetApp',
        command: expect.objectContaining({ command: 'amplifyLens.selectProfile' }),
      }),
    ]);
  });

  it('gives no URL row to a branch whose name or domain is not what Amplify makes', () => {
    const odd: BranchState = { branch: branch('x', { displayName: 'evil.example/#' }), isCurrent: false, jobs: [], details: {} };
    const state = project([odd]);
    const [appRow] = rows(state);
    const [branchRow] = rows(state, appRow);
    expect(rows(state, branchRow).map((row) => row.kind)).toEqual(['message']);
  });
});
