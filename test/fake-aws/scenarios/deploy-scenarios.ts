import { NESTED_STACK_TYPE, type FakeStack } from '../cloudformation-model';
import type { FakeCloudFormationState } from '../fake-cloudformation-state';
import { planUpdate, type DeployFailure, type DeployStep } from './deploy-scenario-plan';

/** The deploys the fake CLIs can play against the fake CloudFormation. */
export const DEPLOY_SCENARIOS = ['success', 'rollback', 'nested-failure', 'big-300'] as const;
export type DeployScenarioName = (typeof DEPLOY_SCENARIOS)[number];

export function isDeployScenario(name: string): name is DeployScenarioName {
  return (DEPLOY_SCENARIOS as readonly string[]).includes(name);
}

/** Lambda's answer when the build artefact is missing: a function build error, as users meet it. */
export const LAMBDA_FAILURE_REASON =
  'Resource handler returned message: "Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist. (Service: Lambda, Status Code: 400, Request ID: 5b1f0c8e-7d2a-4f3b-9c61-2e8d4a7b9f10)" (RequestToken: 0d9e4c2a-1b7f-4e3d-8a5c-6f2b9d0e1a34, HandlerErrorCode: InvalidRequest)';
/** DynamoDB's refusal of a second GSI change in one update, the classic Amplify nested-stack failure. */
export const GSI_FAILURE_REASON =
  'Resource handler returned message: "Cannot perform more than one GSI creation or deletion in a single update" (Service: DynamoDb, Status Code: 400, Request ID: 8R2K4M6N8P0Q2S4U6W8Y0A2C4E6G8I0K)';

/** The steps of a named scenario over the root stack's current tree (big-300 first grows the tree). */
export function deployScenarioSteps(state: FakeCloudFormationState, rootNameOrId: string, name: DeployScenarioName): DeployStep[] {
  const root = state.getStack(rootNameOrId);
  switch (name) {
    case 'success':
      return planUpdate(state, root.id);
    case 'rollback':
      return planUpdate(state, root.id, failureIn(state, root, 1, 'AWS::Lambda::Function', LAMBDA_FAILURE_REASON));
    case 'nested-failure':
      return planUpdate(state, root.id, failureIn(state, root, 2, undefined, GSI_FAILURE_REASON));
    case 'big-300':
      growBackend(state, root, 300);
      return planUpdate(state, root.id);
  }
}

/** The first leaf (of the given type, when asked) in a stack `depth` levels below the root. */
function failureIn(state: FakeCloudFormationState, root: FakeStack, depth: number, type: string | undefined, reason: string): DeployFailure {
  const search = (stack: FakeStack, path: string[]): DeployFailure | undefined => {
    if (path.length === depth) {
      const leaf = stack.resources.find((resource) => resource.type !== NESTED_STACK_TYPE && (!type || resource.type === type));
      return leaf && { stackPath: path, logicalId: leaf.logicalId, reason };
    }
    for (const resource of stack.resources) {
      if (resource.type !== NESTED_STACK_TYPE || !resource.physicalId) continue;
      const found = search(state.getStack(resource.physicalId), [...path, resource.logicalId]);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(root, []);
  if (!found) throw new Error(`stack ${root.name} has no ${type ?? 'resource'} ${depth} stacks down`);
  return found;
}

const BIG_STACK_SIZE = 30;

/**
 * Adds function stacks until the tree holds `total` leaf resources, the shape of a large Gen 1
 * project (many functions, each a role, a policy and a function): idempotent, so a second run reuses them.
 */
export function growBackend(state: FakeCloudFormationState, root: FakeStack, total: number): void {
  const countLeaves = (stack: FakeStack): number =>
    stack.resources.reduce(
      (sum, resource) =>
        sum + (resource.type === NESTED_STACK_TYPE && resource.physicalId ? countLeaves(state.getStack(resource.physicalId)) : 1),
      0,
    );
  let missing = total - countLeaves(root);
  for (let index = 1; missing > 0; index++) {
    const logicalId = `functionbulk${String(index).padStart(3, '0')}`;
    if (root.resources.some((resource) => resource.logicalId === logicalId)) continue;
    const size = Math.min(BIG_STACK_SIZE, missing);
    const types = ['AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::Lambda::Function'];
    state.addStack({
      parent: { stack: root.id, logicalId },
      resources: Array.from({ length: size }, (_, i) => ({
        logicalId: `Bulk${index}Resource${i}`,
        type: types[i % types.length]!,
        physicalId: `bulk-${index}-${i}-${state.ids.lowerAlphanumeric(8)}`,
      })),
    });
    missing -= size;
  }
}
