import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed } from '../../../test/fake-aws';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../test-support/fake-aws-gateway';
import { DeployLocks, busyStackReason, envSwitchFor, envSwitchQuestion } from './deploy-safety';

let running: FakeAwsGateway | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('deploy safety', () => {
  it('lets one deploy per env hold the lock until it releases it', () => {
    const locks = new DeployLocks();
    const first = locks.acquire('dev', 'deploy-1');
    expect(locks.acquire('dev', 'deploy-2')).toEqual({ heldBy: 'deploy-1' });
    expect('release' in locks.acquire('prod', 'deploy-3')).toBe(true);
    if ('release' in first) first.release();
    expect(locks.isHeld('dev')).toBe(false);
    expect('release' in locks.acquire('dev', 'deploy-4')).toBe(true);
  });

  it('refuses a push while the root stack is UPDATE_IN_PROGRESS, with the reason, over the real SDK client', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'] });
    const root = seed.envs[0]!.rootStackName;
    running = await startFakeAwsGateway(seed.state);
    expect(await busyStackReason(running.gateway, root)).toBeUndefined();
    expect(await busyStackReason(running.gateway, 'amplify-gen1blog-new-00000')).toBeUndefined();
    seed.state.updateStatus(root, 'UPDATE_IN_PROGRESS');
    running.gateway.invalidate();
    expect(await busyStackReason(running.gateway, root)).toBe(
      `CloudFormation is still working on ${root} (UPDATE_IN_PROGRESS: User Initiated). Wait until it finishes, then deploy again.`,
    );
  });

  it('asks before deploying an env that is not the current one', () => {
    expect(envSwitchFor({ kind: 'gen1-env', name: 'dev', isCurrent: true })).toEqual({ kind: 'none' });
    const checkout = envSwitchFor({ kind: 'gen1-env', name: 'prod', isCurrent: false }, 'dev');
    expect(envSwitchQuestion(checkout)).toBe(
      '"prod" is not the current environment (dev is). Check out prod (amplify env checkout prod) and push to it?',
    );
    expect(envSwitchQuestion(envSwitchFor({ kind: 'gen2-sandbox', name: 'alice', isCurrent: false }))).toMatch(/--identifier alice/);
    expect(envSwitchFor({ kind: 'gen2-branch', name: 'main', isCurrent: false })).toEqual({ kind: 'none' });
  });
});
