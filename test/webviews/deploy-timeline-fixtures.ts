/**
 * Deploys as the deploy runner reports them to the timeline: a Gen 1 `amplify push` of a blog
 * (root stack, the API's nested stack, and the model's stack nested in it), running, succeeded, or
 * rolled back after a resolver failed on a schema error two stacks down.
 */
import type { DeployTimelineSnapshot, TimelineResource, TimelineStack, TimelineStatusChange } from 'amplify-lens-model/panels';

export const STARTED_AT = Date.UTC(2024, 4, 1, 14, 0, 0);
const ACCOUNT = '123456789012';
const ROOT = 'amplify-blog-dev-141516';
const API = `${ROOT}-apiblog-1A2B3C4D5E6F`;
const POST = `${API}-Post-9Z8Y7X6W5V4U`;
const AUTH = `${ROOT}-authblogauth-7G8H9I0J1K2L`;
export const SCHEMA_PATH = '/projects/app/amplify/backend/api/blog/schema.graphql';

export function stackArn(name: string): string {
  return `arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stack/${name}/0a1b2c3d-1111-2222-3333-${name.length.toString().padStart(12, '0')}`;
}

/** Event times count from the deploy's start; a running deploy starts a little before "now". */
let origin = STARTED_AT;

function at(seconds: number, status: string, reason?: string): TimelineStatusChange {
  return { status, at: origin + seconds * 1000, ...(reason ? { reason } : {}) };
}

function resource(
  stack: string,
  logicalId: string,
  resourceType: string,
  changes: TimelineStatusChange[],
  failure?: TimelineResource['failure'],
): TimelineResource {
  return { key: `${stack}/${logicalId}`, logicalId, resourceType, changes, ...(failure ? { failure } : {}) };
}

function stack(
  name: string,
  parent: { name: string; logicalId: string; depth: number } | undefined,
  changes: TimelineStatusChange[],
  resources: TimelineResource[],
): TimelineStack {
  return {
    name,
    id: stackArn(name),
    ...(parent ? { logicalId: parent.logicalId, parentName: parent.name, depth: parent.depth } : { depth: 0 }),
    changes,
    resources,
  };
}

export function runningDeploy(startedAt = Date.now() - 48_000): DeployTimelineSnapshot {
  origin = startedAt;
  const stacks = [
    stack(
      ROOT,
      undefined,
      [at(0, 'UPDATE_IN_PROGRESS', 'User Initiated')],
      [
        resource(ROOT, 'DeploymentBucket', 'AWS::S3::Bucket', [at(2, 'UPDATE_IN_PROGRESS'), at(5, 'UPDATE_COMPLETE')]),
        resource(ROOT, 'apiblog', 'AWS::CloudFormation::Stack', [at(6, 'UPDATE_IN_PROGRESS')]),
        resource(ROOT, 'authblogauth', 'AWS::CloudFormation::Stack', [at(6, 'UPDATE_IN_PROGRESS'), at(40, 'UPDATE_COMPLETE')]),
      ],
    ),
    stack(
      API,
      { name: ROOT, logicalId: 'apiblog', depth: 1 },
      [at(7, 'UPDATE_IN_PROGRESS')],
      [
        resource(API, 'GraphQLAPI', 'AWS::AppSync::GraphQLApi', [at(9, 'UPDATE_IN_PROGRESS'), at(14, 'UPDATE_COMPLETE')]),
        resource(API, 'GraphQLSchema', 'AWS::AppSync::GraphQLSchema', [at(15, 'UPDATE_IN_PROGRESS'), at(31, 'UPDATE_COMPLETE')]),
        resource(API, 'Post', 'AWS::CloudFormation::Stack', [at(32, 'UPDATE_IN_PROGRESS')]),
      ],
    ),
    stack(
      POST,
      { name: API, logicalId: 'Post', depth: 2 },
      [at(33, 'UPDATE_IN_PROGRESS')],
      [
        resource(POST, 'PostTable', 'AWS::DynamoDB::Table', [at(35, 'UPDATE_IN_PROGRESS'), at(44, 'UPDATE_COMPLETE')]),
        resource(POST, 'QuerygetPostResolver', 'AWS::AppSync::Resolver', [at(45, 'UPDATE_IN_PROGRESS')]),
      ],
    ),
    stack(
      AUTH,
      { name: ROOT, logicalId: 'authblogauth', depth: 1 },
      [at(7, 'UPDATE_IN_PROGRESS'), at(39, 'UPDATE_COMPLETE')],
      [resource(AUTH, 'UserPool', 'AWS::Cognito::UserPool', [at(10, 'UPDATE_IN_PROGRESS'), at(24, 'UPDATE_COMPLETE')])],
    ),
  ];
  return {
    deployId: 'deploy-1',
    envName: 'dev',
    command: 'amplify push --yes',
    startedAt,
    phase: 'in-progress',
    counts: { done: 6, inProgress: 5, failed: 0, total: 12 },
    stacks,
  };
}

export function succeededDeploy(): DeployTimelineSnapshot {
  const done = runningDeploy(STARTED_AT);
  const complete = (changes: TimelineStatusChange[], seconds: number) => {
    if (changes.at(-1)?.status.endsWith('_IN_PROGRESS')) changes.push(at(seconds, 'UPDATE_COMPLETE'));
  };
  done.stacks.forEach((each, index) => {
    each.resources.forEach((entry, position) => complete(entry.changes, 50 + index * 4 + position));
    complete(each.changes, 70 - index * 3);
  });
  return { ...done, phase: 'succeeded', endedAt: STARTED_AT + 72_000, counts: { done: 12, inProgress: 0, failed: 0, total: 12 } };
}

export const SCHEMA_ERROR =
  "Resource handler returned message: \"The resolver QuerygetPostResolver failed validation: Validation error of type FieldUndefined: Field 'titel' in type 'Post' is undefined @ 'getPost/titel'\"";

export function rolledBackDeploy(): DeployTimelineSnapshot {
  const failed = runningDeploy(STARTED_AT);
  const [root, api, post, auth] = failed.stacks as [TimelineStack, TimelineStack, TimelineStack, TimelineStack];
  const resolver = post.resources[1] as TimelineResource;
  resolver.changes.push(at(47, 'UPDATE_FAILED', SCHEMA_ERROR));
  resolver.failure = { reason: SCHEMA_ERROR, link: { path: SCHEMA_PATH, line: 12, column: 3, label: 'schema.graphql:12' } };
  post.changes.push(
    at(48, 'UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to update: [QuerygetPostResolver].'),
    at(60, 'UPDATE_ROLLBACK_COMPLETE'),
  );
  (post.resources[0] as TimelineResource).changes.push(at(50, 'UPDATE_IN_PROGRESS'), at(57, 'UPDATE_COMPLETE'));
  const nested =
    'Embedded stack was not successfully updated. Currently in UPDATE_ROLLBACK_IN_PROGRESS with reason: The following resource(s) failed to update: [QuerygetPostResolver].';
  (api.resources[2] as TimelineResource).changes.push(at(49, 'UPDATE_FAILED', nested));
  api.changes.push(at(49, 'UPDATE_ROLLBACK_IN_PROGRESS'), at(66, 'UPDATE_ROLLBACK_COMPLETE'));
  (root.resources[1] as TimelineResource).changes.push(at(50, 'UPDATE_FAILED', nested));
  root.changes.push(at(51, 'UPDATE_ROLLBACK_IN_PROGRESS'), at(78, 'UPDATE_ROLLBACK_COMPLETE'));
  (root.resources[2] as TimelineResource).changes.push(at(55, 'UPDATE_IN_PROGRESS'), at(70, 'UPDATE_COMPLETE'));
  auth.changes.push(at(54, 'UPDATE_IN_PROGRESS'), at(69, 'UPDATE_COMPLETE'));
  return { ...failed, phase: 'rolled-back', endedAt: STARTED_AT + 80_000, counts: { done: 10, inProgress: 0, failed: 1, total: 12 } };
}

/** A Gen 2 sandbox with one data stack of `count` resources, most finished, the rest still going. */
export function largeDeploy(count: number, finished: number, startedAt = Date.now() - 90_000): DeployTimelineSnapshot {
  origin = startedAt;
  const root = 'amplify-app-alice-sandbox-1a2b3c4d5e';
  const data = `${root}-data7552DF31-ABCDEF123456`;
  const resources = Array.from({ length: count }, (_, index) => {
    const changes = [at(10 + (index % 60), 'CREATE_IN_PROGRESS')];
    if (index < finished) changes.push(at(20 + (index % 60) + (index % 7), 'CREATE_COMPLETE'));
    return resource(data, `Resolver${String(index).padStart(3, '0')}`, 'AWS::AppSync::Resolver', changes);
  });
  return {
    deployId: 'sandbox-1',
    envName: 'alice',
    command: 'npx ampx sandbox --once',
    startedAt,
    phase: 'in-progress',
    counts: { done: finished, inProgress: count - finished, failed: 0, total: count + 2 },
    stacks: [
      stack(
        root,
        undefined,
        [at(0, 'CREATE_IN_PROGRESS', 'User Initiated')],
        [resource(root, 'data7552DF31', 'AWS::CloudFormation::Stack', [at(5, 'CREATE_IN_PROGRESS')])],
      ),
      stack(data, { name: root, logicalId: 'data7552DF31', depth: 1 }, [at(6, 'CREATE_IN_PROGRESS')], resources),
    ],
  };
}
