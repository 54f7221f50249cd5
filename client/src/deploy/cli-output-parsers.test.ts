import { describe, expect, it } from 'vitest';
import {
  cliFailureReason,
  outputsFileInLine,
  parseAmpxEventLine,
  parseDestructiveChange,
  parseEsbuildErrors,
  parseGraphqlLocations,
  parseStatusTable,
  pendingChanges,
  stackNameInLine,
} from './cli-output-parsers';

const STATUS = `
    Current Environment: dev
    
┌──────────┬───────────────┬───────────┬───────────────────┐
│ Category │ Resource name │ Operation │ Provider plugin   │
├──────────┼───────────────┼───────────┼───────────────────┤
│ Api      │ blog          │ Update    │ awscloudformation │
├──────────┼───────────────┼───────────┼───────────────────┤
│ Function │ summarizePost │ Create    │ awscloudformation │
├──────────┼───────────────┼───────────┼───────────────────┤
│ Auth     │ blogauth      │ No Change │ awscloudformation │
└──────────┴───────────────┴───────────┴───────────────────┘
`;

describe('amplify status table', () => {
  it('reads the env and every row of the boxed table, and the pending changes', () => {
    const table = parseStatusTable(STATUS);
    expect(table.currentEnv).toBe('dev');
    expect(table.rows).toEqual([
      { category: 'Api', resourceName: 'blog', operation: 'Update', providerPlugin: 'awscloudformation' },
      { category: 'Function', resourceName: 'summarizePost', operation: 'Create', providerPlugin: 'awscloudformation' },
      { category: 'Auth', resourceName: 'blogauth', operation: 'No Change', providerPlugin: 'awscloudformation' },
    ]);
    expect(pendingChanges(table).map((row) => row.resourceName)).toEqual(['blog', 'summarizePost']);
  });

  it('reads the pipe-separated form and colours, and answers no rows without a table', () => {
    const piped =
      'Current Environment: prod\n| Category | Resource name | Operation | Provider plugin |\n| -------- | ------------- | --------- | --------------- |\n| \u001b[33mStorage\u001b[39m | files | Delete | awscloudformation |\n';
    expect(parseStatusTable(piped).rows).toEqual([
      { category: 'Storage', resourceName: 'files', operation: 'Delete', providerPlugin: 'awscloudformation' },
    ]);
    expect(parseStatusTable('No changes').rows).toEqual([]);
  });
});

describe('ampx lines', () => {
  const stack = 'amplify-sampleprojectapp-user-sandbox-0e1752a889';
  it('parses the CDK non-TTY event line, with and without a reason', () => {
    expect(
      parseAmpxEventLine(`${stack} | 0/7 | 12:01:02 PM | UPDATE_IN_PROGRESS | AWS::CloudFormation::Stack | ${stack} User Initiated`),
    ).toEqual({
      stackName: stack,
      done: 0,
      total: 7,
      time: '12:01:02 PM',
      status: 'UPDATE_IN_PROGRESS',
      resourceType: 'AWS::CloudFormation::Stack',
      logicalId: stack,
      reason: 'User Initiated',
    });
    expect(
      parseAmpxEventLine(`${stack} | 3/7 | 12:01:09 PM | UPDATE_COMPLETE | AWS::Lambda::Function | sayHellolambda5F2C1B3A`)?.reason,
    ).toBeUndefined();
    expect(parseAmpxEventLine('✔ Deployment completed in 32.1 seconds')).toBeUndefined();
  });

  it('finds the root stack from the banner or the first stack event, and the outputs file', () => {
    expect(stackNameInLine(`Stack: \t${stack}`)).toBe(stack);
    expect(stackNameInLine(`${stack} | 0/7 | 12:01:02 PM | UPDATE_IN_PROGRESS | AWS::CloudFormation::Stack | ${stack} User Initiated`)).toBe(
      stack,
    );
    expect(stackNameInLine(`${stack} | 1/7 | 12:01:03 PM | UPDATE_IN_PROGRESS | AWS::CloudFormation::Stack | auth179371D7`)).toBeUndefined();
    expect(outputsFileInLine('File written: amplify_outputs.json')).toBe('amplify_outputs.json');
  });
});

describe('transformer errors', () => {
  it('reads the replaced and removed tables of a destructive change', () => {
    const text =
      "🛑 Editing the keySchema...\nThis update will remove table(s) [Old] and will replace table(s) [Todo, Post]\nALL EXISTING DATA IN THESE TABLES WILL BE LOST!\nIf this is intended, rerun the command with '--allow-destructive-graphql-schema-updates'.";
    expect(parseDestructiveChange(text)).toEqual({ replacedTables: ['Todo', 'Post'], removedTables: ['Old'] });
    expect(parseDestructiveChange('Deployment failed.')).toBeUndefined();
  });

  it('pairs each GraphQL location with its message', () => {
    const text = '🛑 Unknown type "Comment".\n\nGraphQL request:9:14\n9 |   comments: [Comment] @hasMany\n  |              ^\n';
    expect(parseGraphqlLocations(text)).toEqual([{ message: 'Unknown type "Comment".', line: 9, column: 14 }]);
  });

  it('reads why the CLI stopped, in its own words', () => {
    expect(cliFailureReason('Fetching updates...\n🛑 Unknown type "Comment".\n\nGraphQL request:9:14\n')).toBe('Unknown type "Comment".');
    expect(
      cliFailureReason(
        'Running type checks...\n[TypeScriptCheckError] TypeScript validation check failed.\nResolution: Fix the syntax.\nDetails: amplify/data/resource.ts(12,5): error TS2322: Bad.\n',
      ),
    ).toBe('TypeScript validation check failed. amplify/data/resource.ts(12,5): error TS2322: Bad.');
    expect(cliFailureReason('\u001b[31m[BackendBuildError] Unable to deploy due to CDK Assembly Error\u001b[39m\n')).toBe(
      'Unable to deploy due to CDK Assembly Error',
    );
    expect(cliFailureReason('npm ERR! something\nError: spawn ENOENT\n')).toBe('Error: spawn ENOENT');
    expect(cliFailureReason('all good\n')).toBeUndefined();
  });

  it('reads esbuild errors with the location below the blank line', () => {
    const text =
      '✘ [ERROR] Could not resolve "left-pad"\n\n    amplify/functions/say-hello/handler.ts:1:20:\n      1 │ import pad from "left-pad";\n        ╵                 ~~~~~~~~~~\n';
    expect(parseEsbuildErrors(text)).toEqual([
      { message: 'Could not resolve "left-pad"', file: 'amplify/functions/say-hello/handler.ts', line: 1, column: 20 },
    ]);
  });
});
