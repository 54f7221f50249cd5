/**
 * The fake AWS the extension talks to inside code-server: CloudFormation seeded with the stacks of
 * the Gen 1 example's `dev` env (and the Gen 2 example's branch stack), CloudWatch Logs with the
 * log group of its function, which gets a new invocation's lines every second and a half, as a
 * function in use does, and Amplify Hosting with both examples' apps (builds paced to take about
 * ten seconds). Prints `{ endpoint, logsEndpoint, hostingEndpoint, region, rootStackName,
 * rootStackId, … }` as one JSON line, then one `{ "request": "<service>:<action>" }` line per
 * request it serves (a Restricted Mode test counts them), and serves until killed. Bundled and
 * started by run-vscode-suite.mjs.
 */
import { DeterministicIds } from '../fake-aws/fake-ids';
import { lambdaInvocation, lambdaLogStreamName, logsSeed } from '../fake-aws/logs';
import { FakeHostingState, gen1HostingSeed, gen2HostingSeed } from '../fake-aws/hosting';
import { gen1Seed, gen2Seed } from '../fake-aws/seeds';
import { startFakeAws } from '../fake-aws/start-fake-aws';

const FUNCTION_NAME = 'summarizePost-dev';
/** examples/gen1-blog's team-provider-info.json names this app. */
const GEN1_APP_ID = 'd2x7example9a';
const GEN2_APP_ID = 'd1gen2todo';
/** What the Gen 2 window's git remote says (test/vscode/gen2-window.mjs writes .git/config). */
const GEN2_REPOSITORY = 'https://github.com/example/gen2-todo';

async function main(): Promise<void> {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], api: 'blog', auth: 'blogauth', functions: ['summarizePost'], storage: false });
  const logs = logsSeed({ functions: [FUNCTION_NAME] });
  const backends = gen2Seed({ appName: 'gen2-todo', branches: [{ appId: GEN2_APP_ID, branch: 'main' }], state: seed.state });
  const hosting = new FakeHostingState({ region: seed.state.region });
  gen1HostingSeed({ state: hosting, appId: GEN1_APP_ID, appName: 'gen1blog', envs: ['dev'] });
  gen2HostingSeed({
    state: hosting,
    appId: GEN2_APP_ID,
    appName: 'gen2-todo',
    repository: GEN2_REPOSITORY,
    branches: [{ name: 'main', backendStackArn: backends.branches[0]!.stackId }, { name: 'feature/login' }],
  });
  // A build takes about ten seconds: long enough to watch it move, short enough to wait for.
  hosting.jobTiming = { pendingMs: 1_500, provisioningMs: 1_500, stepMs: 2_000 };
  const fake = await startFakeAws(seed.state, { logs: logs.state, hosting });
  const [dev] = seed.envs;
  reportEach(fake.requests, (request) => `cloudformation:${request.action}`);
  if (fake.logs) reportEach(fake.logs.requests, (request) => `logs:${request.action}`);
  if (fake.hosting) reportEach(fake.hosting.requests, (request) => `amplify:${request.action}`);
  console.log(
    JSON.stringify({
      endpoint: fake.endpoint,
      logsEndpoint: fake.logs?.endpoint,
      hostingEndpoint: fake.hosting?.endpoint,
      region: seed.state.region,
      rootStackName: dev.rootStackName,
      rootStackId: dev.rootStackId,
      gen2AppId: GEN2_APP_ID,
      gen2Repository: GEN2_REPOSITORY,
    }),
  );
  const ids = new DeterministicIds('vscode-suite-invocations');
  const stream = lambdaLogStreamName(Date.now(), ids);
  const invoke = setInterval(() => {
    const invocation = lambdaInvocation({ functionName: FUNCTION_NAME, ids, start: Date.now(), style: 'console' });
    logs.state.putLogEvents(logs.groups[FUNCTION_NAME], stream, invocation.events);
  }, 1500);
  const stop = () => {
    clearInterval(invoke);
    void fake.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Prints a line for every request the fake records from now on. */
function reportEach<T>(requests: T[], name: (request: T) => string): void {
  const record = requests.push.bind(requests);
  requests.push = (...added: T[]) => {
    for (const request of added) console.log(JSON.stringify({ request: name(request) }));
    return record(...added);
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
