import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SchemaWorkerClient } from './schema-worker-client';
import { Gen2TestProject, WORKER_PATH } from '../../test-support/gen2/gen2-test-project';

const RESOURCE = 'amplify/data/resource.ts';
const TODO = `import { type ClientSchema, a, defineData } from '@aws-amplify/backend';
import { sayHello } from '../functions/say-hello/resource';

const schema = a.schema({
  Todo: a.model({ content: a.string().required() }).authorization((allow) => [allow.owner()]),
  sayHello: a.query().arguments({ name: a.string() }).returns(a.string())
    .handler(a.handler.function(sayHello)).authorization((allow) => [allow.authenticated()]),
});

export type Schema = ClientSchema<typeof schema>;
export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
`;
const FUNCTION = `import { defineFunction } from '@aws-amplify/backend';
export const sayHello = defineFunction({ name: 'say-hello' });
`;

describe('the schema worker', () => {
  let client: SchemaWorkerClient;
  let project: Gen2TestProject;

  beforeAll(() => {
    client = new SchemaWorkerClient({ workerPath: WORKER_PATH, timeoutMs: 10_000 });
  });
  afterAll(() => client.dispose());
  afterEach(async () => project?.dispose());

  it('returns the SDL transform() makes, the generated function names and the toolchain used', async () => {
    project = await Gen2TestProject.create({ [RESOURCE]: TODO, 'amplify/functions/say-hello/resource.ts': FUNCTION });
    const response = await client.evaluate({ projectRoot: project.root, resourcePath: project.path(RESOURCE), overrides: {} });
    if (!response.ok) throw new Error(JSON.stringify(response.failure));
    expect(response.result.sdl[0]).toContain('type Todo @model @auth(rules: [{allow: owner, ownerField: "owner"}])');
    expect(response.result.sdl[0]).toContain('sayHello(name: String): String @function(name: "FnSayHello")');
    expect(response.result.functionNames).toEqual(['FnSayHello']);
    expect(response.result.authorizationModes).toEqual({ keys: ['defaultAuthorizationMode'], defaultMode: 'userPool' });
    expect(response.result.toolchain).toMatchObject({ dataSchemaSource: 'project', dataSchemaVersion: '1.26.2' });
    expect(response.result.toolchain.transpiler).toMatch(/^esbuild /);
    expect(response.result.loadedFiles.sort()).toEqual([project.path(RESOURCE), project.path('amplify/functions/say-hello/resource.ts')].sort());
  });

  it('evaluates the editor text over the disk, and a builder exception comes back as a transform failure', async () => {
    project = await Gen2TestProject.create({ [RESOURCE]: TODO, 'amplify/functions/say-hello/resource.ts': FUNCTION });
    const broken = TODO.replace(
      'content: a.string().required() }',
      "content: a.string().required(), posts: a.hasMany('Post', 'todoId') }",
    ).replace('sayHello: a.query()', 'Post: a.model({ todoId: a.id() }).authorization((allow) => [allow.owner()]),\n  sayHello: a.query()');
    const response = await client.evaluate({
      projectRoot: project.root,
      resourcePath: project.path(RESOURCE),
      overrides: { [project.path(RESOURCE)]: broken },
    });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.failure.phase).toBe('transform');
    expect(response.failure.message).toContain('Unable to find associated relationship definition in Post for Todo.posts');
  });

  it('reports a missing import, a throw with its TypeScript line, and keeps no AWS credentials in reach', async () => {
    project = await Gen2TestProject.create({
      [RESOURCE]:
        "import { a, defineData } from '@aws-amplify/backend';\nimport { x } from './missing';\nconsole.log(x);\nexport const data = defineData({ schema: a.schema({}) });\n",
    });
    process.env.AWS_SECRET_ACCESS_KEY = 'lens-test-secret';
    try {
      const missing = await client.evaluate({ projectRoot: project.root, resourcePath: project.path(RESOURCE), overrides: {} });
      expect(missing.ok || missing.failure).toMatchObject({ phase: 'load', missingModule: './missing' });
      const throwing =
        "import { a, defineData } from '@aws-amplify/backend';\n\nif (process.env.AWS_SECRET_ACCESS_KEY) throw new Error('leaked');\nconst n: number = 1;\nthrow new Error(`broken at ${n}`);\n";
      const thrown = await client.evaluate({
        projectRoot: project.root,
        resourcePath: project.path(RESOURCE),
        overrides: { [project.path(RESOURCE)]: throwing },
      });
      expect(thrown.ok || thrown.failure).toMatchObject({
        phase: 'load',
        message: 'broken at 1',
        frames: [{ path: project.path(RESOURCE), line: 5, column: 7 }],
      });
    } finally {
      delete process.env.AWS_SECRET_ACCESS_KEY;
    }
  });

  it('ends a resource file that never finishes at the time limit, and answers the next request', async () => {
    project = await Gen2TestProject.create({ [RESOURCE]: TODO, 'amplify/functions/say-hello/resource.ts': FUNCTION });
    const quick = new SchemaWorkerClient({ workerPath: WORKER_PATH, timeoutMs: 1500 });
    try {
      const looping = await quick.evaluate({
        projectRoot: project.root,
        resourcePath: project.path(RESOURCE),
        overrides: { [project.path(RESOURCE)]: 'while (true) {}\n' },
      });
      expect(looping.ok || looping.failure).toMatchObject({ timedOut: true });
      expect(quick.running).toBe(false);
      const next = await quick.evaluate({ projectRoot: project.root, resourcePath: project.path(RESOURCE), overrides: {} });
      expect(next.ok).toBe(true);
    } finally {
      quick.dispose();
    }
  });

  it('says so when the project has no transpiler installed, and falls back to the bundled data-schema when only it is missing', async () => {
    project = await Gen2TestProject.create({ [RESOURCE]: TODO, 'amplify/functions/say-hello/resource.ts': FUNCTION }, []);
    const bare = await client.evaluate({ projectRoot: project.root, resourcePath: project.path(RESOURCE), overrides: {} });
    expect(bare.ok || bare.failure).toMatchObject({ phase: 'toolchain' });
    const esbuildOnly = await Gen2TestProject.create({ [RESOURCE]: TODO, 'amplify/functions/say-hello/resource.ts': FUNCTION }, ['esbuild']);
    try {
      const bundled = await client.evaluate({ projectRoot: esbuildOnly.root, resourcePath: esbuildOnly.path(RESOURCE), overrides: {} });
      if (!bundled.ok) throw new Error(JSON.stringify(bundled.failure));
      expect(bundled.result.toolchain).toMatchObject({ dataSchemaSource: 'bundled', dataSchemaVersion: '1.26.2' });
      expect(bundled.result.sdl[0]).toContain('type Todo @model');
    } finally {
      await esbuildOnly.dispose();
    }
  });
});
