/**
 * The console pages of one resource row: what its nested stack (and the stacks under it, where
 * Amplify keeps a model's table) holds, by CloudFormation type — Lambda functions, DynamoDB
 * tables, the AppSync API, Cognito user pools, S3 buckets — and the stack itself as the last
 * resort. Gen 2 keeps every function in one `function` stack: a row shows only its own function,
 * matched by the construct id amplify-backend gives it (`<name>lambda<hash>`).
 */
import type { StackResource } from '../aws/aws-types';
import type { ResourceCategory } from '../environments/environment-types';
import { arnLocation, consoleUrls, type Partition } from './aws-console-urls';

export interface ConsoleTarget {
  label: string;
  detail: string;
  url: string;
}

export interface ResourceConsoleInput {
  category: ResourceCategory;
  name: string;
  /** The nested stack's ARN: its region and partition are the resources'. */
  stackArn: string;
  /** The stack's resources, and those of the stacks nested in it. */
  resources: readonly StackResource[];
}

type Builder = (region: string, resource: StackResource, partition: Partition) => ConsoleTarget | undefined;

const BUILDERS: Record<string, Builder> = {
  'AWS::Lambda::Function': (region, resource, partition) =>
    resource.physicalId
      ? {
          label: `$(symbol-function) ${resource.physicalId}`,
          detail: 'Lambda function',
          url: consoleUrls.lambdaFunction(region, resource.physicalId, partition),
        }
      : undefined,
  'AWS::DynamoDB::Table': table,
  'Custom::AmplifyDynamoDBTable': table,
  'AWS::AppSync::GraphQLApi': (region, resource, partition) => {
    const apiId = resource.physicalId?.split('/').pop();
    return apiId
      ? { label: `$(symbol-interface) ${apiId}`, detail: 'AppSync GraphQL API', url: consoleUrls.appsyncApi(region, apiId, partition) }
      : undefined;
  },
  'AWS::Cognito::UserPool': (region, resource, partition) =>
    resource.physicalId
      ? {
          label: `$(shield) ${resource.physicalId}`,
          detail: 'Cognito user pool',
          url: consoleUrls.cognitoUserPool(region, resource.physicalId, partition),
        }
      : undefined,
  'AWS::S3::Bucket': (region, resource, partition) =>
    resource.physicalId
      ? { label: `$(archive) ${resource.physicalId}`, detail: 'S3 bucket', url: consoleUrls.s3Bucket(region, resource.physicalId, partition) }
      : undefined,
};

function table(region: string, resource: StackResource, partition: Partition): ConsoleTarget | undefined {
  return resource.physicalId
    ? {
        label: `$(database) ${resource.physicalId}`,
        detail: 'DynamoDB table',
        url: consoleUrls.dynamodbTable(region, resource.physicalId, partition),
      }
    : undefined;
}

export function resourceConsoleTargets(input: ResourceConsoleInput): ConsoleTarget[] {
  const location = arnLocation(input.stackArn);
  if (!location) return [];
  const { region, partition } = location;
  let resources = input.resources.filter((resource) => BUILDERS[resource.resourceType] && resource.status !== 'DELETE_COMPLETE');
  if (input.category === 'function') {
    const own = resources.filter((resource) => resource.resourceType === 'AWS::Lambda::Function' && isFunctionOf(resource, input.name));
    if (own.length > 0) resources = own;
  }
  const targets = resources
    .map((resource) => BUILDERS[resource.resourceType]!(region, resource, partition))
    .filter((target): target is ConsoleTarget => target !== undefined);
  // The API first, then user pools, then the rest by name: the most opened page on top.
  const rank = (target: ConsoleTarget) =>
    ['AppSync GraphQL API', 'Cognito user pool', 'Lambda function', 'S3 bucket', 'DynamoDB table'].indexOf(target.detail);
  targets.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
  targets.push({
    label: '$(layers) CloudFormation stack',
    detail: input.stackArn.split('/')[1] ?? input.stackArn,
    url: consoleUrls.cloudFormationStack(region, input.stackArn, partition),
  });
  return targets;
}

/** Gen 1 names the function `<name>-<env>` (logical id `LambdaFunction`); Gen 2's logical id starts with the name and `lambda`. */
function isFunctionOf(resource: StackResource, name: string): boolean {
  const compact = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const logical = resource.logicalId.toLowerCase();
  return (
    logical === 'lambdafunction' ||
    logical.startsWith(`${compact}lambda`) ||
    (resource.physicalId ?? '').toLowerCase().startsWith(`${name.toLowerCase()}-`)
  );
}
