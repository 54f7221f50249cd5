import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectIndex } from './project-index';
import { Gen2TestProject } from '../../test-support/gen2/gen2-test-project';

const STRAY = 'type Todo @modle { id: ID! }\n';

describe('which .graphql files a Gen 2 project deploys', () => {
  let project: Gen2TestProject;
  afterEach(async () => project.dispose());

  async function schemaFiles(files: Record<string, string>) {
    project = await Gen2TestProject.create({ 'amplify/backend.ts': 'export {}', ...files }, []);
    const index = new ProjectIndex();
    await index.indexFolders([project.root]);
    return { api: index.all[0].apis[0], index };
  }

  it('has none when resource.ts writes its schema in TypeScript: a stray schema.graphql is not a schema', async () => {
    const { api, index } = await schemaFiles({
      'amplify/data/resource.ts':
        "import { a, defineData } from '@aws-amplify/backend';\nexport const data = defineData({ schema: a.schema({ Todo: a.model({ x: a.string() }) }) });\n",
      'amplify/data/schema.graphql': STRAY,
    });
    expect(api.schemaFiles).toEqual([]);
    expect(index.apiOf(project.path('amplify/data/schema.graphql'))).toBeUndefined();
  });

  it('has the file resource.ts reads as its schema', async () => {
    const { api } = await schemaFiles({
      'amplify/data/resource.ts': [
        "import { readFileSync } from 'node:fs';",
        "import { defineData } from '@aws-amplify/backend';",
        "export const data = defineData({ schema: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8') });",
      ].join('\n'),
      'amplify/data/schema.graphql': 'type Todo @model { id: ID! }\n',
      'amplify/data/old.graphql': STRAY,
    });
    expect(api.schemaFiles).toEqual([join(project.root, 'amplify/data/schema.graphql')]);
  });

  it('keeps every .graphql under amplify/data while no resource defines data yet', async () => {
    const { api } = await schemaFiles({ 'amplify/data/schema.graphql': STRAY });
    expect(api.schemaFiles).toEqual([join(project.root, 'amplify/data/schema.graphql')]);
  });
});
