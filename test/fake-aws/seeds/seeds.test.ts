import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  GetTemplateSummaryCommand,
  ListStackResourcesCommand,
  paginateListStacks,
  type Stack,
  type StackSummary,
} from '@aws-sdk/client-cloudformation';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../start-fake-aws';
import { gen1Seed } from './gen1-seed';
import { parseGen2StackName } from './gen2-backend-identifier';
import { gen2Seed } from './gen2-seed';
import { manyStacksSeed } from './many-stacks-seed';

let aws: FakeAws | undefined;
let client: CloudFormationClient | undefined;

async function connect(seed: { state: FakeAws['state'] }): Promise<CloudFormationClient> {
  aws = await startFakeAws(seed.state);
  client = new CloudFormationClient({
    endpoint: aws.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' },
  });
  return client;
}

async function describeStack(cfn: CloudFormationClient, stackName: string): Promise<Stack> {
  const [stack] = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks ?? [];
  return stack;
}

function outputsOf(stack: Stack): Record<string, string> {
  return Object.fromEntries((stack.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
}

afterEach(async () => {
  client?.destroy();
  await aws?.stop();
  aws = undefined;
});

describe('gen1Seed', () => {
  it('names each env root amplify-<project>-<env>-<hex> with Amplify’s user tags', async () => {
    const seed = gen1Seed({ project: 'shop', envs: ['dev', 'prod'] });
    const cfn = await connect(seed);
    expect(seed.envs.map((env) => env.rootStackName)).toEqual([
      expect.stringMatching(/^amplify-shop-dev-[0-9a-f]{5}$/),
      expect.stringMatching(/^amplify-shop-prod-[0-9a-f]{5}$/),
    ]);
    const root = await describeStack(cfn, seed.envs[1].rootStackName);
    expect(root.Tags).toEqual([
      { Key: 'user:Stack', Value: 'prod' },
      { Key: 'user:Application', Value: 'shop' },
    ]);
    expect(outputsOf(root)).toMatchObject({
      StackName: root.StackName,
      StackId: root.StackId,
      DeploymentBucketName: `${root.StackName}-deployment`,
    });
    expect(root.StackStatus).toBe('UPDATE_COMPLETE');
  });

  it('nests one stack per category as <root>-<category><resource>-<SUFFIX>, with the outputs the CLI reads', async () => {
    const seed = gen1Seed({ project: 'shop', envs: ['dev'], api: 'shopapi', auth: 'shopauth', functions: ['resize'], storage: 'images' });
    const cfn = await connect(seed);
    const { rootStackName, rootStackId, nestedStackNames } = seed.envs[0];
    expect(Object.keys(nestedStackNames)).toEqual(['authshopauth', 'apishopapi', 'Todo', 'functionresize', 'storageimages']);
    expect(nestedStackNames.apishopapi).toMatch(new RegExp(`^${rootStackName}-apishopapi-[A-Z0-9]{12}$`));

    const api = await describeStack(cfn, nestedStackNames.apishopapi);
    expect(api).toMatchObject({ ParentId: rootStackId, RootId: rootStackId });
    expect(outputsOf(api)).toMatchObject({
      GraphQLAPIIdOutput: expect.stringMatching(/^[a-z0-9]{26}$/),
      GraphQLAPIEndpointOutput: expect.stringMatching(/^https:\/\/[a-z0-9]{26}\.appsync-api\.eu-west-1\.amazonaws\.com\/graphql$/),
      GraphQLAPIKeyOutput: expect.stringMatching(/^da2-/),
    });
    const model = await describeStack(cfn, nestedStackNames.Todo);
    expect(model).toMatchObject({ ParentId: api.StackId, RootId: rootStackId });
    expect(outputsOf(await describeStack(cfn, nestedStackNames.authshopauth)).UserPoolId).toMatch(/^eu-west-1_[A-Za-z0-9]{9}$/);
    expect(outputsOf(await describeStack(cfn, nestedStackNames.functionresize))).toMatchObject({
      Name: 'resize-dev',
      Arn: 'arn:aws:lambda:eu-west-1:123456789012:function:resize-dev',
    });
    expect(outputsOf(await describeStack(cfn, nestedStackNames.storageimages)).BucketName).toMatch(/^images[0-9a-f]{6}-dev$/);
    const rootResources = (await cfn.send(new ListStackResourcesCommand({ StackName: rootStackName }))).StackResourceSummaries ?? [];
    expect(rootResources.filter((r) => r.ResourceType === 'AWS::CloudFormation::Stack').map((r) => r.LogicalResourceId)).toEqual([
      'authshopauth',
      'apishopapi',
      'functionresize',
      'storageimages',
    ]);
  });

  it('records init and a push as stack events, newest first', async () => {
    const seed = gen1Seed({ project: 'shop', envs: ['dev'] });
    const cfn = await connect(seed);
    const events = (await cfn.send(new DescribeStackEventsCommand({ StackName: seed.envs[0].rootStackName }))).StackEvents ?? [];
    const line = (i: number) =>
      `${events[i].LogicalResourceId} ${events[i].ResourceStatus}${events[i].ResourceStatusReason ? ` ${events[i].ResourceStatusReason}` : ''}`;
    const rootName = seed.envs[0].rootStackName;
    expect(line(0)).toBe(`${rootName} UPDATE_COMPLETE`);
    expect(line(1)).toBe(`${rootName} UPDATE_COMPLETE_CLEANUP_IN_PROGRESS`);
    const oldest = events.length - 1;
    expect(line(oldest)).toBe(`${rootName} CREATE_IN_PROGRESS User Initiated`);
    expect(events.map((_, i) => line(i))).toContain(`${rootName} UPDATE_IN_PROGRESS User Initiated`);
    expect(events.some((event) => event.LogicalResourceId?.startsWith('api') && event.ResourceStatus === 'CREATE_COMPLETE')).toBe(true);
  });
});

describe('gen2Seed', () => {
  const seedOptions = { appName: 'my-notes-app', sandboxes: ['alice', 'bob'], branches: [{ appId: 'd1a2b3c4d5e6f7', branch: 'main' }] };

  it('names sandbox and branch stacks like amplify-backend, and the names parse back to their parts', async () => {
    const seed = gen2Seed(seedOptions);
    expect(seed.sandboxes[0].stackName).toMatch(/^amplify-mynotesapp-alice-sandbox-[0-9a-f]{10}$/);
    expect(seed.branches[0].stackName).toMatch(/^amplify-d1a2b3c4d5e6f7-main-branch-[0-9a-f]{10}$/);
    for (const backend of [...seed.sandboxes, ...seed.branches]) {
      expect(parseGen2StackName(backend.stackName)).toEqual({
        ...backend.identifier,
        namespace: backend.identifier.namespace.replace(/-/g, ''),
      });
    }
    const cfn = await connect(seed);
    const summaries: StackSummary[] = [];
    for await (const page of paginateListStacks({ client: cfn }, {})) summaries.push(...(page.StackSummaries ?? []));
    const roots = summaries.filter((summary) => !summary.ParentId).map((summary) => parseGen2StackName(summary.StackName ?? ''));
    expect(roots.map((id) => `${id?.name}:${id?.type}`).sort()).toEqual(['alice:sandbox', 'bob:sandbox', 'main:branch']);
  });

  it('tags root stacks as the main stack creator does', async () => {
    const seed = gen2Seed(seedOptions);
    const cfn = await connect(seed);
    expect((await describeStack(cfn, seed.sandboxes[0].stackName)).Tags).toEqual([
      { Key: 'created-by', Value: 'amplify' },
      { Key: 'amplify:deployment-type', Value: 'sandbox' },
    ]);
    expect((await describeStack(cfn, seed.branches[0].stackName)).Tags).toEqual([
      { Key: 'created-by', Value: 'amplify' },
      { Key: 'amplify:app-id', Value: 'd1a2b3c4d5e6f7' },
      { Key: 'amplify:branch-name', Value: 'main' },
      { Key: 'amplify:deployment-type', Value: 'branch' },
    ]);
  });

  it('stores backend outputs as Outputs indexed by AWS::Amplify::* template Metadata, as ampx reads them', async () => {
    const seed = gen2Seed({ ...seedOptions, functions: ['sayHello', 'resizeImage'] });
    const cfn = await connect(seed);
    const backend = seed.sandboxes[1];
    const summary = await cfn.send(new GetTemplateSummaryCommand({ StackName: backend.stackName }));
    const metadata = JSON.parse(summary.Metadata ?? '{}') as Record<string, { version: string; stackOutputs: string[] }>;
    expect(Object.keys(metadata)).toEqual(['AWS::Amplify::Platform', 'AWS::Amplify::Auth', 'AWS::Amplify::GraphQL', 'AWS::Amplify::Function']);
    const outputs = outputsOf(await describeStack(cfn, backend.stackName));
    for (const entry of Object.values(metadata)) {
      expect(entry.version).toBe('1');
      for (const key of entry.stackOutputs) expect(outputs[key], key).toBeDefined();
    }
    expect(outputs.awsAppsyncApiEndpoint).toBe(backend.apiEndpoint);
    expect(outputs.deploymentType).toBe('sandbox');
    expect(JSON.parse(outputs.definedFunctions)).toEqual(backend.functionNames);
    expect(backend.functionNames.every((name) => name.length <= 64)).toBe(true);
  });

  it('nests auth, data and function stacks under the root, and a model stack under data', async () => {
    const seed = gen2Seed(seedOptions);
    const cfn = await connect(seed);
    const backend = seed.branches[0];
    expect(backend.nestedStackNames.auth).toMatch(new RegExp(`^${backend.stackName}-auth179371D7-[A-Z0-9]{12}$`));
    const data = await describeStack(cfn, backend.nestedStackNames.data);
    expect(data).toMatchObject({ ParentId: backend.stackId, RootId: backend.stackId, StackStatus: 'CREATE_COMPLETE' });
    expect(data.Tags).toContainEqual({ Key: 'amplify:app-id', Value: 'd1a2b3c4d5e6f7' });
    const all = seed.state.allStacks.filter((stack) => stack.rootId === backend.stackId);
    expect(all.map((stack) => stack.name.slice(backend.stackName.length + 1).split('-')[0])).toEqual([
      'auth179371D7',
      'data7552DF31',
      'data7552DF31',
      'function1351588B',
    ]);
    const fnResources =
      (await cfn.send(new ListStackResourcesCommand({ StackName: backend.nestedStackNames.function }))).StackResourceSummaries ?? [];
    expect(fnResources.filter((r) => r.ResourceType === 'AWS::Lambda::Function').map((r) => r.PhysicalResourceId)).toEqual(
      backend.functionNames,
    );
  });
});

describe('manyStacksSeed', () => {
  it('makes exactly n stacks, mixed Amplify and non-Amplify, that ListStacks pages through', async () => {
    const seed = manyStacksSeed(500);
    expect(seed.amplifyStackNames).toHaveLength(250);
    expect(seed.otherStackNames).toHaveLength(250);
    expect(new Set([...seed.amplifyStackNames, ...seed.otherStackNames]).size).toBe(500);
    const cfn = await connect(seed);
    const pages = [];
    for await (const page of paginateListStacks({ client: cfn }, {})) pages.push(page.StackSummaries ?? []);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 100, 100, 100]);
    const statuses = new Set(pages.flat().map((summary) => summary.StackStatus));
    expect([...statuses].sort()).toEqual(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_IN_PROGRESS', 'UPDATE_ROLLBACK_COMPLETE']);
  });

  it('is the same on every run', () => {
    expect(manyStacksSeed(20).amplifyStackNames).toEqual(manyStacksSeed(20).amplifyStackNames);
  });
});
