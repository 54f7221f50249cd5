import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, TempProject } from '../support/temp-project';

const CLI = resolve(__dirname, '../../server/out/cli.js');
const run = promisify(execFile);

async function check(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const BROKEN_SCHEMA = `type Post @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  title: Strng
}

type Comment @model @key(fields: ["id"]) @auth(rules: [{ allow: owner }]) {
  id: ID!
}
`;

describe('amplify-lens check', () => {
  let project: TempProject;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
  });

  afterEach(async () => {
    await project.dispose();
  });

  it('finds no problems in the bundled examples and exits 0', async () => {
    const result = await check(['check', EXAMPLES_DIR], process.cwd());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No problems found: checked \d+ schema files? and \d+ configuration files? in 3 Amplify projects\.$/m);
  });

  it('prints the transformer version of a CLI 4.x-era project without cli.json, and no problem in it', async () => {
    const legacy = await TempProject.fromExample('gen1-v1-legacy');
    try {
      const text = await check(['check'], legacy.root);
      expect(text.code).toBe(0);
      expect(text.stdout.trim().split('\n')).toEqual([
        'amplify/backend/api/legacyshop: Amplify GraphQL transformer v1 — amplify/cli.json does not set ' +
          'graphqltransformer.useexperimentalpipelinedtransformer, which the Amplify CLI then takes as false for a project that exists ' +
          '(amplify/.config/project-config.json)',
        'No problems found: checked 1 schema file and 6 configuration files in 1 Amplify project.',
      ]);
      const json = JSON.parse((await check(['check', '--format', 'json'], legacy.root)).stdout);
      expect(json.apis).toEqual([
        {
          dir: 'amplify/backend/api/legacyshop',
          name: 'legacyshop',
          generation: 1,
          transformerVersion: 1,
          transformerVersionReason: expect.stringContaining('does not set graphqltransformer.useexperimentalpipelinedtransformer'),
        },
      ]);
      expect(json.diagnostics).toEqual([]);
    } finally {
      await legacy.dispose();
    }
  });

  it('checks the legacy project with the v1 rules: a v1 mistake is an error, the auth modes come from backend-config.json', async () => {
    const legacy = await TempProject.fromExample('gen1-v1-legacy');
    try {
      const path = 'amplify/backend/api/legacyshop/schema.graphql';
      const schema = await readFile(legacy.path(path), 'utf8');
      await legacy.write(
        path,
        schema
          .replace('{ allow: public, operations: [read] }', '{ allow: public, provider: iam, operations: [read] }')
          .replace('fields: ["productID"])', 'fields: ["productId"])'),
      );
      const result = await check(['check', '--format', 'json'], legacy.root);
      expect(result.code).toBe(1);
      const found = JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
      expect(found).toEqual(['connection-field-not-found', 'auth-provider-not-configured']);
    } finally {
      await legacy.dispose();
    }
  });

  it('prints each problem as path:line:col with severity and code, and exits 1', async () => {
    await project.write('amplify/backend/api/blog/schema.graphql', BROKEN_SCHEMA);
    const result = await check(['check'], project.root);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('amplify/backend/api/blog/schema.graphql:3:10 - error unknown-type: Unknown type "Strng". Did you mean "String"?');
    expect(lines.some((line) => line.startsWith('amplify/backend/api/blog/schema.graphql:6:21 - error v1-directive: '))).toBe(true);
    expect(lines.at(-1)).toBe('2 errors, 0 warnings (2 problems) in 1 schema file and 9 configuration files in 1 Amplify project.');
  });

  it('emits JSON with file, 1-based range, severity, code and message', async () => {
    await project.write('amplify/backend/api/blog/schema.graphql', BROKEN_SCHEMA);
    const result = await check(['check', '.', '--format', 'json'], project.root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.projects).toEqual([{ root: '.', generation: 1 }]);
    expect(report.diagnostics[0]).toEqual({
      file: 'amplify/backend/api/blog/schema.graphql',
      range: { start: { line: 3, column: 10 }, end: { line: 3, column: 15 } },
      severity: 'error',
      code: 'unknown-type',
      message: 'Unknown type "Strng". Did you mean "String"?',
    });
  });

  it('checks a single schema file with its project settings', async () => {
    await project.write('amplify/cli.json', '{"features":{"graphqltransformer":{"transformerversion":1}}}');
    const result = await check(['check', 'amplify/backend/api/blog/schema.graphql'], project.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error v2-directive');
  });

  it('checks configuration files against their schemas and against each other', async () => {
    const backendConfig = project.path('amplify/backend/backend-config.json');
    const text = (await readFile(backendConfig, 'utf8')).replace('"resourceName": "blogauth"', '"resourceName": "blogauht"');
    await project.write('amplify/backend/backend-config.json', text);
    await project.write('amplify/backend/api/blog/transform.conf.json', '{ "Version": "five" }\n');
    const result = await check(['check', '--format', 'json'], project.root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const found = report.diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`);
    expect(found).toContain('amplify/backend/backend-config.json config-depends-on-missing-resource');
    expect(found).toContain('amplify/backend/api/blog/transform.conf.json json-schema-type');
  });

  it('rejects unknown options and missing paths with exit status 2', async () => {
    expect((await check(['check', '--fromat', 'json'], project.root)).code).toBe(2);
    const missing = await check(['check', 'no/such/dir'], project.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file or folder: no/such/dir');
  });
});
