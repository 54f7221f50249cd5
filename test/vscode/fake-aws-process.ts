/**
 * The fake CloudFormation the extension talks to inside code-server: seeded with the stacks of
 * the Gen 1 example's `dev` env, it prints `{ endpoint, region, rootStackName }` as one JSON line
 * and serves until killed. Bundled and started by run-vscode-suite.mjs.
 */
import { gen1Seed } from '../fake-aws/seeds';
import { startFakeAws } from '../fake-aws/start-fake-aws';

async function main(): Promise<void> {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], api: 'blog', auth: 'blogauth', functions: ['summarizePost'], storage: false });
  const fake = await startFakeAws(seed.state);
  const [dev] = seed.envs;
  console.log(JSON.stringify({ endpoint: fake.endpoint, region: seed.state.region, rootStackName: dev.rootStackName, rootStackId: dev.rootStackId }));
  const stop = () => void fake.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
