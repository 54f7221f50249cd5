import { afterEach, describe, expect, it } from 'vitest';
import { DeployScenarioRun, deployScenarioSteps, FakeCloudFormationState, gen2Seed } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { BranchStackTimeline } from './branch-stack-timeline';

let running: FakeAwsGateway | undefined;
let timeline: BranchStackTimeline | undefined;
afterEach(async () => {
  timeline?.dispose();
  await running?.stop();
  running = timeline = undefined;
});

async function setUp() {
  const state = new FakeCloudFormationState();
  const seed = gen2Seed({ appName: 'gen2-todo', branches: [{ appId: 'd1app', branch: 'main' }], state });
  running = await startFakeAwsGateway(state);
  const branch = seed.branches[0]!;
  const open = (buildStartedAt: Date, buildActive: boolean) => {
    timeline = new BranchStackTimeline({
      reader: running!.gateway,
      appId: 'd1app',
      branchName: 'main',
      stackName: branch.stackName,
      stackArn: branch.stackId,
      jobId: '7',
      buildStartedAt,
      buildActive,
      activeIntervalMs: 30,
      quietIntervalMs: 60,
    });
    return timeline;
  };
  return { state, branch, open };
}

describe("a Gen 2 build's backend deploy as a timeline", () => {
  it('shows the branch stack update the build made, nested stacks included, and its outcome', async () => {
    const { state, branch, open } = await setUp();
    const startedAt = new Date(Date.now() - 1_000);
    for (const step of deployScenarioSteps(state, branch.stackId, 'success')) step(state);
    const source = open(startedAt, false);
    await source.start();
    const snapshot = source.snapshot();
    expect([snapshot.phase, snapshot.envName, snapshot.command]).toEqual([
      'succeeded',
      'main (Amplify build #7)',
      'npx ampx pipeline-deploy --branch main --app-id d1app',
    ]);
    expect(snapshot.stacks.map((stack) => stack.depth)).toContain(1);
    expect(source.isRunning()).toBe(false);
  });

  it("shows the stack's latest operation when the build changed nothing in it", async () => {
    const { open } = await setUp();
    const source = open(new Date(), false);
    await source.start();
    expect(source.snapshot().phase).toBe('succeeded');
    expect(source.snapshot().stacks[0]!.changes.map((change) => change.status)).toEqual(['CREATE_IN_PROGRESS', 'CREATE_COMPLETE']);
  });

  it('waits for a running build to reach its backend deploy, and follows it to a rollback', async () => {
    const { state, branch, open } = await setUp();
    const source = open(new Date(Date.now() - 1_000), true);
    await source.start();
    expect(source.snapshot().phase).toBe('starting');
    const run = new DeployScenarioRun('r', branch.stackName, state, deployScenarioSteps(state, branch.stackId, 'rollback'), 10).start();
    await run.finished();
    await expect.poll(() => source.snapshot().phase, { timeout: 10_000 }).toBe('rolled-back');
  });
});
