import { describe, expect, it } from 'vitest';
import type { StackResource } from '../aws/aws-types';
import { resourceConsoleTargets } from './resource-console-targets';

const STACK = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/amplify-d1-main-branch-abc-function1351588B-XYZ/1111';
const resource = (logicalId: string, resourceType: string, physicalId: string): StackResource => ({
  logicalId,
  resourceType,
  physicalId,
  status: 'CREATE_COMPLETE',
});

describe('console targets of a resource row', () => {
  it('Gen 2: a function row opens its own function of the shared function stack, then the stack', () => {
    const targets = resourceConsoleTargets({
      category: 'function',
      name: 'sayHello',
      stackArn: STACK,
      resources: [
        resource('sayHellolambdaServiceRoleAB12', 'AWS::IAM::Role', 'role'),
        resource('sayHellolambdaAB12CD34', 'AWS::Lambda::Function', 'amplify-d1-main-sayHellolambdaAB12CD34-x'),
        resource('otherlambda99887766', 'AWS::Lambda::Function', 'amplify-d1-main-otherlambda99887766-y'),
      ],
    });
    expect(targets.map((target) => [target.detail, target.url])).toEqual([
      [
        'Lambda function',
        'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/amplify-d1-main-sayHellolambdaAB12CD34-x',
      ],
      [
        'amplify-d1-main-branch-abc-function1351588B-XYZ',
        `https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/stackinfo?stackId=${encodeURIComponent(STACK)}`,
      ],
    ]);
  });

  it('a data row offers the API first, then its tables', () => {
    const targets = resourceConsoleTargets({
      category: 'data',
      name: 'data',
      stackArn: STACK.replace('arn:aws:cloudformation:eu-west-1', 'arn:aws-us-gov:cloudformation:us-gov-west-1'),
      resources: [
        resource('TodoTable', 'Custom::AmplifyDynamoDBTable', 'Todo-abc-NONE'),
        resource(
          'amplifyDataGraphQLAPI42A6FA33',
          'AWS::AppSync::GraphQLApi',
          'arn:aws-us-gov:appsync:us-gov-west-1:123456789012:apis/abcdefghijklmnopqrstuvwxyz',
        ),
      ],
    });
    expect(targets.map((target) => target.detail)).toEqual([
      'AppSync GraphQL API',
      'DynamoDB table',
      'amplify-d1-main-branch-abc-function1351588B-XYZ',
    ]);
    expect(targets[0]!.url).toBe(
      'https://us-gov-west-1.console.amazonaws-us-gov.com/appsync/home?region=us-gov-west-1#/abcdefghijklmnopqrstuvwxyz/v1/home',
    );
  });
});
