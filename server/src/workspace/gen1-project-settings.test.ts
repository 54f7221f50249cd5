import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGen1Project } from 'amplify-lens-model/project';
import { nodeProjectFiles } from 'amplify-lens-model/files';
import { gen1ApiSettings, listGen1SchemaFiles } from './gen1-project-settings';

/** The settings of API `name`, through the project model as the index reads it. */
async function apiSettings(root: string, name: string) {
  const project = await readGen1Project(nodeProjectFiles(root));
  const api = project.apis.find((candidate) => candidate.name === name);
  if (!api) throw new Error(`no API ${name}`);
  return gen1ApiSettings(project, api);
}

async function write(root: string, path: string, content: unknown): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
}

describe('Gen 1 API files and settings for SQL data sources and @predictions', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-gen1-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads schema.graphql and schema.sql.graphql together, and the schema folder only without them', async () => {
    const api = join(root, 'amplify/backend/api/blog');
    await write(api, 'schema/ignored.graphql', 'type A { a: String }');
    await write(api, 'schema.sql.graphql', 'input AMPLIFY { engine: String = "mysql" }');
    expect((await listGen1SchemaFiles(api)).map((file) => file.slice(api.length + 1))).toEqual(['schema.sql.graphql']);
    await write(api, 'schema.graphql', 'type Todo @model { id: ID! }');
    expect((await listGen1SchemaFiles(api)).map((file) => file.slice(api.length + 1))).toEqual(['schema.graphql', 'schema.sql.graphql']);
  });

  it('knows the custom SQL statements and whether S3 storage exists', async () => {
    await write(root, 'amplify/backend/backend-config.json', { api: { blog: { service: 'AppSync' } }, storage: { media: { service: 'S3' } } });
    const api = join(root, 'amplify/backend/api/blog');
    await write(api, 'sql-statements/searchPosts.sql', 'SELECT 1');
    await write(api, 'sql-statements/notes.txt', '');
    const settings = await apiSettings(root, 'blog');
    expect([...(settings.sqlStatementNames ?? [])]).toEqual(['searchPosts']);
    expect(settings.storageConfigured).toBe(true);
  });

  it('says storage is missing only when backend-config.json lists the APIs', async () => {
    await mkdir(join(root, 'amplify/backend/api/blog'), { recursive: true });
    expect((await apiSettings(root, 'blog')).storageConfigured).toBeUndefined();
    await write(root, 'amplify/backend/backend-config.json', { api: { blog: {} }, storage: { table: { service: 'DynamoDB' } } });
    const settings = await apiSettings(root, 'blog');
    expect(settings.storageConfigured).toBe(false);
    expect([...(settings.sqlStatementNames ?? [])]).toEqual([]);
  });
});
