import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LocateSchemaSymbolsRequest, type ResultOf } from 'amplify-lens-model/contracts';
import { DeployRunner } from '../../client/src/deploy/deploy-runner';
import { deployAction } from '../../client/src/deploy/deploy-command-catalog';
import type { SchemaSymbolLocator } from '../../client/src/deploy/named-error-placement';
import { gen1Seed, gen2Seed, startFakeAws, type FakeAws } from '../fake-aws';
import { FAKE_AMPLIFY, FAKE_AMPX, fakeCliEnv, gen1FakeProject, gen2FakeProject } from '../fake-cli/fake-cli-projects';
import { LspTestClient } from '../support/lsp-test-client';
import type { TempProject } from '../support/temp-project';

let fake: FakeAws | undefined;
let project: TempProject | undefined;
let client: LspTestClient | undefined;
afterEach(async () => {
  await client?.stop();
  await fake?.stop();
  await project?.dispose();
  [client, fake, project] = [undefined, undefined, undefined];
});

/** What the extension's language client does: the request, declared once, to the running server. */
function serverLocator(lsp: LspTestClient): SchemaSymbolLocator {
  return (projectRoot, symbols) =>
    lsp.connection.sendRequest(LocateSchemaSymbolsRequest.method, { projectRoot, symbols }) as Promise<
      ResultOf<typeof LocateSchemaSymbolsRequest>
    >;
}

const lineOf = (file: string, pattern: RegExp) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => pattern.test(line)) + 1;

describe('a deploy error without a position, placed by the language server (fake CLI → runner → server over stdio)', () => {
  it('amplify push: an error naming a field alone lands on the one type declaring it, which only the server can tell', async () => {
    const seed = gen1Seed({ project: 'gen1blog', envs: ['dev'], api: 'blog' });
    fake = await startFakeAws(seed.state);
    project = await gen1FakeProject(seed.envs, seed.state.region);
    client = await LspTestClient.start(project.root);
    const message = "Sort Key Condition could not be constructed for field 'readingMinutes'";
    const run = async (symbolLocator?: SchemaSymbolLocator) => {
      let text = '';
      const result = await new DeployRunner({
        deployId: 'n1',
        envName: 'dev',
        action: deployAction('push'),
        input: {},
        program: [FAKE_AMPLIFY],
        cwd: project!.root,
        env: fakeCliEnv(fake!, 'named-schema-error', { LENS_FAKE_SCHEMA_ERROR: message }),
        symbolLocator,
        onText: (chunk) => (text += chunk),
      }).run();
      return { result, text };
    };
    const schema = `${project.root}/amplify/backend/api/blog/schema.graphql`;
    const line = lineOf(schema, /^\s+readingMinutes:/);
    const byServer = await run(serverLocator(client));
    expect(byServer.result.namedSchemaErrors).toEqual([{ file: schema, line, column: 3, message }]);
    expect(byServer.text).toContain(`[Amplify Lens] ${schema}:${line}:3: error: ${message}\r\n`);
    // The plain scan does not know which types declare a field: it places nothing rather than guess.
    expect((await run(undefined)).result.namedSchemaErrors).toEqual([]);
  });

  it("ampx sandbox: the data construct's cause lands on the field of the TypeScript schema, where the plain scan knows only the model", async () => {
    const seed = gen2Seed({ appName: 'gen2-todo', sandboxes: ['lens'] });
    fake = await startFakeAws(seed.state);
    project = await gen2FakeProject();
    client = await LspTestClient.start(project.root, { workspaceTrusted: false });
    const resource = `${project.root}/amplify/data/resource.ts`;
    const run = async (symbolLocator?: SchemaSymbolLocator) =>
      new DeployRunner({
        deployId: 'n2',
        envName: 'lens',
        action: deployAction('sandboxOnce'),
        input: {},
        program: [FAKE_AMPX],
        cwd: project!.root,
        env: fakeCliEnv(fake!, 'named-schema-error'),
        symbolLocator,
      }).run();
    const byServer = await run(serverLocator(client));
    expect(byServer.namedSchemaErrors).toEqual([
      {
        file: resource,
        line: lineOf(resource, /^\s+todos: a\.hasMany/),
        column: 7,
        message: 'Expected references for @hasMany on Project.todos',
      },
    ]);
    const byScan = await run(undefined);
    expect(byScan.namedSchemaErrors).toEqual([
      { file: resource, line: lineOf(resource, /^\s+Project: a$/), column: 3, message: 'Expected references for @hasMany on Project.todos' },
    ]);
  });
});
