import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, gen2Seed, startFakeAws, type FakeAws } from '../fake-aws';
import type { TempProject } from '../support/temp-project';
import { FAKE_AMPLIFY, FAKE_AMPX, fakeCliEnv, gen1FakeProject, gen2FakeProject, runFakeCli } from './fake-cli-projects';

let fake: FakeAws | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await fake?.stop();
  await project?.dispose();
  fake = undefined;
  project = undefined;
});

async function gen1(scenario: string) {
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev', 'prod'] });
  fake = await startFakeAws(seed.state);
  project = await gen1FakeProject(seed.envs, seed.state.region);
  return { seed, env: fakeCliEnv(fake, scenario), root: project.root };
}

describe('fake amplify', () => {
  it('pushes through a successful deploy: event rows, success lines, files written, exit 0', async () => {
    const { seed, env, root } = await gen1('success');
    const run = await runFakeCli(FAKE_AMPLIFY, ['push', '--yes'], root, env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ResourceStatus LogicalResourceId ResourceType Timestamp ResourceStatusReason');
    expect(run.stdout).toMatch(
      new RegExp(`^UPDATE_IN_PROGRESS ${seed.envs[0]!.rootStackName} AWS::CloudFormation::Stack .* User Initiated$`, 'm'),
    );
    expect(run.stdout).toContain('Deployment state saved successfully.');
    expect(JSON.parse(readFileSync(`${root}/amplify/backend/amplify-meta.json`, 'utf8')).api.blog.lastPushTimeStamp).toBeTruthy();
    expect(existsSync(`${root}/src/aws-exports.js`)).toBe(true);
    expect(seed.state.getStack(seed.envs[0]!.rootStackName).status).toBe('UPDATE_COMPLETE');
  });

  it('reports a rollback with the failure block and exits 1', async () => {
    const { env, root } = await gen1('rollback');
    const run = await runFakeCli(FAKE_AMPLIFY, ['push', '--yes'], root, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The following resources failed to deploy:');
    expect(run.stdout).toContain('Resource Name: LambdaFunction (AWS::Lambda::Function)');
    expect(run.stdout).not.toContain('Deployment state saved successfully.');
  });

  it('stops at the transformer error with a GraphQL location, and at the destructive change until allowed', async () => {
    const { env, root } = await gen1('schema-error');
    const schema = await firstCustomFieldType(root);
    const broken = await runFakeCli(FAKE_AMPLIFY, ['push', '--yes'], root, { ...env, LENS_FAKE_UNKNOWN_TYPE: schema.type });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`🛑 Unknown type "${schema.type}".`);
    expect(broken.stdout).toContain(`GraphQL request:${schema.line}:`);

    const destructive = { ...env, LENS_FAKE_SCENARIO: 'destructive' };
    const refused = await runFakeCli(FAKE_AMPLIFY, ['push', '--yes'], root, destructive);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('This update will replace table(s) [Todo]');
    const allowed = await runFakeCli(FAKE_AMPLIFY, ['push', '--yes', '--allow-destructive-graphql-schema-updates'], root, destructive);
    expect(allowed.code).toBe(0);
  });

  it('prints the status table, lists envs as JSON and checks an env out', async () => {
    const { env, root } = await gen1('success');
    const status = await runFakeCli(FAKE_AMPLIFY, ['status'], root, env);
    expect(status.stdout).toContain('Current Environment: dev');
    expect(status.stdout).toMatch(/│ Api\s+│ blog\s+│ Update\s+│ awscloudformation\s+│/);
    expect(JSON.parse((await runFakeCli(FAKE_AMPLIFY, ['env', 'list', '--json'], root, env)).stdout)).toEqual({ envs: ['dev', 'prod'] });
    expect((await runFakeCli(FAKE_AMPLIFY, ['env', 'checkout', 'prod'], root, env)).code).toBe(0);
    expect(JSON.parse(readFileSync(`${root}/amplify/.config/local-env-info.json`, 'utf8')).envName).toBe('prod');
  });
});

/** The first field type of the example schema, to ask the fake to call it unknown. */
async function firstCustomFieldType(root: string): Promise<{ type: string; line: number }> {
  const lines = readFileSync(`${root}/amplify/backend/api/blog/schema.graphql`, 'utf8').split('\n');
  const line = lines.findIndex((text) => /^\s+\w+: \[?[A-Z]\w+/.test(text) && !/: \[?(String|ID|Int|Float|Boolean|AWS\w+)\b/.test(text));
  const type = /: \[?([A-Z]\w+)/.exec(lines[line]!)![1]!;
  return { type, line: lines.findIndex((text) => new RegExp(`\\b${type}\\b`).test(text)) + 1 };
}

describe('fake ampx', () => {
  it('runs a sandbox once: banner, one line per event, completion, amplify_outputs.json', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    project = await gen2FakeProject();
    const run = await runFakeCli(FAKE_AMPX, ['sandbox', '--once'], project.root, fakeCliEnv(fake, 'success'));
    expect(run.code).toBe(0);
    const stack = seed.sandboxes[0]!.stackName;
    expect(run.stdout).toContain(`Stack: \t${stack}`);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${stack} \\| \\d+/\\d+ \\| \\d{1,2}:\\d{2}:\\d{2} [AP]M \\| UPDATE_IN_PROGRESS \\| AWS::CloudFormation::Stack \\| ${stack} User Initiated$`,
        'm',
      ),
    );
    expect(run.stdout).toMatch(/✔ Deployment completed in [\d.]+ seconds/);
    expect(JSON.parse(readFileSync(`${project.root}/amplify_outputs.json`, 'utf8')).version).toBe('1.4');
  });

  it('fails type checks with a tsc-style location and exits 1; fails a nested deploy with exit 1', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    project = await gen2FakeProject();
    const typeErrors = await runFakeCli(FAKE_AMPX, ['sandbox', '--once'], project.root, fakeCliEnv(fake, 'schema-error'));
    expect(typeErrors.code).toBe(1);
    expect(typeErrors.stderr).toContain('amplify/data/resource.ts(12,5): error TS2322:');
    const nested = await runFakeCli(FAKE_AMPX, ['sandbox', '--once'], project.root, fakeCliEnv(fake, 'nested-failure'));
    expect(nested.code).toBe(1);
    expect(nested.stderr).toContain('[CloudformationStackUpdateFailed]');
  });
});
