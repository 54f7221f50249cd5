import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

/** One broken file of every configuration kind, and the diagnostic the server must give it. */
const CASES: { kind: string; path: string; languageId: string; text: string; code: string; underlined: string }[] = [
  {
    kind: 'backend-config',
    path: 'amplify/backend/backend-config.json',
    languageId: 'json',
    text: '{ "api": { "blog": { "service": "AppSync", "dependsOn": [{ "category": "auth", "resourceNme": "x" }] } } }',
    code: 'json-schema-unknown-property',
    underlined: '"resourceNme"',
  },
  {
    kind: 'team-provider-info',
    path: 'amplify/team-provider-info.json',
    languageId: 'json',
    text: '{ "dev": { "awscloudformation": { "Region": 42 } } }',
    code: 'json-schema-type',
    underlined: '42',
  },
  {
    kind: 'cli-json',
    path: 'amplify/cli.json',
    languageId: 'json',
    text: '{ "features": { "graphqltransformer": { "transformerversion": 3 } } }',
    code: 'json-schema-enum',
    underlined: '3',
  },
  {
    kind: 'project-config',
    path: 'amplify/.config/project-config.json',
    languageId: 'json',
    text: '{ "projectName": "x", "version": "3.1", "frontend": "javascript", "providers": "awscloudformation" }',
    code: 'json-schema-type',
    underlined: '"awscloudformation"',
  },
  {
    kind: 'local-env-info',
    path: 'amplify/.config/local-env-info.json',
    languageId: 'json',
    text: '{ "projectPath": "/x", "defaultEditor": "code", "envName": true }',
    code: 'json-schema-type',
    underlined: 'true',
  },
  {
    kind: 'local-aws-info',
    path: 'amplify/.config/local-aws-info.json',
    languageId: 'json',
    text: '{ "dev": { "configLevel": "project", "useProfile": "yes", "profileName": "default" } }',
    code: 'json-schema-type',
    underlined: '"yes"',
  },
  {
    kind: 'api-cli-inputs',
    path: 'amplify/backend/api/blog/cli-inputs.json',
    languageId: 'json',
    text: '{ "version": 1, "serviceConfiguration": { "apiName": "blog", "serviceName": "AppSync", "defaultAuthType": { "mode": "API_KEYS" } } }',
    code: 'json-schema-enum',
    underlined: '"API_KEYS"',
  },
  {
    kind: 'auth-cli-inputs',
    path: 'amplify/backend/auth/blogauth/cli-inputs.json',
    languageId: 'json',
    text: '{ "version": "1", "cognitoConfig": {} }',
    code: 'json-schema-required',
    underlined: '"cognitoConfig"',
  },
  {
    kind: 'storage-cli-inputs',
    path: 'amplify/backend/storage/files/cli-inputs.json',
    languageId: 'json',
    text: '{ "resourceName": "files", "bucketName": "b", "storageAccess": "everyone" }',
    code: 'json-schema-enum',
    underlined: '"everyone"',
  },
  {
    kind: 'parameters',
    path: 'amplify/backend/api/blog/parameters.json',
    languageId: 'json',
    text: '{ "AppSyncApiName": "blog", }',
    code: 'json-syntax',
    underlined: ',',
  },
  {
    kind: 'transform-conf',
    path: 'amplify/backend/api/blog/transform.conf.json',
    languageId: 'json',
    text: '{ "Version": "five" }',
    code: 'json-schema-type',
    underlined: '"five"',
  },
  {
    kind: 'function-parameters',
    path: 'amplify/backend/function/summarizePost/function-parameters.json',
    languageId: 'json',
    text: '{ "lambdaLayers": {} }',
    code: 'json-schema-type',
    underlined: '{}',
  },
  {
    kind: 'amplify-outputs',
    path: 'amplify_outputs.json',
    languageId: 'json',
    text: '{ "version": "1.5", "auth": { "aws_region": "eu-west-1", "user_pool_id": 7 } }',
    code: 'json-schema-type',
    underlined: '7',
  },
  {
    kind: 'amplify-yml',
    path: 'amplify.yml',
    languageId: 'yaml',
    text: 'version: 1\nfrontend:\n  artifacts:\n    baseDirectory: build\n    fils:\n      - "**/*"\n',
    code: 'yaml-schema-unknown-property',
    underlined: 'fils',
  },
  {
    kind: 'custom-http-yml',
    path: 'customHttp.yml',
    languageId: 'yaml',
    text: 'customHeaders:\n  - pattern: "**/*"\n    headers:\n      - key: X-Frame-Options\n',
    code: 'yaml-schema-required',
    underlined: 'key',
  },
];

function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) return '';
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('language server over stdio: every kind of configuration file', () => {
  let project: TempProject;
  let client: LspTestClient;

  beforeAll(async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
  });

  afterAll(async () => {
    await client.stop();
    await project.dispose();
  });

  for (const testCase of CASES) {
    it(`${testCase.kind}: ${testCase.code} on ${testCase.underlined}`, async () => {
      const uri = fileUri(project.path(testCase.path));
      await client.open(uri, testCase.text, testCase.languageId);
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === testCase.code));
      const found = diagnostics.find((d) => d.code === testCase.code)!;
      expect(textAt(testCase.text, found.range)).toBe(testCase.underlined);
      await client.close(uri);
    });
  }
});
