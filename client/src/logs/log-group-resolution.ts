import { basename, dirname } from 'node:path';
import type { StackResource } from '../aws/aws-types';
import type { AmplifyEnvironment, EnvironmentResource } from '../environments/environment-types';
import type { LogTarget } from './log-targets';

const LAMBDA = 'AWS::Lambda::Function';
const LOG_GROUP = 'AWS::Logs::LogGroup';
const GRAPHQL_API = 'AWS::AppSync::GraphQLApi';

/**
 * The log groups of an environment's functions and API, from its stacks' resources (each with
 * `stackName`; empty before they are read):
 * - Gen 1 function: the nested stack's `AWS::Lambda::Function` physical id (`<name>-<env>`), else
 *   by the CLI's naming; an `AWS::Logs::LogGroup` in the same stack overrides.
 * - Gen 2 function: the Lambda whose logical id is the function's name, or its folder's (alphanumerics
 *   only), followed by `lambda` and CDK's hash; a log group resource of the same prefix overrides. Physical names
 *   are generated, so a function not found in the stacks gets no target rather than a guess.
 * - AppSync: `/aws/appsync/apis/<apiId>`, confirmed only when a stack holds that log group resource;
 *   otherwise left for DescribeLogGroups to confirm, as logging may be off.
 */
export function resolveLogTargets(environment: AmplifyEnvironment, resources: readonly StackResource[]): LogTarget[] {
  const account = accountOf(environment);
  const region = environment.region ?? regionOf(environment);
  const target = (resource: EnvironmentResource, category: LogTarget['category'], logGroup: string, confirmed: boolean): LogTarget => ({
    resourceName: resource.name,
    category,
    logGroup,
    arn: account && region ? logGroupArn(region, account, logGroup) : undefined,
    region,
    profile: environment.profile,
    environment: environment.name,
    confirmed,
  });
  const targets: LogTarget[] = [];
  const gen1 = environment.kind === 'gen1-env';
  for (const resource of environment.resources) {
    if (resource.category === 'function') {
      const group = gen1 ? gen1FunctionGroup(environment, resource, resources) : gen2FunctionGroup(resource, resources);
      if (group) targets.push(target(resource, 'function', group, true));
    } else if (resource.category === 'api' || resource.category === 'data') {
      const api = appSyncGroup(resource, resources);
      if (api) targets.push(target(resource, 'api', api.logGroup, api.confirmed));
    }
  }
  return targets;
}

function gen1FunctionGroup(environment: AmplifyEnvironment, resource: EnvironmentResource, resources: readonly StackResource[]): string {
  const own = resource.stack ? resources.filter((candidate) => candidate.stackName === resource.stack?.name) : [];
  const logGroup = own.find((candidate) => candidate.resourceType === LOG_GROUP)?.physicalId;
  if (logGroup) return logGroup;
  const physicalId = own.find((candidate) => candidate.resourceType === LAMBDA)?.physicalId;
  return `/aws/lambda/${physicalId ?? `${resource.name}-${environment.name}`}`;
}

/** By the name given to defineFunction, else by its folder's name (the name amplify-backend gives a function without one). */
function gen2FunctionGroup(resource: EnvironmentResource, resources: readonly StackResource[]): string | undefined {
  const folder = resource.definitionPath ? basename(dirname(resource.definitionPath)) : undefined;
  for (const name of [resource.name, folder]) {
    if (!name) continue;
    const prefix = `${alphanumeric(name)}lambda`;
    const own = resources.filter((candidate) => alphanumeric(candidate.logicalId).startsWith(prefix));
    const logGroup = own.find((candidate) => candidate.resourceType === LOG_GROUP)?.physicalId;
    if (logGroup) return logGroup;
    const lambda = own.find(
      (candidate) => candidate.resourceType === LAMBDA && /^[0-9a-f]{8}$/.test(alphanumeric(candidate.logicalId).slice(prefix.length)),
    );
    if (lambda?.physicalId) return `/aws/lambda/${lambda.physicalId}`;
  }
  return undefined;
}

function appSyncGroup(resource: EnvironmentResource, resources: readonly StackResource[]): { logGroup: string; confirmed: boolean } | undefined {
  const inStack = resource.stack ? resources.filter((candidate) => candidate.stackName === resource.stack?.name) : [];
  const api = inStack.find((candidate) => candidate.resourceType === GRAPHQL_API);
  const apiId = api?.physicalId ? /apis\/([a-z0-9]+)/.exec(api.physicalId)?.[1] : undefined;
  if (!apiId) return undefined;
  const logGroup = `/aws/appsync/apis/${apiId}`;
  const confirmed = resources.some((candidate) => candidate.resourceType === LOG_GROUP && candidate.physicalId === logGroup);
  return { logGroup, confirmed };
}

/** `arn:aws:logs:<region>:<account>:log-group:<name>`, without the `:*` StartLiveTail refuses. */
export function logGroupArn(region: string, account: string, logGroup: string): string {
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:logs:${region}:${account}:log-group:${logGroup}`;
}

function accountOf(environment: AmplifyEnvironment): string | undefined {
  return /^arn:[\w-]+:cloudformation:[\w-]+:(\d{12}):/.exec(environment.rootStack?.id ?? '')?.[1];
}

function regionOf(environment: AmplifyEnvironment): string | undefined {
  return /^arn:[\w-]+:cloudformation:([\w-]+):/.exec(environment.rootStack?.id ?? '')?.[1];
}

/** CDK keeps only letters and digits of construct ids in logical ids. */
function alphanumeric(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}
