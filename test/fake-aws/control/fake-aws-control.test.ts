import { afterEach, describe, expect, it } from 'vitest';
import { gen2Seed } from '../seeds';
import { startFakeAws, type FakeAws } from '../start-fake-aws';
import type { DeployProgress } from './fake-aws-control';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

const post = (body: unknown) => fetch(`${fake!.endpoint}/__lens/deploys`, { method: 'POST', body: JSON.stringify(body) });

describe('fake AWS control routes', () => {
  it('starts a scenario on a Gen 2 backend by identifier, serves its events in order, and refuses a second update meanwhile', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    const started = await post({ backend: { namespace: 'gen2-todo', name: 'lens', type: 'sandbox' }, scenario: 'success', stepMs: 5 });
    const { id, stackName } = (await started.json()) as { id: string; stackName: string };
    expect(stackName).toBe(seed.sandboxes[0]!.stackName);
    const refused = await post({ stack: stackName, scenario: 'success' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toMatch(/is in UPDATE_IN_PROGRESS state and can not be updated\.$/);
    let progress: DeployProgress;
    let after = 0;
    const statuses: string[] = [];
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = (await (await fetch(`${fake.endpoint}/__lens/deploys/${id}?after=${after}`)).json()) as DeployProgress;
      statuses.push(...progress.events.filter((event) => event.logicalId === stackName).map((event) => event.status));
      after = progress.next;
    } while (!progress.done || progress.events.length > 0);
    expect(statuses).toEqual(['UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_COMPLETE']);
    expect(progress.rootStatus).toBe('UPDATE_COMPLETE');
  });

  it('answers unknown scenarios, stacks and routes with errors, and leaves CloudFormation requests alone', async () => {
    fake = await startFakeAws();
    expect((await post({ stack: 'amplify-x', scenario: 'explode' })).status).toBe(400);
    expect((await post({ stack: 'amplify-x', scenario: 'success' })).status).toBe(400);
    expect((await fetch(`${fake.endpoint}/__lens/nothing`)).status).toBe(404);
    expect(fake.requests).toEqual([]);
  });
});
