/**
 * Amplify Hosting apps as projects leave them: a Gen 1 app whose branches are its envs, deployed
 * by `amplify publish` (MANUAL jobs, no repository), and a Gen 2 app connected to a repository
 * whose branches build on every push (WEB_HOOK jobs running `ampx pipeline-deploy`, each branch
 * with its backend stack). Histories end an hour before the state's clock; the newest job of each
 * branch succeeded, one earlier job failed. Deterministic: the same seed gives the same ids.
 */
import { DeterministicIds } from '../fake-ids';
import { FakeHostingState } from './fake-hosting-state';
import type { FakeApp, FakeBranch } from './hosting-model';

const MESSAGES = [
  'Add the todo list page',
  'Fix the header on small screens',
  'Owner-based authorization for todos',
  'Bump aws-amplify to 6.6.0',
  'Show a spinner while loading',
  'Rename sayHello to greet',
  'Paginate the todo list',
  'Merge pull request #42 from feature/comments',
];

export interface Gen1HostingSeedOptions {
  state?: FakeHostingState;
  appId: string;
  appName: string;
  /** One branch per env, each with its backend environment. */
  envs: string[];
  jobsPerBranch?: number;
}

export interface Gen2HostingSeedOptions {
  state?: FakeHostingState;
  appId: string;
  appName: string;
  repository: string;
  /** Branch name and, for branches with a backend, the ARN of their stack. */
  branches: { name: string; stage?: FakeBranch['stage']; backendStackArn?: string }[];
  jobsPerBranch?: number;
}

export interface HostingSeed {
  state: FakeHostingState;
  app: FakeApp;
}

export function gen1HostingSeed(options: Gen1HostingSeedOptions): HostingSeed {
  const state = options.state ?? new FakeHostingState();
  const ids = new DeterministicIds(`hosting-${options.appId}`);
  const app = state.addApp({
    appId: options.appId,
    name: options.appName,
    buildKind: 'gen1-manual',
    productionBranch: options.envs[0],
    createTime: history(state, 0),
  });
  for (const env of options.envs) {
    state.addBranch(app.appId, {
      branchName: env,
      stage: env === options.envs[0] ? 'PRODUCTION' : 'DEVELOPMENT',
      framework: 'Web',
      enableAutoBuild: false,
      backendEnvironmentArn: `${state.appArn(app.appId)}/backendenvironments/${env}`,
      headCommit: { id: 'HEAD', message: '' },
      createTime: history(state, 0),
    });
    addHistory(state, app, env, options.jobsPerBranch ?? 4, ids, 'MANUAL');
  }
  return { state, app };
}

export function gen2HostingSeed(options: Gen2HostingSeedOptions): HostingSeed {
  const state = options.state ?? new FakeHostingState();
  const ids = new DeterministicIds(`hosting-${options.appId}`);
  const app = state.addApp({
    appId: options.appId,
    name: options.appName,
    buildKind: 'gen2',
    repository: options.repository,
    productionBranch: options.branches[0]?.name,
    createTime: history(state, 0),
  });
  for (const [index, branch] of options.branches.entries()) {
    state.addBranch(app.appId, {
      branchName: branch.name,
      stage: branch.stage ?? (index === 0 ? 'PRODUCTION' : 'DEVELOPMENT'),
      backendStackArn: branch.backendStackArn,
      headCommit: { id: ids.hex(40), message: MESSAGES[index % MESSAGES.length]! },
      createTime: history(state, 0),
    });
    addHistory(state, app, branch.name, options.jobsPerBranch ?? 4, ids, 'WEB_HOOK');
  }
  return { state, app };
}

/** An app with many branches of long histories, for the benchmark: `branches` × `jobsPerBranch`. */
export function manyBranchesSeed(options: {
  state?: FakeHostingState;
  appId: string;
  repository: string;
  branches: number;
  jobsPerBranch: number;
}): HostingSeed {
  const names = Array.from({ length: options.branches }, (_, index) => (index === 0 ? 'main' : `feature/ticket-${1000 + index}`));
  return gen2HostingSeed({
    state: options.state,
    appId: options.appId,
    appName: 'busy-app',
    repository: options.repository,
    branches: names.map((name) => ({ name })),
    jobsPerBranch: options.jobsPerBranch,
  });
}

function addHistory(
  state: FakeHostingState,
  app: FakeApp,
  branchName: string,
  count: number,
  ids: DeterministicIds,
  jobType: 'MANUAL' | 'WEB_HOOK',
): void {
  const branch = state.branch(app.appId, branchName);
  for (let index = 0; index < count; index++) {
    const newest = index === count - 1;
    const manual = jobType === 'MANUAL';
    state.addJob(app.appId, branchName, {
      jobType,
      commitId: manual ? 'HEAD' : newest ? branch.headCommit.id : ids.hex(40),
      commitMessage: manual ? '' : newest ? branch.headCommit.message : MESSAGES[(index + 3) % MESSAGES.length],
      // Six hours apart, the newest an hour ago.
      createdAt: history(state, count - 1 - index),
      outcome: index === count - 2 ? { result: 'FAILED', failIn: manual ? 'deploy' : 'frontend' } : { result: 'SUCCEED' },
    });
  }
}

/** `stepsBack` six-hour steps before an hour ago. */
function history(state: FakeHostingState, stepsBack: number): number {
  return state.now() - 3_600_000 - stepsBack * 6 * 3_600_000;
}
