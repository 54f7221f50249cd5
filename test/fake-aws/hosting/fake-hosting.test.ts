import { afterEach, describe, expect, it } from 'vitest';
import { FakeHostingState } from './fake-hosting-state';
import { gen2HostingSeed } from './hosting-seed';
import { jobView, renderLogText } from './job-timeline';
import { startFakeHosting, type FakeHosting } from './start-fake-hosting';

let fake: FakeHosting | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

const SIGNED = { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240514/eu-west-1/amplify/aws4_request, SignedHeaders=host, Signature=abc' };

function seeded(now: () => number) {
  const state = new FakeHostingState({ clock: now });
  gen2HostingSeed({ state, appId: 'd1app', appName: 'todo', repository: 'https://github.com/example/todo', branches: [{ name: 'main' }] });
  return state;
}

describe('the fake Amplify Hosting', () => {
  it('moves a job through its plan as the clock moves', () => {
    let now = 1_000_000;
    const state = seeded(() => now);
    const job = state.startJob('d1app', 'main', { jobType: 'RELEASE' });
    const at = (ms: number) => jobView(job, ms);
    expect(at(now).status).toBe('PENDING');
    expect(at(now + 300).status).toBe('PROVISIONING');
    expect(at(now + 600).steps.map((step) => `${step.name}:${step.status}`)).toEqual(['BUILD:RUNNING']);
    expect(at(now + 600 + 1_800).steps.map((step) => `${step.name}:${step.status}`)).toEqual(['BUILD:SUCCEED', 'DEPLOY:RUNNING']);
    expect(at(now + 60_000)).toMatchObject({ status: 'SUCCEED', endTime: now + 600 + 1_800 + 600 + 300 });
    now += 700;
    job.stoppedAt = now;
    expect(jobView(job, now + 100).status).toBe('CANCELLING');
    expect(jobView(job, now + 1_000)).toMatchObject({ status: 'CANCELLED', steps: [{ name: 'BUILD', status: 'CANCELLED' }] });
  });

  it("writes the build image's record format: a time and level per record, continuation lines under it", () => {
    const now = Date.UTC(2024, 4, 14, 12);
    const state = seeded(() => now);
    const text = renderLogText(state.branch('d1app', 'main').jobs.at(-1)!, 'BUILD', now);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^2024-05-14T\d\d:\d\d:\d\d\.\d{3}Z \[INFO\]: # Cloning repository: git@github\.com:example\/todo\.git$/);
    expect(lines).toContainEqual(expect.stringMatching(/Z \[WARNING\]: ! Unable to write cache/));
    const backend = lines.findIndex((line) => line.endsWith('[INFO]: ## Starting Backend Build'));
    expect(lines[backend + 1]).toBe(`${' '.repeat(33)}# Starting phase: build`);
  });

  it('answers errors the restJson1 way and refuses unsigned requests', async () => {
    fake = await startFakeHosting(seeded(Date.now));
    const missing = await fetch(`${fake.endpoint}/apps/d0nope`, { headers: SIGNED });
    expect([missing.status, missing.headers.get('x-amzn-errortype'), await missing.json()]).toEqual([
      404,
      'NotFoundException',
      { message: 'App d0nope not found.' },
    ]);
    const unsigned = await fetch(`${fake.endpoint}/apps`);
    expect([unsigned.status, unsigned.headers.get('x-amzn-errortype')]).toEqual([403, 'MissingAuthenticationTokenException']);
    const tooMany = await fetch(`${fake.endpoint}/apps/d1app/branches?maxResults=500`, { headers: SIGNED });
    expect([tooMany.status, tooMany.headers.get('x-amzn-errortype')]).toEqual([400, 'BadRequestException']);
  });

  it('serves step logs by range, and refuses a tampered or expired URL as S3 does', async () => {
    let now = Date.now();
    const state = seeded(() => now);
    fake = await startFakeHosting(state);
    const answer = await fetch(`${fake.endpoint}/apps/d1app/branches/main/jobs/4`, { headers: SIGNED });
    const { job } = (await answer.json()) as { job: { steps: { stepName: string; logUrl: string }[] } };
    const url = job.steps[0]!.logUrl;
    expect(url).toMatch(
      /\/__logs\/d1app\/main\/0000000004\/BUILD\/log\.txt\?X-Amz-Algorithm=AWS4-HMAC-SHA256&.*X-Amz-Expires=900&.*X-Amz-Signature=[0-9a-f]{64}$/,
    );
    const whole = await (await fetch(url)).text();
    const part = await fetch(url, { headers: { Range: 'bytes=100-' } });
    expect([part.status, await part.text()]).toEqual([206, whole.slice(100)]);
    expect((await fetch(url, { headers: { Range: `bytes=${Buffer.byteLength(whole)}-` } })).status).toBe(416);
    const tampered = await fetch(url.replace('/BUILD/', '/DEPLOY/'));
    expect([tampered.status, await tampered.text()]).toEqual([403, expect.stringContaining('<Code>SignatureDoesNotMatch</Code>')]);
    now += 901_000;
    const expired = await fetch(url);
    expect([expired.status, await expired.text()]).toEqual([
      403,
      expect.stringMatching(/<Code>AccessDenied<\/Code><Message>Request has expired<\/Message><X-Amz-Expires>900<\/X-Amz-Expires>/),
    ]);
  });

  it('takes queued outcomes through its control route', async () => {
    const state = seeded(Date.now);
    fake = await startFakeHosting(state);
    const queued = await fetch(`${fake.endpoint}/__lens/hosting/outcomes`, {
      method: 'POST',
      body: JSON.stringify({ appId: 'd1app', branchName: 'main', outcomes: [{ result: 'FAILED', failIn: 'backend' }] }),
    });
    expect(await queued.json()).toEqual({ queued: 1 });
    const job = state.startJob('d1app', 'main', { jobType: 'RELEASE' });
    expect(job.plan.failAt).toBe('BUILD');
    expect(job.logs.BUILD!.map((line) => line.text)).toContainEqual(expect.stringContaining('[CloudformationStackUpdateFailed]'));
  });
});
