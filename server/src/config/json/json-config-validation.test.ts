import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LensDiagnostic } from '../../lens-diagnostic';
import { configFileKindOf, isYamlKind } from '../config-file-kind';
import { validateJsonConfig } from './json-config-service';
import type { JsonConfigKind } from './json-language-service';
import { AMPLIFY_CLI_FIXTURES } from '../../../test-support/config/amplify-cli-fixtures';
import { WRITTEN_FIXTURES } from '../../../test-support/config/written-fixtures';

const EXAMPLES = join(__dirname, '../../../../examples');

function jsonConfigFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return jsonConfigFilesUnder(path);
    const kind = configFileKindOf(path);
    return kind !== undefined && !isYamlKind(kind) ? [path] : [];
  });
}

/** `code@line:col-line:col` (1-based) and the underlined text, as the tests compare them. */
async function check(kind: JsonConfigKind, text: string): Promise<string[]> {
  const diagnostics = await validateJsonConfig(kind, 'file:///test.json', text);
  return diagnostics.map((d) => `${d.code}@${span(d)} ${JSON.stringify(underlined(text, d))}`);
}

function span(d: LensDiagnostic): string {
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

function underlined(text: string, d: LensDiagnostic): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return text.slice(offset(d.range.start), offset(d.range.end));
}

describe('validateJsonConfig on valid files', () => {
  const exampleFiles = jsonConfigFilesUnder(EXAMPLES);

  it("finds the example projects' configuration files", () => {
    expect([...new Set(exampleFiles.map((path) => configFileKindOf(path)))].sort()).toEqual([
      'api-cli-inputs',
      'auth-cli-inputs',
      'backend-config',
      'cli-json',
      'function-parameters',
      'parameters',
      'project-config',
      'team-provider-info',
      'transform-conf',
    ]);
  });

  it.each(exampleFiles.map((path) => [path.slice(EXAMPLES.length + 1), path]))('example %s has no diagnostics', async (_name, path) => {
    const kind = configFileKindOf(path) as JsonConfigKind;
    expect(await validateJsonConfig(kind, path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it.each([...AMPLIFY_CLI_FIXTURES, ...WRITTEN_FIXTURES].map((fixture) => [fixture.name, fixture]))(
    '%s has no diagnostics',
    async (_name, fixture) => {
      expect(await check(fixture.kind, fixture.text)).toEqual([]);
    },
  );
});

describe('validateJsonConfig on broken files', () => {
  it('reports an unknown key on the key', async () => {
    const text = '{\n  "dev": {\n    "configLevel": "project",\n    "profilName": "default"\n  }\n}';
    expect(await check('local-aws-info', text)).toEqual([]); // env blocks allow keys the CLI may add
    const backend =
      '{\n  "api": {\n    "blog": {\n      "service": "AppSync",\n      "dependsOn": [{ "category": "auth", "resourceName": "a", "attribute": [] }]\n    }\n  }\n}';
    expect(await check('backend-config', backend)).toEqual(['json-schema-unknown-property@5:64-5:75 "\\"attribute\\""']);
  });

  it('says what to do about an unknown key', async () => {
    const text = '{\n  "Version": 5,\n  "ResolverConfig": { "projects": {} }\n}';
    const [diagnostic] = await validateJsonConfig('transform-conf', 'file:///t.json', text);
    expect(diagnostic).toMatchObject({
      code: 'json-schema-unknown-property',
      severity: 'warning',
      message:
        'Property "projects" is not allowed here in transform.conf.json. Check its spelling or remove it. (The GraphQL transformer reads transform.conf.json without checking it.)',
    });
  });

  it('reports a wrong type on the value', async () => {
    const text = '{\n  "function": {\n    "fn": { "service": "Lambda", "build": "true" }\n  }\n}';
    expect(await check('backend-config', text)).toEqual(['json-schema-type@3:43-3:49 "\\"true\\""']);
  });

  it('reports a missing required key on the key of the object that lacks it', async () => {
    const text = '{\n  "api": {\n    "blog": { "providerPlugin": "awscloudformation" }\n  }\n}';
    expect(await check('backend-config', text)).toEqual(['json-schema-required@3:5-3:11 "\\"blog\\""']);
    const [diagnostic] = await validateJsonConfig('backend-config', 'file:///b.json', text);
    expect(diagnostic.message).toBe(
      'Missing property "service", which backend-config.json requires here. Add it. (The Amplify CLI reads backend-config.json without validating it.)',
    );
  });

  it('reports a missing required key at the top level on the opening brace', async () => {
    expect(await check('local-env-info', '{ "projectPath": "/p" }')).toEqual(['json-schema-required@1:1-1:2 "{"']);
    expect(await check('amplify-outputs', '{}')).toEqual(['json-schema-required@1:1-1:2 "{"']);
  });

  it('reports a bad enum value on the value, listing the accepted ones', async () => {
    const text = '{\n  "ResolverConfig": {\n    "project": { "ConflictDetection": "VERSION", "ConflictHandler": "AUTO_MERGE" }\n  }\n}';
    expect(await check('transform-conf', text)).toEqual(['json-schema-enum@3:69-3:81 "\\"AUTO_MERGE\\""']);
    const [diagnostic] = await validateJsonConfig('transform-conf', 'file:///t.json', text);
    expect(diagnostic.message).toBe(
      'Value is not accepted. Use one of: "AUTOMERGE", "OPTIMISTIC_CONCURRENCY", "LAMBDA". (The GraphQL transformer reads transform.conf.json without checking it.)',
    );
  });

  it('checks the reused auth schema (enum inside allOf)', async () => {
    const text =
      '{\n  "version": "1",\n  "cognitoConfig": {\n    "serviceName": "Cognito", "resourceName": "a", "useDefault": "default",\n    "authSelections": "userPoolOnly", "mfaConfiguration": "REQUIRED"\n  }\n}';
    expect(await check('auth-cli-inputs', text)).toEqual(['json-schema-enum@5:59-5:69 "\\"REQUIRED\\""']);
  });

  it("checks the auth schema's required keys", async () => {
    const text = '{\n  "version": "1",\n  "cognitoConfig": { "serviceName": "Cognito", "resourceName": "a", "useDefault": "default" }\n}';
    expect(await check('auth-cli-inputs', text)).toEqual(['json-schema-required@3:3-3:18 "\\"cognitoConfig\\""']);
  });

  it('tells an S3 bucket from a DynamoDB table by shape', async () => {
    const table = '{\n  "resourceName": "t",\n  "tableName": "t",\n  "partitionKey": { "fieldName": "id", "fieldType": "text" }\n}';
    expect(await check('storage-cli-inputs', table)).toEqual(['json-schema-enum@4:53-4:59 "\\"text\\""']);
    const bucket =
      '{\n  "resourceName": "b", "bucketName": "b", "policyUUID": "1", "guestAccess": [], "authAccess": ["WRITE"],\n  "storageAccess": "auth"\n}';
    expect(await check('storage-cli-inputs', bucket)).toEqual(['json-schema-enum@2:96-2:103 "\\"WRITE\\""']);
  });

  it('tells a REST API from a GraphQL API by shape', async () => {
    const rest = '{\n  "version": 1,\n  "paths": { "/items": { "lambdaFunction": "fn", "permissions": { "setting": "public" } } }\n}';
    expect(await check('api-cli-inputs', rest)).toEqual(['json-schema-enum@3:78-3:86 "\\"public\\""']);
    const graphql =
      '{\n  "version": 1,\n  "serviceConfiguration": { "apiName": "a", "serviceName": "AppSync", "defaultAuthType": { "mode": "API_KEYS" } }\n}';
    const [diagnostic] = await validateJsonConfig('api-cli-inputs', 'file:///a.json', graphql);
    expect(diagnostic.code).toBe('json-schema-enum');
    expect(diagnostic.message).toContain('"API_KEY"');
  });

  it('checks amplify_outputs.json by its version', async () => {
    // passwordless arrived in 1.4: a 1.3 file may not have it, a 1.5 file may
    const auth = '"auth": { "aws_region": "r", "user_pool_id": "p", "user_pool_client_id": "c", "passwordless": {} }';
    expect(await check('amplify-outputs', `{ "version": "1.3", ${auth} }`)).toEqual([
      'json-schema-unknown-property@1:99-1:113 "\\"passwordless\\""',
    ]);
    expect(await check('amplify-outputs', `{ "version": "1.5", ${auth} }`)).toEqual([]);
    expect(await check('amplify-outputs', '{ "version": "2" }')).toEqual(['json-schema-enum@1:14-1:17 "\\"2\\""']);
  });

  it('reads cli.json keys in any letter case, as the CLI does', async () => {
    const text = '{\n  "features": {\n    "graphQLTransformer": { "transformerVersion": 3, "secondaryKeyAsGSI": "yes" }\n  }\n}';
    expect(await check('cli-json', text)).toEqual(['json-schema-enum@3:51-3:52 "3"', 'json-schema-type@3:75-3:80 "\\"yes\\""']);
  });

  it('stops, as the CLI does, on a flag or section it does not register, unless the flag is false', async () => {
    // amplify-cli-core featureFlags.ts validateFlags: unknown flags set to false are tolerated
    expect(await check('cli-json', '{ "features": { "graphqltransformer": { "somefutureflag": false } } }')).toEqual([]);
    const text = '{ "features": { "graphqltransformer": { "somefutureflag": true }, "geo": { "x": false } } }';
    const diagnostics = await validateJsonConfig('cli-json', 'file:///cli.json', text);
    expect(diagnostics.map((d) => `${d.code}:${d.severity}@${span(d)}`)).toEqual([
      'json-schema-enum:error@1:59-1:63',
      'json-schema-unknown-property:error@1:67-1:72',
    ]);
    expect(diagnostics[0].message).toContain('does not register this flag');
    expect(diagnostics[1].message).toContain('Invalid feature flag configuration');
  });

  it('accepts any letter case of a section, as the CLI lower-cases them', async () => {
    expect(await check('cli-json', '{ "features": { "Auth": { "useEnabledMfas": true }, "FRONTEND-IOS": {} } }')).toEqual([]);
  });

  it('keeps what the CLI reads unchecked a warning, and says why', async () => {
    const text = '{ "auth": { "a": { "service": "Cognito", "build": "yes" } } }';
    const [diagnostic] = await validateJsonConfig('backend-config', 'file:///b.json', text);
    expect(`${diagnostic.code}:${diagnostic.severity}`).toBe('json-schema-type:warning');
    expect(diagnostic.message).toContain('without validating it');
  });

  it('makes a violation an error where amplify push validates the file (storage cli-inputs.json)', async () => {
    const bucket =
      '{ "resourceName": "b", "bucketName": "b", "policyUUID": "1", "guestAccess": [], "authAccess": ["WRITE"], "storageAccess": "auth" }';
    const [diagnostic] = await validateJsonConfig('storage-cli-inputs', 'file:///s.json', bucket);
    expect(`${diagnostic.code}:${diagnostic.severity}`).toBe('json-schema-enum:error');
    expect(diagnostic.message).toContain('`amplify push` checks cli-inputs.json');
  });

  it('reports syntax errors and comments with an error severity', async () => {
    const text = '{\n  // note\n  "Version": 5,\n}';
    const diagnostics = await validateJsonConfig('transform-conf', 'file:///t.json', text);
    expect(diagnostics.map((d) => `${d.code}:${d.severity}@${span(d)}`)).toEqual(['json-syntax:error@2:3-2:10', 'json-syntax:error@3:15-3:16']);
    expect(diagnostics[1].message).toBe('Trailing comma. transform.conf.json must be plain JSON for the Amplify CLI to read it.');
  });

  it('reports a duplicate key as a warning', async () => {
    const diagnostics = await validateJsonConfig('local-env-info', 'file:///e.json', '{ "envName": "dev", "envName": "prod" }');
    expect(diagnostics.map((d) => `${d.code}:${d.severity}@${span(d)}`)).toEqual([
      'json-duplicate-key:warning@1:3-1:12',
      'json-duplicate-key:warning@1:21-1:30',
    ]);
  });

  it("validates a file that names a foreign $schema against its own kind's schema", async () => {
    const text = '{ "$schema": "https://example.com/other.json", "Version": "five" }';
    expect(await check('transform-conf', text)).toEqual(['json-schema-type@1:59-1:65 "\\"five\\""']);
  });

  it('keeps the uri it was given', async () => {
    const [diagnostic] = await validateJsonConfig('local-env-info', 'file:///p/amplify/.config/local-env-info.json', '{}');
    expect(diagnostic.uri).toBe('file:///p/amplify/.config/local-env-info.json');
  });
});
