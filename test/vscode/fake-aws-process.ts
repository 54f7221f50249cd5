/**
 * The fake AWS the extension talks to inside code-server: CloudFormation seeded with the stacks of
 * the Gen 1 example's `dev` env, and CloudWatch Logs with the log group of its function, which
 * gets a new invocation's lines every second and a half, as a function in use does. Prints
 * `{ endpoint, logsEndpoint, region, rootStackName, rootStackId }` as one JSON line, then one
 * `{ "request": "<service>:<action>" }` line per request it serves (a Restricted Mode test counts
 * them), and serves until killed. Bundled and started by run-vscode-suite.mjs.
 */
import { DeterministicIds } from '../fake-aws/fake-ids';
import { lambdaInvocation, lambdaLogStreamName, logsSeed } from '../fake-aws/logs';
import { gen1Seed } from '../fake-aws/seeds';
import { startFakeAws } from '../fake-aws/start-fake-aws';

const FUNCTION_NAME = 'summarizePost-dev';

async function main(): Promise<void> {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], api: 'blog', auth: 'blogauth', functions: ['summarizePost'], storage: false });
  const logs = logsSeed({ functions: [FUNCTION_NAME] });
  const fake = await startFakeAws(seed.state, { logs: logs.state });
  const [dev] = seed.envs;
  reportEach(fake.requests, (request) => `cloudformation:${request.action}`);
  if (fake.logs) reportEach(fake.logs.requests, (request) => `logs:${request.action}`);
  console.log(
    JSON.stringify({ endpoint: fake.endpoint, logsEndpoint: fake.logs?.endpoint, region: seed.state.region, rootStackName: dev.rootStackName, rootStackId: dev.rootStackId }),
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
