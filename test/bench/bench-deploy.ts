/**
 * Following a 300-resource deploy, as a user's extension host would: the fake AWS runs in a child
 * process (so its CPU is not counted) and plays the deploy in real time; this process follows it
 * through the real SDK client with the production intervals.
 *  (a) delay from an event being written in the fake AWS to it being in the timeline snapshot,
 *      p50/p95, against the follower's poll interval (the reference: a poll sees on average half an
 *      interval's worth of waiting, so p50 ≈ 0.5× and p95 ≈ 1× of it is the floor);
 *  (b) CPU time of follower + timeline model (+ a snapshot per 100 ms, as the panel asks), as a
 *      ratio against bare SDK polling of the same stacks at the same cadence with no model, and
 *      as a percent of one core over the deploy.
 * Usage: node bench-deploy.js [stepMs]; prints one JSON line.
 */
import { fork } from 'node:child_process';
import { CloudFormationGateway } from '../../client/src/aws/cloudformation-gateway';
import type { StackEvent } from '../../client/src/aws/aws-types';
import { DeployTimelineModel } from '../../client/src/deploy/deploy-timeline-model';
import { StackEventsFollower } from '../../client/src/deploy/stack-events-follower';
import { gen1Seed, growBackend, startFakeAws } from '../fake-aws';
import { percentile } from './timing';

const POLL_MS = 1_000;
const SNAPSHOT_MS = 100;
const credentials = async () => ({ accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' });

interface Server {
  endpoint: string;
  region: string;
  root: string;
}

async function serve(): Promise<void> {
  const seed = gen1Seed({ project: 'benchapp', envs: ['dev'] });
  const root = seed.state.getStack(seed.envs[0]!.rootStackName);
  growBackend(seed.state, root, 300);
  const fake = await startFakeAws(seed.state);
  process.send?.({ endpoint: fake.endpoint, region: seed.state.region, root: root.name } satisfies Server);
}

async function startDeploy(server: Server, stepMs: number): Promise<string> {
  const response = await fetch(`${server.endpoint}/__lens/deploys`, {
    method: 'POST',
    body: JSON.stringify({ stack: server.root, scenario: 'success', stepMs }),
  });
  return ((await response.json()) as { id: string }).id;
}

async function waitDone(server: Server, id: string): Promise<void> {
  for (;;) {
    const progress = (await (await fetch(`${server.endpoint}/__lens/deploys/${id}?after=1000000`)).json()) as { done: boolean };
    if (progress.done) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Follower + model; answers event delays and CPU. */
async function followWithLens(server: Server, gateway: CloudFormationGateway, stepMs: number) {
  const startedAt = Date.now();
  const model = new DeployTimelineModel({
    deployId: 'bench',
    envName: 'dev',
    command: 'amplify push --yes',
    startedAt,
    rootStackName: server.root,
  });
  const delays: number[] = [];
  let lastSnapshot = 0;
  const follower = new StackEventsFollower({
    reader: gateway,
    stacks: () => model.activeStackIds(),
    onEvents: (events) => {
      const now = Date.now();
      model.ingest(events);
      for (const event of events) delays.push(now - event.timestamp.getTime());
      if (now - lastSnapshot >= SNAPSHOT_MS) {
        lastSnapshot = now;
        model.snapshot();
      }
    },
    since: new Date(startedAt),
    activeIntervalMs: POLL_MS,
  });
  const id = await startDeploy(server, stepMs);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  follower.start();
  await waitDone(server, id);
  await follower.poll();
  follower.stop();
  model.snapshot();
  const used = process.cpuUsage(cpu);
  return {
    delays,
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - wall,
    stacks: model.stackIds(),
    resources: model.snapshot().counts.total ?? 0,
  };
}

/** The reference: the same stacks polled at the same cadence with the bare gateway, nothing built. */
async function followBare(server: Server, gateway: CloudFormationGateway, stacks: { name: string; id: string }[], stepMs: number) {
  const cursors = new Map(stacks.map((stack) => [stack.name, new Date()]));
  const id = await startDeploy(server, stepMs);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  let done = false;
  const finished = waitDone(server, id).then(() => (done = true));
  while (!done) {
    await Promise.all(
      stacks.map(async (stack) => {
        const events: StackEvent[] = await gateway.describeStackEvents(stack.id, { since: cursors.get(stack.name), limit: 2_000 });
        if (events[0]) cursors.set(stack.name, events[0].timestamp);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await finished;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

async function main(): Promise<void> {
  const stepMs = Number(process.argv[2] ?? 10);
  const child = fork(__filename, ['serve'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const server = await new Promise<Server>((resolve) => child.once('message', (message) => resolve(message as Server)));
  const gateway = new CloudFormationGateway({ region: server.region, endpoint: server.endpoint, credentials, maxAttempts: 1 });
  try {
    // The first deploy warms the SDK client, the connections and the JIT for both measured runs.
    const warm = await followWithLens(server, gateway, stepMs);
    const stackIds = warm.stacks.map((stack) => ({ name: stack.name, id: stack.id }));
    const bare = await followBare(server, gateway, stackIds, stepMs);
    const lens = await followWithLens(server, gateway, stepMs);
    const lensCpuPercent = (lens.cpuMs / lens.wallMs) * 100;
    const bareCpuPercent = (bare.cpuMs / bare.wallMs) * 100;
    console.log(
      JSON.stringify({
        resources: lens.resources,
        stacks: stackIds.length,
        events: lens.delays.length,
        pollMs: POLL_MS,
        delayMs: { p50: percentile(lens.delays, 50), p95: percentile(lens.delays, 95) },
        lensCpu: { ms: Math.round(lens.cpuMs), percentOfCore: Math.round(lensCpuPercent * 100) / 100, wallMs: Math.round(lens.wallMs) },
        bareCpu: { ms: Math.round(bare.cpuMs), percentOfCore: Math.round(bareCpuPercent * 100) / 100, wallMs: Math.round(bare.wallMs) },
      }),
    );
  } finally {
    gateway.dispose();
    child.kill();
  }
}

if (process.argv[2] === 'serve') void serve();
else void main();
