import { describe, expect, it } from 'vitest';
import { projectLinkFor, type ProjectLinkContext } from './project-links';

const root = '/projects/app';
const files = new Set([
  `${root}/amplify/backend/api/blog/schema.graphql`,
  `${root}/amplify/backend/function/summarizePost/src/index.js`,
  `${root}/amplify/data/resource.ts`,
  `${root}/amplify/functions/say-hello/resource.ts`,
  `${root}/amplify/backend.ts`,
]);
const gen1: ProjectLinkContext = {
  projectRoot: root,
  generation: 1,
  fileExists: (path) => files.has(path),
  gen1Resources: [{ category: 'api', name: 'blog' }],
};
const gen2: ProjectLinkContext = { ...gen1, generation: 2 };

describe('project links', () => {
  it('maps a Gen 1 failure to its category folder file, through nested model stacks', () => {
    const link = projectLinkFor(
      { stackPath: ['apiblog', 'Todo'], logicalId: 'TodoTable', resourceType: 'AWS::DynamoDB::Table', reason: 'GSI' },
      gen1,
    );
    expect(link).toEqual({ path: `${root}/amplify/backend/api/blog/schema.graphql`, label: 'backend/api/blog/schema.graphql' });
    const fn = projectLinkFor(
      { stackPath: ['functionsummarizePost'], logicalId: 'LambdaFunction', resourceType: 'AWS::Lambda::Function', reason: 'x' },
      gen1,
    );
    expect(fn?.path).toBe(`${root}/amplify/backend/function/summarizePost/src/index.js`);
    expect(projectLinkFor({ stackPath: [], logicalId: 'DeploymentBucket', resourceType: 'AWS::S3::Bucket', reason: 'x' }, gen1)).toBeUndefined();
  });

  it('maps a Gen 2 failure to its resource.ts, a function by its logical id to its kebab-case folder', () => {
    expect(
      projectLinkFor(
        {
          stackPath: ['data7552DF31', 'amplifyDataTodoNestedStack'],
          logicalId: 'TodoTable',
          resourceType: 'Custom::AmplifyDynamoDBTable',
          reason: 'x',
        },
        gen2,
      )?.path,
    ).toBe(`${root}/amplify/data/resource.ts`);
    expect(
      projectLinkFor(
        { stackPath: ['function1351588B'], logicalId: 'sayHellolambda5F2C1B3A', resourceType: 'AWS::Lambda::Function', reason: 'x' },
        gen2,
      )?.path,
    ).toBe(`${root}/amplify/functions/say-hello/resource.ts`);
    expect(
      projectLinkFor({ stackPath: ['auth179371D7'], logicalId: 'UserPool', resourceType: 'AWS::Cognito::UserPool', reason: 'x' }, gen2)?.path,
    ).toBe(`${root}/amplify/backend.ts`);
  });

  it('prefers a path with a line that the reason names, when it lies in the project', () => {
    const reason = 'Build failed: amplify/functions/say-hello/resource.ts:12:3 - Cannot find name';
    expect(projectLinkFor({ stackPath: ['function1351588B'], logicalId: 'x', resourceType: 'AWS::Lambda::Function', reason }, gen2)).toEqual({
      path: `${root}/amplify/functions/say-hello/resource.ts`,
      line: 12,
      column: 3,
      label: 'amplify/functions/say-hello/resource.ts:12',
    });
    const outside = 'Error in /etc/amplify/x.json:3';
    expect(projectLinkFor({ stackPath: [], logicalId: 'x', resourceType: 'T', reason: outside }, gen2)).toEqual({
      path: `${root}/amplify/backend.ts`,
      label: 'backend.ts',
    });
  });
});
