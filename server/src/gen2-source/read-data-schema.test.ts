import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToUri } from '../workspace/uri-paths';
import { readDataSchema } from './read-data-schema';
import { callNamed } from './schema-reading';

const EXAMPLE = resolve(__dirname, '../../../examples/gen2-todo/amplify/data/resource.ts');

function memory(files: Record<string, string>) {
  return (path: string) => files[path];
}

function textAt(text: string, place: { start: number; end: number }) {
  return text.slice(place.start, place.end);
}

describe('reading a data schema from its TypeScript', () => {
  it('finds the models, fields and builder calls of the example, with their places', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const reading = readDataSchema(EXAMPLE, (path) => (path === EXAMPLE ? text : undefined))!;
    expect([...reading.types.keys()]).toEqual(['Priority', 'Project', 'Todo', 'sayHello']);
    expect([...reading.types.values()].map((t) => t.kind)).toEqual(['enum', 'model', 'model', 'query']);
    const todo = reading.types.get('Todo')!;
    expect(textAt(text, todo.key)).toBe('Todo');
    expect([...todo.fields.keys()]).toEqual(['content', 'done', 'priority', 'dueOn', 'projectId', 'project']);
    const project = todo.fields.get('project')!;
    expect(project.builder).toBe('belongsTo');
    expect(textAt(text, project.root!.call)).toBe("a.belongsTo('Project', 'projectId')");
    expect(textAt(text, todo.fields.get('done')!.calls[0].call)).toBe('a.boolean().default(false)');
    const indexes = callNamed(todo.calls, 'secondaryIndexes')!;
    expect(textAt(text, indexes.call).startsWith('.secondaryIndexes') || textAt(text, indexes.call).startsWith('a\n')).toBe(true);
    expect(reading.authorizationModes).toEqual({ keys: ['defaultAuthorizationMode'], defaultMode: 'userPool' });
    expect([...reading.types.get('sayHello')!.arguments.keys()]).toEqual(['name']);
    expect(reading.defineData.uri).toBe(pathToUri(EXAMPLE));
  });

  it('reads a generated SQL schema imported and changed in the resource file: its renamed models and their rules', () => {
    const sqlFile = [
      "import { a } from '@aws-amplify/data-schema';",
      "import { configure } from '@aws-amplify/data-schema/internals';",
      "export const schema = configure({ database: { identifier: 'ID1', engine: 'postgresql' } }).schema({",
      "  notes: a.model({ id: a.integer().required(), title: a.string() }).identifier(['id']),",
      "  tags: a.model({ id: a.integer().required() }).identifier(['id']),",
      '});',
    ].join('\n');
    const resource = [
      "import { defineData } from '@aws-amplify/backend';",
      "import { schema as generated } from './schema.sql';",
      'const schema = generated',
      '  .setAuthorization((models) => [models.notes.authorization((allow) => [allow.authenticated()])])',
      "  .renameModels(() => [['notes', 'Note']]);",
      'export const data = defineData({ schema });',
    ].join('\n');
    const files = { '/p/amplify/data/resource.ts': resource, '/p/amplify/data/schema.sql.ts': sqlFile };
    const reading = readDataSchema('/p/amplify/data/resource.ts', memory(files))!;
    expect([...reading.types.keys()]).toEqual(['tags', 'Note']);
    const note = reading.types.get('Note')!;
    expect(note.key.uri).toBe(pathToUri('/p/amplify/data/schema.sql.ts'));
    expect(textAt(sqlFile, note.key)).toBe('notes');
    expect(textAt(resource, callNamed(note.calls, 'authorization')!.call)).toBe(
      'models.notes.authorization((allow) => [allow.authenticated()])',
    );
  });

  it('follows shorthand properties, constants and relative imports to the models', () => {
    const files: Record<string, string> = {
      '/p/amplify/data/resource.ts': [
        "import { a, defineData, type ClientSchema } from '@aws-amplify/backend';",
        "import { Post } from './models/post';",
        'const Blog = a.model({ name: a.string(), posts: a.hasMany("Post", "blogId") }).authorization((allow) => { return [allow.owner()]; });',
        'const schema = a.schema({ Blog, Post });',
        'export type Schema = ClientSchema<typeof schema>;',
        'export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: "apiKey", apiKeyAuthorizationMode: { expiresInDays: 30 } } });',
      ].join('\n'),
      '/p/amplify/data/models/post.ts': [
        "import { a } from '@aws-amplify/backend';",
        'export const Post = a',
        '  .model({',
        '    blogId: a.id(),',
        "    blog: a.belongsTo('Blog', 'blogId'),",
        '  })',
        '  .authorization((allow) => [allow.owner()]);',
      ].join('\n'),
    };
    const reading = readDataSchema('/p/amplify/data/resource.ts', memory(files))!;
    const post = reading.types.get('Post')!;
    expect(post.kind).toBe('model');
    expect(post.value.uri).toBe(pathToUri('/p/amplify/data/models/post.ts'));
    expect(post.key.uri).toBe(pathToUri('/p/amplify/data/resource.ts'));
    expect([...post.fields.keys()]).toEqual(['blogId', 'blog']);
    const blogField = post.fields.get('blog')!;
    expect(textAt(files['/p/amplify/data/models/post.ts'], blogField.key)).toBe('blog');
    const auth = callNamed(reading.types.get('Blog')!.calls, 'authorization')!;
    const arrow = auth.call.args[0];
    expect(arrow.kind === 'arrow' && arrow.body.kind).toBe('array');
    expect(reading.authorizationModes?.keys).toEqual(['defaultAuthorizationMode', 'apiKeyAuthorizationMode']);
  });

  it('reads a combined schema and a schema-wide authorization', () => {
    const text = [
      "import { a, defineData } from '@aws-amplify/backend';",
      'const one = a.schema({ A: a.model({ x: a.string() }) }).authorization((allow) => [allow.publicApiKey()]);',
      'const two = a.schema({ B: a.customType({ y: a.integer(), inner: a.customType({ z: a.float() }) }) });',
      'export const data = defineData({ schema: a.combine([one, two]) });',
    ].join('\n');
    const reading = readDataSchema('/r.ts', memory({ '/r.ts': text }))!;
    expect([...reading.types.keys()]).toEqual(['A', 'B']);
    expect([...reading.types.get('B')!.fields.get('inner')!.nested!.keys()]).toEqual(['z']);
    expect(reading.schemaAuthorization).toBeDefined();
  });

  it('finds an inline GraphQL schema and the .graphql file a resource reads', () => {
    const inline =
      "import { defineData } from '@aws-amplify/backend';\nexport const data = defineData({ schema: /* GraphQL */ `\n  type Todo @model { id: ID! }\n` });\n";
    const reading = readDataSchema('/i.ts', memory({ '/i.ts': inline }))!;
    expect(reading.inlineGraphql?.text).toBe('\n  type Todo @model { id: ID! }\n');
    expect(inline.slice(reading.inlineGraphql!.contentStart).startsWith('\n  type Todo')).toBe(true);

    const fromFile = [
      "import { readFileSync } from 'node:fs';",
      "import { defineData } from '@aws-amplify/backend';",
      "const schema = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');",
      'export const data = defineData({ schema });',
    ].join('\n');
    expect(readDataSchema('/f.ts', memory({ '/f.ts': fromFile }))!.graphqlFileNames).toEqual(['./schema.graphql']);
  });

  it('returns undefined for a file without defineData, and survives broken text', () => {
    expect(readDataSchema('/x.ts', memory({ '/x.ts': 'export const auth = defineAuth({ loginWith: { email: true } });' }))).toBeUndefined();
    for (const broken of [
      'defineData({ schema: a.schema({ A: a.model({ x: a.string(',
      'defineData(',
      '`unterminated',
      'const = = ;;; ((( ]]] }}}',
    ]) {
      expect(() => readDataSchema('/b.ts', memory({ '/b.ts': broken }))).not.toThrow();
    }
  });
});
