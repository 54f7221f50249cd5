import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { gen1Seed, gen2Seed, startFakeAws, type FakeAws } from '../../../test/fake-aws';
import { FAKE_AMPLIFY, FAKE_AMPX, fakeCliEnv, gen1FakeProject, gen2FakeProject } from '../../../test/fake-cli/fake-cli-projects';
import type { TempProject } from '../../../test/support/temp-project';
import { CloudFormationGateway } from '../aws/cloudformation-gateway';
import { TEST_CREDENTIALS } from '../../test-support/fake-aws-gateway';
import { deployAction, type DeployActionId } from './deploy-command-catalog';
import { DeployRunner } from './deploy-runner';

let fake: FakeAws | undefined;
let project: TempProject | undefined;
let gateway: CloudFormationGateway | undefined;
afterEach(async () => {
  gateway?.dispose();
  await fake?.stop();
  await project?.dispose();
  [fake, project, gateway] = [undefined, undefined, undefined];
});

async function gen1Runner(scenario: string, actionId: DeployActionId = 'push', input = {}, extraEnv: Record<string, string> = {}) {
  const logged: string[] = [];
  const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], api: 'blog', auth: 'blogauth', functions: ['summarizePost'] });
  fake = await startFakeAws(seed.state);
  project = await gen1FakeProject(seed.envs, seed.state.region);
  gateway = new CloudFormationGateway({ region: seed.state.region, endpoint: fake.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  let text = '';
  const runner = new DeployRunner({
    deployId: 'd1',
    envName: 'dev',
    action: deployAction(actionId),
    input,
    program: [FAKE_AMPLIFY],
    cwd: project.root,
    env: fakeCliEnv(fake, scenario, extraEnv),
    rootStackName: seed.envs[0]!.rootStackName,
    reader: gateway,
    links: { projectRoot: project.root, generation: 1, fileExists: existsSync },
    schemaFile: 'amplify/backend/api/blog/schema.graphql',
    activeIntervalMs: 10,
    quietIntervalMs: 40,
    onText: (chunk) => (text += chunk),
    log: { info: (line) => void logged.push(`info ${line}`), warn: (line) => void logged.push(`warn ${line}`) },
  });
  return { seed, runner, text: () => text, logged };
}

describe('DeployRunner: CLI process → output → follower → snapshot → outcome', () => {
  it('pushes successfully: the timeline follows every stack and the phase is succeeded', async () => {
    const { runner, text } = await gen1Runner('success');
    let changes = 0;
    runner.onDidChange(() => changes++);
    const result = await runner.run();
    expect(result.exit.code).toBe(0);
    expect(result.phase).toBe('succeeded');
    expect(result.snapshot.command).toBe(`${FAKE_AMPLIFY} push --yes`);
    expect(result.snapshot.stacks).toHaveLength(6);
    expect(result.snapshot.counts.inProgress).toBe(0);
    expect(result.snapshot.counts.done).toBeGreaterThan(10);
    expect(result.snapshot.endedAt).toBeDefined();
    expect(changes).toBeGreaterThan(1);
    expect(text()).toContain('Deployment state saved successfully.\r\n');
    expect(runner.isRunning()).toBe(false);
  });

  it('writes the run to the extension’s log: the command, its exit code and duration, and how the deploy ended, never its output', async () => {
    const { runner, logged, text } = await gen1Runner('success');
    await runner.run();
    expect(logged).toEqual([
      `info Running ${FAKE_AMPLIFY} push --yes in ${project!.root}`,
      expect.stringMatching(
        new RegExp(`^info ${FAKE_AMPLIFY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} push --yes exited with code 0 after \\d+\\.\\d s$`),
      ),
      expect.stringMatching(/^info Push of dev succeeded: \d+ resources done$/),
    ]);
    expect(logged.join('\n')).not.toContain('Deployment state saved');
    expect(text()).toContain('Deployment state saved');
    gateway?.dispose();
    await fake?.stop();
    await project?.dispose();
    const failed = await gen1Runner('schema-error');
    await failed.runner.run();
    expect(failed.logged.at(-2)).toMatch(/^warn .* push --yes exited with code 1 after/);
    expect(failed.logged.at(-1)).toBe('warn Push of dev failed, nothing deployed: Unknown type "Comment".');
  });

  it('ends a rollback as rolled-back with the failure linked to the function source', async () => {
    const { runner } = await gen1Runner('rollback');
    const result = await runner.run();
    expect(result.exit.code).toBe(1);
    expect(result.phase).toBe('rolled-back');
    expect(result.snapshot.notDeployed).toBeUndefined();
    const failure = result.snapshot.stacks.flatMap((stack) => stack.resources).find((resource) => resource.failure)?.failure;
    expect(failure?.link?.label).toBe('backend/function/summarizePost/src/index.js');
  });

  it('writes a located line for a schema error, and reads the destructive change', async () => {
    const schema = await gen1Runner('schema-error');
    const failed = await schema.runner.run();
    expect(failed.phase).toBe('failed');
    expect(failed.schemaErrors).toHaveLength(1);
    // The transformer refused the schema before CloudFormation started: nothing was deployed, and the timeline says why.
    expect(failed.snapshot.notDeployed).toEqual({
      reason: 'Unknown type "Comment".',
      link: {
        path: 'amplify/backend/api/blog/schema.graphql',
        line: failed.schemaErrors[0]!.line,
        column: failed.schemaErrors[0]!.column,
        label: `schema.graphql:${failed.schemaErrors[0]!.line}`,
      },
    });
    expect(failed.snapshot.stacks.flatMap((stack) => stack.changes)).toEqual([]);
    expect(schema.text()).toMatch(/^\[Amplify Lens\] amplify\/backend\/api\/blog\/schema\.graphql:\d+:\d+: error: Unknown type "Comment"\.\r$/m);
    await fake?.stop();
    await project?.dispose();
    const destructive = await gen1Runner('destructive');
    const refused = await destructive.runner.run();
    expect(refused.destructive).toEqual({ replacedTables: ['Todo'], removedTables: [] });
  });

  it('places a transformer error without a position at the field it names, by a plain scan when no server answers', async () => {
    const { runner, text } = await gen1Runner('named-schema-error');
    const result = await runner.run();
    expect(result.phase).toBe('failed');
    const schema = `${project!.root}/amplify/backend/api/blog/schema.graphql`;
    const line =
      readFileSync(schema, 'utf8')
        .split('\n')
        .findIndex((l) => /^\s+comments: \[Comment\]/.test(l)) + 1;
    expect(result.namedSchemaErrors).toEqual([{ file: schema, line, column: 3, message: 'Expected references for @hasMany on Post.comments' }]);
    expect(text()).toContain(`[Amplify Lens] ${schema}:${line}:3: error: Expected references for @hasMany on Post.comments\r\n`);
  });

  it('writes nothing for a named error whose names the schema does not declare', async () => {
    const { runner, text } = await gen1Runner(
      'named-schema-error',
      'push',
      {},
      { LENS_FAKE_SCHEMA_ERROR: 'Expected references for @hasMany on Invoice.lines' },
    );
    const result = await runner.run();
    expect(result.namedSchemaErrors).toEqual([]);
    expect(text()).not.toContain('[Amplify Lens]');
  });

  it('learns a sandbox root stack from ampx output, and cancels a watching sandbox cleanly', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    project = await gen2FakeProject();
    gateway = new CloudFormationGateway({ region: seed.state.region, endpoint: fake.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    let completed!: () => void;
    const deployed = new Promise<void>((resolve) => (completed = resolve));
    const runner = new DeployRunner({
      deployId: 'd2',
      envName: 'lens',
      action: deployAction('sandboxWatch'),
      input: {},
      program: [FAKE_AMPX],
      cwd: project.root,
      env: fakeCliEnv(fake, 'success'),
      reader: gateway,
      activeIntervalMs: 10,
      graceMs: 2_000,
      onDeployCompleted: () => completed(),
    });
    const finished = runner.run();
    await deployed;
    expect(runner.isRunning()).toBe(true);
    runner.cancel();
    const result = await finished;
    expect(result.phase).toBe('cancelled');
    expect(result.exit.code).toBe(0);
    expect(result.outputsFile).toBe('amplify_outputs.json');
    expect(result.snapshot.stacks[0]?.name).toBe(seed.sandboxes[0]!.stackName);
    expect(result.snapshot.counts.done).toBeGreaterThan(0);
  });

  it('writes ampx type-check errors as located lines with the absolute path', async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    project = await gen2FakeProject();
    let text = '';
    const runner = new DeployRunner({
      deployId: 'd3',
      envName: 'lens',
      action: deployAction('sandboxOnce'),
      input: {},
      program: [FAKE_AMPX],
      cwd: project.root,
      env: fakeCliEnv(fake, 'schema-error'),
      onText: (chunk) => (text += chunk),
    });
    const result = await runner.run();
    expect(result.phase).toBe('failed');
    expect(text).toContain(
      `[Amplify Lens] ${project.root}/amplify/data/resource.ts:12:5: error: TS2322: Type 'string' is not assignable to type 'number'.\r\n`,
    );
    expect(result.snapshot.notDeployed).toEqual({
      reason:
        "TypeScript validation check failed. amplify/data/resource.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.",
      link: { path: `${project.root}/amplify/data/resource.ts`, line: 12, column: 5, label: 'resource.ts:12' },
    });
  });
});
