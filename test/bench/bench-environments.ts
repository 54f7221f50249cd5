/**
 * Time to the first render of the Environments tree for a Gen 2 project in an account of 500+
 * stacks, through the real SDK client against the fake CloudFormation: a refresh of the
 * environments service (find the project, page ListStacks, describe the project's stacks) and the
 * tree's nodes for it. Cold = a fresh client and cache each time; cached = the timer's refresh.
 * Reference, measured in the same run: the bare SDK paging ListStacks over the same account, the
 * least any tree of these stacks must do. Prints one JSON line.
 */
import { CloudFormationClient, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFormationGatewayPool } from '../../client/src/aws/cloudformation-gateway-pool';
import { EnvironmentsService } from '../../client/src/environments/environments-service';
import { environmentsChildNodes } from '../../client/src/views/environments-nodes';
import { FakeCloudFormationState, gen2Seed, manyStacksSeed, startFakeAws } from '../fake-aws';
import { percentile } from './timing';

const OTHER_STACKS = Number(process.argv[2] ?? 500);
const RUNS = 7;

async function main(): Promise<void> {
  // No shared config of the machine's user: credentials come from the environment.
  const home = mkdtempSync(join(tmpdir(), 'lens-bench-aws-'));
  writeFileSync(join(home, 'config'), '');
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: 'AKIDLENSBENCH',
    AWS_SECRET_ACCESS_KEY: 'lens-bench-secret',
  });
  const state = new FakeCloudFormationState();
  manyStacksSeed(OTHER_STACKS, { state });
  const users = Array.from({ length: 20 }, (_, i) => `dev${i}`);
  gen2Seed({
    appName: 'gen2-todo',
    sandboxes: users,
    branches: [
      { appId: 'd1ourapp', branch: 'main' },
      { appId: 'd1ourapp', branch: 'staging' },
    ],
    state,
  });
  const fake = await startFakeAws(state);
  // npm run bench runs from the repository's root.
  const projectRoot = join(home, 'gen2-todo');
  cpSync(join(process.cwd(), 'examples/gen2-todo'), projectRoot, { recursive: true });
  const region = state.region;
  const stacks = await listAllStacks(fake.endpoint, region);

  const service = (pool: CloudFormationGatewayPool) =>
    new EnvironmentsService({ folders: () => [projectRoot], selection: () => ({ region }), appIds: () => ['d1ourapp'], pool: async () => pool });
  const render = (environments: EnvironmentsService) => {
    const roots = environmentsChildNodes(environments.snapshots(), undefined, { now: new Date(), pageSize: 50 });
    return roots.length;
  };

  const reference: number[] = [];
  const cold: number[] = [];
  const cached: number[] = [];
  let shown = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    let start = performance.now();
    await listAllStacks(fake.endpoint, region);
    if (run > 0) reference.push(performance.now() - start);

    const pool = new CloudFormationGatewayPool({ endpoint: fake.endpoint });
    const environments = service(pool);
    start = performance.now();
    await environments.refresh('user');
    shown = render(environments);
    if (run > 0) cold.push(performance.now() - start);

    start = performance.now();
    await environments.refresh('interval');
    render(environments);
    if (run > 0) cached.push(performance.now() - start);
    environments.dispose();
    pool.clear();
  }
  await fake.stop();
  rmSync(home, { recursive: true, force: true });
  const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  console.log(
    JSON.stringify({
      stacks,
      environmentsShown: shown,
      referenceMs: summary(reference),
      firstRenderMs: summary(cold),
      cachedRenderMs: summary(cached),
    }),
  );
}

async function listAllStacks(endpoint: string, region: string): Promise<number> {
  const client = new CloudFormationClient({ endpoint, region, maxAttempts: 1 });
  let count = 0;
  let token: string | undefined;
  do {
    const page = await client.send(new ListStacksCommand({ NextToken: token }));
    count += page.StackSummaries?.length ?? 0;
    token = page.NextToken;
  } while (token);
  client.destroy();
  return count;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
