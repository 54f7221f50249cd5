/**
 * Secret-looking stack outputs, end to end: stacks in the fake CloudFormation, read by the real SDK
 * client through the gateway, loaded as environments, and shown as the Outputs view's rows and the
 * environment overview's message. No row's label, description or tooltip and nothing sent to the
 * panel holds a secret in clear; the view still copies the real value on demand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAwsGateway, type FakeAwsGateway } from '../../client/test-support/fake-aws-gateway';
import { loadEnvironments } from '../../client/src/environments/load-environments';
import { copyExample, type TempProject } from '../../client/test-support/temp-projects';
import { outputsChildNodes, type OutputsViewNode } from '../../client/src/views/outputs-nodes';
import { environmentOverview } from '../../client/src/views/environment-overview-model';
import { gen2Seed } from '../fake-aws';

const SECRETS = {
  githubToken: `ghp_${'Q7w2'.repeat(9)}`,
  slackHook: 'xoxb-2048163264-deadbeefcafe',
  stripeKey: `sk_live_${'4eC3'.repeat(6)}`,
  mapsKey: `AIza${'SyD3'.repeat(8)}x_-`,
  appConfig: JSON.stringify({ endpoint: 'https://example.com', token: 'Zx81kLmQ0pPqRt' }),
};

let running: FakeAwsGateway | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await running?.stop();
  project?.dispose();
  [running, project] = [undefined, undefined];
});

function shownText(nodes: readonly OutputsViewNode[]): string {
  return JSON.stringify(nodes.map((node) => ({ label: node.label, description: node.description, tooltip: node.tooltip })));
}

describe('secret-looking outputs, from CloudFormation to the screen', () => {
  it('are masked in the Outputs view and the overview, and copied in clear only on demand', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['alice'] });
    const root = seed.state.getStack(seed.sandboxes[0]!.stackName);
    // Custom outputs (backend.addOutput, a custom CDK stack) whose names say nothing of a secret.
    root.outputs.push(...Object.entries(SECRETS).map(([key, value]) => ({ key: `custom${key}`, value })));
    root.outputs.push({ key: 'awsAppsyncApiKey', value: 'da2-abcdefghijklmnopqrstuvwxyz' });
    running = await startFakeAwsGateway(seed.state);
    project = copyExample('gen2-todo');
    const snapshot = await loadEnvironments({ root: project.root, generation: 2 }, running.gateway, { currentSandboxIdentifier: 'alice' });
    const alice = snapshot.environments[0]!;
    expect(alice.rawOutputs.map((output) => output.value)).toEqual(expect.arrayContaining(Object.values(SECRETS)));

    const top = outputsChildNodes(alice);
    const group = top.find((node) => node.kind === 'stack-outputs')!;
    const rows = [...top, ...outputsChildNodes(alice, group)];
    const onScreen = shownText(rows);
    for (const secret of [...Object.values(SECRETS), 'da2-abcdefghijklmnopqrstuvwxyz', 'Zx81kLmQ0pPqRt']) expect(onScreen).not.toContain(secret);
    const masked = rows.filter((node) => node.kind === 'output' && node.secret).map((node) => node.label);
    expect(masked).toEqual(expect.arrayContaining(['API key', 'awsAppsyncApiKey', ...Object.keys(SECRETS).map((key) => `custom${key}`)]));
    // Ordinary outputs stay readable.
    expect(onScreen).toContain(seed.sandboxes[0]!.apiEndpoint);
    // The real value is what Copy takes.
    const github = rows.find((node) => node.kind === 'output' && node.label === 'customgithubToken');
    expect(github?.kind === 'output' && github.value).toBe(SECRETS.githubToken);

    const overview = JSON.stringify(environmentOverview({ environment: alice, resources: [], recentEvents: [] }));
    expect(overview).not.toContain('da2-abcdefghijklmnopqrstuvwxyz');
    expect(overview).toContain(seed.sandboxes[0]!.apiEndpoint);
  });
});
