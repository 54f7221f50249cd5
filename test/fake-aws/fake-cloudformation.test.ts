import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  GetTemplateSummaryCommand,
  ListStackResourcesCommand,
  ListStacksCommand,
  StackStatus,
  paginateDescribeStackEvents,
  paginateDescribeStacks,
  paginateListStackResources,
  paginateListStacks,
  type StackEvent,
  type StackSummary,
} from '@aws-sdk/client-cloudformation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STACK_STATUSES } from './cloudformation-model';
import { FakeCloudFormationState } from './fake-cloudformation-state';
import { startFakeAws, type FakeAws } from './start-fake-aws';

const CREDENTIALS = { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' };

let aws: FakeAws;
let client: CloudFormationClient;

function clientFor(endpoint: string, maxAttempts = 3): CloudFormationClient {
  return new CloudFormationClient({ endpoint, region: 'eu-west-1', credentials: CREDENTIALS, maxAttempts });
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/** A root stack with one nested stack that itself nests one more, and a resource in each. */
function seedTree(state: FakeCloudFormationState) {
  const root = state.addStack({
    name: 'shop-prod',
    description: 'the shop',
    tags: { team: 'web', 'user:Stack': 'prod' },
    parameters: { env: 'prod' },
    outputs: { Region: 'eu-west-1' },
    capabilities: ['CAPABILITY_NAMED_IAM'],
    resources: [{ logicalId: 'DeploymentBucket', type: 'AWS::S3::Bucket', physicalId: 'shop-prod-deployment' }],
    templateMetadata: { 'AWS::Amplify::Platform': { version: '1', stackOutputs: ['region'] } },
  });
  const api = state.addStack({
    parent: { stack: root.name, logicalId: 'apishop' },
    outputs: [{ key: 'GraphQLAPIIdOutput', value: 'abc123', description: 'Your GraphQL API ID.' }],
    resources: [{ logicalId: 'GraphQLAPI', type: 'AWS::AppSync::GraphQLApi', physicalId: 'arn:aws:appsync:eu-west-1:123456789012:apis/abc123' }],
  });
  const model = state.addStack({
    parent: { stack: api.name, logicalId: 'Todo' },
    resources: [{ logicalId: 'TodoTable', type: 'AWS::DynamoDB::Table', physicalId: 'Todo-abc123-prod' }],
  });
  return { root, api, model };
}

beforeEach(async () => {
  aws = await startFakeAws();
  client = clientFor(aws.endpoint);
});

afterEach(async () => {
  client.destroy();
  await aws.stop();
});

describe('the wire protocol', () => {
  it('answers the SDK with the Query envelope and records what it was asked', async () => {
    seedTree(aws.state);
    const response = await client.send(new DescribeStacksCommand({ StackName: 'shop-prod' }));
    expect(response.$metadata.httpStatusCode).toBe(200);
    expect(response.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(aws.requests).toEqual([{ action: 'DescribeStacks', params: { StackName: 'shop-prod' }, signedBy: 'AKIDFAKE' }]);
  });

  it('writes XML the way the service does: namespace, result element, <member> lists, ISO timestamps', async () => {
    seedTree(aws.state);
    const raw = await fetch(aws.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDFAKE/20240101/eu-west-1/cloudformation/aws4_request, SignedHeaders=host, Signature=00',
      },
      body: 'Action=ListStacks&Version=2010-05-15&StackStatusFilter.member.1=CREATE_COMPLETE',
    });
    const xml = await raw.text();
    expect(raw.headers.get('content-type')).toBe('text/xml');
    expect(xml).toContain(
      '<ListStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ListStacksResult><StackSummaries><member>',
    );
    expect(xml).toMatch(/<CreationTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/CreationTime>/);
    expect(xml).toMatch(
      /<\/ListStacksResult><ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/ListStacksResponse>$/,
    );
  });

  it('refuses unsigned requests with MissingAuthenticationToken (403)', async () => {
    const raw = await fetch(aws.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListStacks&Version=2010-05-15',
    });
    expect(raw.status).toBe(403);
    const xml = await raw.text();
    expect(xml).toContain(
      '<Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code><Message>Request is missing Authentication Token</Message></Error>',
    );
  });

  it('names unknown actions InvalidAction', async () => {
    await expect(
      fetch(aws.endpoint, {
        method: 'POST',
        headers: { authorization: 'AWS4-HMAC-SHA256 Credential=a, SignedHeaders=host, Signature=b' },
        body: 'Action=CreateStack&Version=2010-05-15',
      }).then((r) => r.text()),
    ).resolves.toContain('<Code>InvalidAction</Code>');
  });

  it('knows exactly the stack statuses the SDK knows', () => {
    expect([...STACK_STATUSES].sort()).toEqual(Object.values(StackStatus).sort());
  });
});

describe('ListStacks', () => {
  it('pages 250 stacks 100 at a time, and the paginator reads them all', async () => {
    for (let i = 0; i < 250; i++) aws.state.addStack({ name: `stack-${i}`, creationTime: new Date(Date.UTC(2024, 0, 1, 0, 0, i)) });
    const pages = await collect(paginateListStacks({ client }, {}));
    expect(pages.map((page) => page.StackSummaries?.length)).toEqual([100, 100, 50]);
    const names = pages.flatMap((page) => page.StackSummaries ?? []).map((summary) => summary.StackName);
    expect(new Set(names).size).toBe(250);
    expect(names[0]).toBe('stack-249');
    expect(aws.requests.map((request) => request.params.NextToken === undefined)).toEqual([true, false, false]);
  });

  it('filters by StackStatusFilter.member.N and shows deleted stacks only when asked', async () => {
    aws.state.addStack({ name: 'live' });
    aws.state.addStack({ name: 'broken', status: 'UPDATE_ROLLBACK_COMPLETE' });
    aws.state.addStack({ name: 'gone' });
    aws.state.deleteStack('gone');
    const statuses = async (filter?: StackStatus[]) =>
      (await client.send(new ListStacksCommand({ StackStatusFilter: filter }))).StackSummaries?.map(
        (summary: StackSummary) => `${summary.StackName}:${summary.StackStatus}`,
      );
    expect(await statuses()).toEqual(['gone:DELETE_COMPLETE', 'broken:UPDATE_ROLLBACK_COMPLETE', 'live:CREATE_COMPLETE']);
    expect(await statuses(['CREATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'])).toEqual(['broken:UPDATE_ROLLBACK_COMPLETE', 'live:CREATE_COMPLETE']);
    const deleted = (await client.send(new ListStacksCommand({ StackStatusFilter: ['DELETE_COMPLETE'] }))).StackSummaries ?? [];
    expect(deleted[0].DeletionTime).toBeInstanceOf(Date);
    expect(aws.requests[1].params).toEqual({
      'StackStatusFilter.member.1': 'CREATE_COMPLETE',
      'StackStatusFilter.member.2': 'UPDATE_ROLLBACK_COMPLETE',
    });
  });

  it('rejects a status the service does not know', async () => {
    await expect(client.send(new ListStacksCommand({ StackStatusFilter: ['DONE' as StackStatus] }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("Value '[DONE]' at 'stackStatusFilter'"),
    });
  });

  it('reports nested stacks with their parent and root', async () => {
    const { root, api, model } = seedTree(aws.state);
    const summaries = (await client.send(new ListStacksCommand({}))).StackSummaries ?? [];
    const byName = new Map(summaries.map((summary) => [summary.StackName, summary]));
    expect(byName.get(root.name)?.ParentId).toBeUndefined();
    expect(byName.get(model.name)).toMatchObject({ ParentId: api.id, RootId: root.id });
  });

  it('refuses a NextToken from another listing', async () => {
    for (let i = 0; i < 101; i++) aws.state.addStack({ name: `s${i}` });
    const first = await client.send(new ListStacksCommand({ StackStatusFilter: ['CREATE_COMPLETE'] }));
    await expect(client.send(new ListStacksCommand({ NextToken: first.NextToken }))).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});

describe('DescribeStacks', () => {
  it('describes a stack by name or by ARN with tags, outputs, parameters and capabilities', async () => {
    const { root } = seedTree(aws.state);
    for (const stackName of [root.name, root.id]) {
      const [stack] = (await client.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks ?? [];
      expect(stack).toMatchObject({
        StackName: 'shop-prod',
        StackId: root.id,
        StackStatus: 'CREATE_COMPLETE',
        Description: 'the shop',
        Tags: [
          { Key: 'team', Value: 'web' },
          { Key: 'user:Stack', Value: 'prod' },
        ],
        Outputs: [{ OutputKey: 'Region', OutputValue: 'eu-west-1' }],
        Parameters: [{ ParameterKey: 'env', ParameterValue: 'prod' }],
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        DisableRollback: false,
        EnableTerminationProtection: false,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      });
      expect(stack.CreationTime).toEqual(root.creationTime);
    }
    expect(root.id).toMatch(/^arn:aws:cloudformation:eu-west-1:123456789012:stack\/shop-prod\/[0-9a-f-]{36}$/);
  });

  it('gives nested stacks their ParentId and RootId and inherited tags', async () => {
    const { root, api, model } = seedTree(aws.state);
    expect(api.name).toMatch(/^shop-prod-apishop-[A-Z0-9]{12}$/);
    const [nested] = (await client.send(new DescribeStacksCommand({ StackName: model.name }))).Stacks ?? [];
    expect(nested).toMatchObject({ ParentId: api.id, RootId: root.id, Tags: [{ Key: 'team' }, { Key: 'user:Stack' }] });
  });

  it('describes every live stack when no name is given, paging past 100', async () => {
    for (let i = 0; i < 130; i++) aws.state.addStack({ name: `stack-${i}` });
    aws.state.deleteStack('stack-7');
    const pages = await collect(paginateDescribeStacks({ client }, {}));
    expect(pages.map((page) => page.Stacks?.length)).toEqual([100, 29]);
  });

  it('forgets a deleted stack by name, like the service, but still describes it by ARN', async () => {
    const gone = aws.state.addStack({ name: 'gone' });
    aws.state.deleteStack('gone');
    await expect(client.send(new DescribeStacksCommand({ StackName: 'gone' }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id gone does not exist',
      $metadata: { httpStatusCode: 400 },
    });
    const [stack] = (await client.send(new DescribeStacksCommand({ StackName: gone.id }))).Stacks ?? [];
    expect(stack).toMatchObject({ StackStatus: 'DELETE_COMPLETE', DeletionTime: expect.any(Date) });
  });

  it('raises the missing-stack error as a CloudFormationServiceException, as amplify-backend matches it', async () => {
    const error = await client.send(new DescribeStacksCommand({ StackName: 'nope' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudFormationServiceException);
    expect((error as Error).message).toMatch(/^Stack with id .* does not exist$/);
  });
});

describe('DescribeStackEvents', () => {
  it('lists events newest first, 100 per page, through the paginator', async () => {
    aws.state.addStack({ name: 'busy', resources: [{ logicalId: 'Fn', type: 'AWS::Lambda::Function', physicalId: 'fn' }] });
    for (let i = 0; i < 120; i++) aws.state.updateResourceStatus('busy', 'Fn', i % 2 ? 'UPDATE_COMPLETE' : 'UPDATE_IN_PROGRESS');
    aws.state.updateStatus('busy', 'UPDATE_COMPLETE');
    const pages = await collect(paginateDescribeStackEvents({ client }, { StackName: 'busy' }));
    expect(pages.map((page) => page.StackEvents?.length)).toEqual([100, 21]);
    const events = pages.flatMap((page) => page.StackEvents ?? []);
    const times = events.map((event: StackEvent) => event.Timestamp?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(events[0]).toMatchObject({
      LogicalResourceId: 'busy',
      ResourceType: 'AWS::CloudFormation::Stack',
      ResourceStatus: 'UPDATE_COMPLETE',
    });
    expect(events[1]).toMatchObject({ LogicalResourceId: 'Fn', PhysicalResourceId: 'fn', ResourceType: 'AWS::Lambda::Function' });
    expect(events[1].EventId).toMatch(/^Fn-UPDATE_COMPLETE-\d{4}-/);
  });

  it('keeps paging steadily while new events arrive between pages', async () => {
    aws.state.addStack({ name: 'live', resources: [{ logicalId: 'Q', type: 'AWS::SQS::Queue', physicalId: 'q' }] });
    for (let i = 0; i < 150; i++) aws.state.updateResourceStatus('live', 'Q', 'UPDATE_COMPLETE');
    const first = await client.send(new DescribeStackEventsCommand({ StackName: 'live' }));
    aws.state.updateStatus('live', 'UPDATE_IN_PROGRESS');
    const second = await client.send(new DescribeStackEventsCommand({ StackName: 'live', NextToken: first.NextToken }));
    const ids = [...(first.StackEvents ?? []), ...(second.StackEvents ?? [])].map((event) => event.EventId);
    expect(ids).toHaveLength(150);
    expect(new Set(ids).size).toBe(150);
  });

  it('words a missing stack as the service does for this action, and requires a StackName', async () => {
    await expect(client.send(new DescribeStackEventsCommand({ StackName: 'nope' }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack [nope] does not exist',
    });
    await expect(client.send(new DescribeStackEventsCommand({} as { StackName: string }))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("at 'stackName' failed to satisfy constraint"),
    });
  });
});

describe('stack resources', () => {
  it('DescribeStackResources describes a stack’s resources, nested stacks as AWS::CloudFormation::Stack', async () => {
    const { root, api } = seedTree(aws.state);
    const resources = (await client.send(new DescribeStackResourcesCommand({ StackName: root.name }))).StackResources ?? [];
    expect(resources.map((resource) => `${resource.LogicalResourceId}:${resource.ResourceType}`)).toEqual([
      'DeploymentBucket:AWS::S3::Bucket',
      'apishop:AWS::CloudFormation::Stack',
    ]);
    expect(resources[1]).toMatchObject({
      PhysicalResourceId: api.id,
      StackName: root.name,
      StackId: root.id,
      ResourceStatus: 'CREATE_COMPLETE',
    });
    expect(resources[1].Timestamp).toBeInstanceOf(Date);
  });

  it('DescribeStackResources finds the owning stack from a physical id, and filters by logical id', async () => {
    const { root, api } = seedTree(aws.state);
    const byPhysical = (await client.send(new DescribeStackResourcesCommand({ PhysicalResourceId: api.id }))).StackResources ?? [];
    expect(byPhysical.map((resource) => resource.StackName)).toEqual([root.name, root.name]);
    const one = (await client.send(new DescribeStackResourcesCommand({ StackName: root.name, LogicalResourceId: 'apishop' }))).StackResources;
    expect(one?.map((resource) => resource.LogicalResourceId)).toEqual(['apishop']);
    await expect(client.send(new DescribeStackResourcesCommand({}))).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('ListStackResources pages resource summaries', async () => {
    aws.state.addStack({
      name: 'big',
      resources: Array.from({ length: 230 }, (_, i) => ({ logicalId: `Queue${i}`, type: 'AWS::SQS::Queue', physicalId: `q${i}` })),
    });
    const pages = await collect(paginateListStackResources({ client }, { StackName: 'big' }));
    expect(pages.map((page) => page.StackResourceSummaries?.length)).toEqual([100, 100, 30]);
    expect(pages[0].StackResourceSummaries?.[0]).toMatchObject({
      LogicalResourceId: 'Queue0',
      PhysicalResourceId: 'q0',
      ResourceType: 'AWS::SQS::Queue',
      ResourceStatus: 'CREATE_COMPLETE',
      LastUpdatedTimestamp: expect.any(Date),
      DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
    });
    await expect(client.send(new ListStackResourcesCommand({ StackName: 'nope' }))).rejects.toMatchObject({
      message: 'Stack with id nope does not exist',
    });
  });
});

describe('GetTemplateSummary', () => {
  it('returns the template Metadata as a JSON string, with parameters and resource types', async () => {
    const { root } = seedTree(aws.state);
    const summary = await client.send(new GetTemplateSummaryCommand({ StackName: root.name }));
    expect(typeof summary.Metadata).toBe('string');
    expect(JSON.parse(summary.Metadata ?? '')).toEqual({ 'AWS::Amplify::Platform': { version: '1', stackOutputs: ['region'] } });
    expect(summary).toMatchObject({
      Version: '2010-09-09',
      Description: 'the shop',
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      ResourceTypes: ['AWS::S3::Bucket', 'AWS::CloudFormation::Stack'],
      Parameters: [{ ParameterKey: 'env', ParameterType: 'String', NoEcho: false }],
      DeclaredTransforms: [],
    });
  });

  it('leaves Metadata out for a template without one', async () => {
    aws.state.addStack({ name: 'plain' });
    const summary = await client.send(new GetTemplateSummaryCommand({ StackName: 'plain' }));
    expect(summary.Metadata).toBeUndefined();
  });
});

describe('injected errors', () => {
  const cases = [
    { code: 'AccessDenied', status: 403, message: /not authorized to perform: cloudformation:DescribeStacks/ },
    { code: 'ExpiredToken', status: 403, message: /security token included in the request is expired/ },
    { code: 'Throttling', status: 400, message: /^Rate exceeded$/ },
    { code: 'ValidationError', status: 400, message: /Invalid request/ },
  ] as const;

  for (const { code, status, message } of cases) {
    it(`surfaces ${code} as the SDK's typed exception with status ${status}`, async () => {
      aws.state.addStack({ name: 'app' });
      aws.state.injectError('DescribeStacks', code);
      const once = clientFor(aws.endpoint, 1);
      const error = await once.send(new DescribeStacksCommand({ StackName: 'app' })).catch((e: unknown) => e);
      once.destroy();
      expect(error).toBeInstanceOf(CloudFormationServiceException);
      expect(error).toMatchObject({ name: code, $metadata: { httpStatusCode: status }, $fault: 'client' });
      expect((error as Error).message).toMatch(message);
    });
  }

  it('injects only into the named action, and `times` limits it so the SDK’s retry succeeds', async () => {
    aws.state.addStack({ name: 'app' });
    aws.state.injectError('DescribeStacks', 'Throttling', { times: 1 });
    await expect(client.send(new ListStacksCommand({}))).resolves.toBeDefined();
    const described = await client.send(new DescribeStacksCommand({ StackName: 'app' }));
    expect(described.Stacks?.[0].StackName).toBe('app');
    expect(described.$metadata.attempts).toBe(2);
    expect(aws.requests.map((request) => request.action)).toEqual(['ListStacks', 'DescribeStacks', 'DescribeStacks']);
  });

  it("injects into every action with '*' until cleared", async () => {
    aws.state.injectError('*', 'AccessDenied', { message: 'denied by SCP' });
    await expect(client.send(new ListStacksCommand({}))).rejects.toMatchObject({ name: 'AccessDenied', message: 'denied by SCP' });
    await expect(client.send(new GetTemplateSummaryCommand({ StackName: 'x' }))).rejects.toMatchObject({ name: 'AccessDenied' });
    aws.state.clearInjectedErrors();
    await expect(client.send(new ListStacksCommand({}))).resolves.toBeDefined();
  });
});
