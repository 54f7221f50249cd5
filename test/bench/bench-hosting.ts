/**
 * The Hosting view over an app of 100 branches × 50 builds, through the real SDK client against
 * the fake Amplify Hosting: (a) the first render — find the app from the git remote, list its
 * branches, read the current branch's newest builds, build every row; (b) every branch opened,
 * each reading its newest builds. Reference, measured in the same run: the bare SDK paging the
 * same data — every branch and every build of each — the least a view of all of it must do.
 * Prints one JSON line.
 */
import { AmplifyClient, ListJobsCommand, paginateListBranches } from '@aws-sdk/client-amplify';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AmplifyHostingGatewayPool } from '../../client/src/aws/amplify-hosting-gateway-pool';
import { mapWithConcurrency } from '../../client/src/aws/bounded-parallel';
import { CloudFormationGatewayPool } from '../../client/src/aws/cloudformation-gateway-pool';
import { hostingChildNodes, type HostingViewNode } from '../../client/src/hosting/hosting-nodes';
import { HostingService } from '../../client/src/hosting/hosting-service';
import { FakeCloudFormationState, FakeHostingState, manyBranchesSeed, startFakeAws } from '../fake-aws';
import { percentile } from './timing';

const BRANCHES = Number(process.argv[2] ?? 100);
const JOBS = 50;
const RUNS = 7;
const REPOSITORY = 'https://github.com/example/busy-app';

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'lens-bench-hosting-'));
  writeFileSync(join(home, 'config'), '');
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: 'AKIDLENSBENCH',
    AWS_SECRET_ACCESS_KEY: 'lens-bench-secret',
  });
  const hosting = new FakeHostingState();
  manyBranchesSeed({ state: hosting, appId: 'd1busyapp', repository: REPOSITORY, branches: BRANCHES, jobsPerBranch: JOBS });
  const fake = await startFakeAws(new FakeCloudFormationState(), { hosting });
  const region = hosting.region;
  const projectRoot = join(home, 'busy-app');
  cpSync(join(process.cwd(), 'examples/gen2-todo'), projectRoot, { recursive: true });
  mkdirSync(join(projectRoot, '.git/refs/heads'), { recursive: true });
  writeFileSync(join(projectRoot, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(projectRoot, '.git/refs/heads/main'), `${'a'.repeat(40)}\n`);
  writeFileSync(join(projectRoot, '.git/config'), `[remote "origin"]\n\turl = git@github.com:example/busy-app.git\n`);

  const reference: number[] = [];
  const first: number[] = [];
  const opened: number[] = [];
  let rows = 0;
  let jobsPaged = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    let start = performance.now();
    jobsPaged = await pageEverything(fake.hosting!.endpoint, region);
    if (run > 0) reference.push(performance.now() - start);

    const hostingPool = new AmplifyHostingGatewayPool({ endpoint: fake.hosting!.endpoint });
    const stackPool = new CloudFormationGatewayPool({ endpoint: fake.endpoint });
    const service = new HostingService({
      folders: () => [projectRoot],
      selection: () => ({ region }),
      settingAppIds: () => [],
      chosenApps: { get: () => undefined, set: async () => undefined },
      hostingPool: async () => hostingPool,
      stackPool: async () => stackPool,
    });
    start = performance.now();
    await service.refresh('user');
    rows = allRows(service).length;
    if (run > 0) first.push(performance.now() - start);

    start = performance.now();
    const branches = service.snapshots()[0]!.branches.map((state) => state.branch.name);
    await mapWithConcurrency(branches, 4, (branch) => service.expandBranch(projectRoot, branch));
    allRows(service);
    if (run > 0) opened.push(performance.now() - start);
    service.dispose();
    hostingPool.clear();
    stackPool.clear();
  }
  await fake.stop();
  rmSync(home, { recursive: true, force: true });
  const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  console.log(
    JSON.stringify({
      branches: BRANCHES,
      jobsPerBranch: JOBS,
      jobsPaged,
      rows,
      referenceMs: summary(reference),
      firstRenderMs: summary(first),
      allOpenedMs: summary(opened),
    }),
  );
}

/** The bare SDK: every branch, then every build of each, page by page. */
async function pageEverything(endpoint: string, region: string): Promise<number> {
  const client = new AmplifyClient({ endpoint, region, maxAttempts: 1 });
  let jobs = 0;
  const names: string[] = [];
  for await (const page of paginateListBranches({ client, pageSize: 50 }, { appId: 'd1busyapp' }))
    names.push(...(page.branches ?? []).map((branch) => branch.branchName!));
  for (const branchName of names) {
    let nextToken: string | undefined;
    do {
      const page = await client.send(new ListJobsCommand({ appId: 'd1busyapp', branchName, maxResults: 50, nextToken }));
      jobs += page.jobSummaries?.length ?? 0;
      nextToken = page.nextToken;
    } while (nextToken);
  }
  client.destroy();
  return jobs;
}

/** Every row of the tree, as VS Code asks for them when everything is expanded. */
function allRows(service: HostingService): HostingViewNode[] {
  const context = { now: new Date(), loading: false };
  const rows: HostingViewNode[] = [];
  const walk = (parent: HostingViewNode | undefined) => {
    for (const node of hostingChildNodes(service.snapshots(), parent, context)) {
      rows.push(node);
      if (node.collapse !== 'none' && node.kind !== 'job') walk(node);
    }
  };
  walk(undefined);
  return rows;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
