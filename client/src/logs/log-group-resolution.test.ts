import { describe, expect, it } from 'vitest';
import type { Stack, StackResource } from '../aws/aws-types';
import type { AmplifyEnvironment } from '../environments/environment-types';
import { logGroupArn, resolveLogTargets } from './log-group-resolution';

const ROOT_ID = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-app-dev-12345/uuid';
const stack = (name: string): Stack => ({
  name,
  id: `${ROOT_ID}-${name}`,
  status: 'UPDATE_COMPLETE',
  createdAt: new Date(0),
  tags: {},
  outputs: [],
  parameters: {},
  parentId: ROOT_ID,
});
const resource = (stackName: string, logicalId: string, resourceType: string, physicalId: string): StackResource => ({
  stackName,
  logicalId,
  resourceType,
  physicalId,
  status: 'CREATE_COMPLETE',
});

function environment(kind: AmplifyEnvironment['kind'], resources: AmplifyEnvironment['resources']): AmplifyEnvironment {
  return {
    kind,
    name: 'dev',
    projectRoot: '/projects/app',
    isCurrent: true,
    region: 'eu-west-1',
    rootStack: { ...stack('amplify-app-dev-12345'), id: ROOT_ID, parentId: undefined },
    nestedStacks: [],
    health: 'deployed',
    resources,
    outputs: [],
    rawOutputs: [],
  };
}

describe('resolveLogTargets', () => {
  it('Gen 1: falls back to <name>-<env> before stack resources are read, and honours a LogGroup resource', () => {
    const fn = stack('functionprocessOrder');
    const env = environment('gen1-env', [{ category: 'function', name: 'processOrder', stack: fn }]);
    expect(resolveLogTargets(env, []).map((target) => target.logGroup)).toEqual(['/aws/lambda/processOrder-dev']);
    const withGroup = [
      resource(fn.name, 'LambdaFunction', 'AWS::Lambda::Function', 'processOrder-dev'),
      resource(fn.name, 'LogGroup', 'AWS::Logs::LogGroup', '/custom/processOrder'),
    ];
    expect(resolveLogTargets(env, withGroup).map((target) => target.logGroup)).toEqual(['/custom/processOrder']);
  });

  it('Gen 2: gives no target for a function it cannot find, rather than a guess', () => {
    const env = environment('gen2-sandbox', [{ category: 'function', name: 'say-hello' }]);
    const other = [resource('fn', 'sayHelloAgainlambda1234ABCD', 'AWS::Lambda::Function', 'x-sayHelloAgain-1')];
    expect(resolveLogTargets(env, other)).toEqual([]);
  });

  it('Gen 2: finds a function defined without a name by its folder', () => {
    const env = environment('gen2-sandbox', [
      { category: 'function', name: 'mailer', definitionPath: '/projects/app/amplify/functions/send-email/resource.ts' },
    ]);
    const lambda = [
      resource('fn', 'sendemaillambda0A1B2C3D', 'AWS::Lambda::Function', 'amplify-app-alice-sandbox-sendemaillambda0A1B2C3D-Q1w2E3r4'),
    ];
    expect(resolveLogTargets(env, lambda).map((target) => [target.resourceName, target.logGroup])).toEqual([
      ['mailer', '/aws/lambda/amplify-app-alice-sandbox-sendemaillambda0A1B2C3D-Q1w2E3r4'],
    ]);
  });

  it('Gen 2: a data stack log group resource confirms the AppSync group', () => {
    const data = stack('data7552DF31');
    const env = environment('gen2-sandbox', [{ category: 'data', name: 'data', stack: data }]);
    const resources = [
      resource(data.name, 'amplifyDataGraphQLAPI42A6FA33', 'AWS::AppSync::GraphQLApi', 'arn:aws:appsync:eu-west-1:123456789012:apis/abc123def'),
      resource(data.name, 'amplifyDataLogGroup1A2B3C4D', 'AWS::Logs::LogGroup', '/aws/appsync/apis/abc123def'),
    ];
    expect(resolveLogTargets(env, resources)).toEqual([
      expect.objectContaining({ category: 'api', logGroup: '/aws/appsync/apis/abc123def', confirmed: true }),
    ]);
  });

  it('builds ARNs in the right partition', () => {
    expect(logGroupArn('cn-north-1', '123456789012', '/aws/lambda/f')).toBe('arn:aws-cn:logs:cn-north-1:123456789012:log-group:/aws/lambda/f');
    expect(logGroupArn('us-gov-west-1', '123456789012', '/g')).toMatch(/^arn:aws-us-gov:logs:/);
  });
});
