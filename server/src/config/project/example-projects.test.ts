import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGen2Resources } from 'amplify-lens-model/project';
import { checkProject } from './check-project';
import { memoryProjectFiles, nodeProjectFiles } from 'amplify-lens-model/files';

const examples = resolve(__dirname, '../../../../examples');

describe('the example projects', () => {
  it('gen1-blog has no project diagnostics', async () => {
    expect(await checkProject(nodeProjectFiles(resolve(examples, 'gen1-blog')), 1)).toEqual([]);
  });

  it('gen1-v1-legacy (CLI 4.x era, no cli.json) has no project diagnostics', async () => {
    expect(await checkProject(nodeProjectFiles(resolve(examples, 'gen1-v1-legacy')), 1)).toEqual([]);
  });

  it('gen2-todo has no project diagnostics', async () => {
    expect(await checkProject(nodeProjectFiles(resolve(examples, 'gen2-todo')), 2)).toEqual([]);
  });

  it('gen2-todo indexes auth, data and the say-hello function, all passed to defineBackend', async () => {
    const resources = await indexGen2Resources(nodeProjectFiles(resolve(examples, 'gen2-todo')));
    expect(resources.map(({ kind, exportName, name, inBackend }) => ({ kind, exportName, name, inBackend }))).toEqual([
      { kind: 'auth', exportName: 'auth', name: undefined, inBackend: true },
      { kind: 'data', exportName: 'data', name: undefined, inBackend: true },
      { kind: 'function', exportName: 'sayHello', name: 'say-hello', inBackend: true },
    ]);
    expect(resources[2].file).toBe(resolve(examples, 'gen2-todo/amplify/functions/say-hello/resource.ts'));
    expect(resources[2].range).toEqual({ start: { line: 2, character: 24 }, end: { line: 6, character: 2 } });
  });
});

describe("a project as the Amplify CLI's own test fixture has it (amplify-frontend-ios sample-xcode-project)", () => {
  it('has no project diagnostics', async () => {
    const files = memoryProjectFiles('/projects/ios-app', {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': [
        '#amplify-do-not-edit-begin',
        'amplify/\\#current-cloud-backend',
        'amplify/.config/local-*',
        'amplify/logs',
        'amplify/mock-data',
        'amplify/mock-api-resources',
        'amplify/backend/amplify-meta.json',
        'amplify/backend/.temp',
        'build/',
        'dist/',
        'node_modules/',
        'aws-exports.js',
        'amplifyconfiguration.dart',
        'amplify-build-config.json',
        'amplify-gradle-config.json',
        'amplifytools.xcconfig',
        '.secret-*',
        '**.sample',
        '#amplify-do-not-edit-end',
      ].join('\n'),
      'amplify/.config/project-config.json':
        '{"projectName":"samplexcodeproject","version":"3.1","frontend":"ios","providers":["awscloudformation"]}',
      'amplify/backend/api/samplexcodeproject/cli-inputs.json': '{"version":1,"serviceConfiguration":{}}',
      'amplify/backend/api/samplexcodeproject/parameters.json':
        '{"AppSyncApiName":"samplexcodeproject","DynamoDBBillingMode":"PAY_PER_REQUEST","DynamoDBEnableServerSideEncryption":false}',
      'amplify/backend/api/samplexcodeproject/resolvers/README.md': '',
      'amplify/backend/api/samplexcodeproject/schema.graphql': 'type Todo @model { id: ID! }',
      'amplify/backend/api/samplexcodeproject/stacks/CustomResources.json': '{}',
      'amplify/backend/api/samplexcodeproject/transform.conf.json': '{"Version":5,"ElasticsearchWarning":true}',
      'amplify/backend/backend-config.json':
        '{"api":{"samplexcodeproject":{"dependsOn":[],"output":{"authConfig":{"additionalAuthenticationProviders":[],' +
        '"defaultAuthentication":{"apiKeyConfig":{"apiKeyExpirationDays":7},"authenticationType":"API_KEY"}}},' +
        '"providerPlugin":"awscloudformation","service":"AppSync"}}}',
      'amplify/backend/tags.json': '[]',
      'amplify/backend/types/amplify-dependent-resources-ref.d.ts': '',
      'amplify/cli.json': '{"features":{}}',
      'amplify/hooks/README.md': '',
      'amplify/team-provider-info.json':
        '{"dev":{"awscloudformation":{"AuthRoleName":"amplify-samplexcodeproject-dev-90949-authRole",' +
        '"Region":"us-west-2","DeploymentBucketName":"amplify-samplexcodeproject-dev-90949-deployment",' +
        '"StackName":"amplify-samplexcodeproject-dev-90949","AmplifyAppId":"d19g9qfivk7dw4"},' +
        '"categories":{"api":{"samplexcodeproject":{}}}}}',
      // what a working clone adds, all git-ignored by the block above
      'amplify/.config/local-env-info.json': '{"projectPath":"/projects/ios-app","defaultEditor":"xcode","envName":"dev"}',
      'amplify/.config/local-aws-info.json': '{"dev":{"configLevel":"project","useProfile":true,"profileName":"default"}}',
      'amplify/backend/amplify-meta.json': '{}',
      'amplify/#current-cloud-backend/amplify-meta.json': '{}',
      'amplify/hooks/pre-push.js.sample': '',
    });
    expect(await checkProject(files, 1)).toEqual([]);
  });
});
