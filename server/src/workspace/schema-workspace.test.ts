import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaWorkspace } from './schema-workspace';
import { pathToUri } from './uri-paths';

describe('SchemaWorkspace', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lens-schemas-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('never keeps an analysis of texts that an edit replaced while they were read', async () => {
    const schemaPath = join(root, 'amplify/backend/api/blog/schema.graphql');
    await mkdir(dirname(schemaPath), { recursive: true });
    await writeFile(join(root, 'amplify/backend/backend-config.json'), '{}');
    await writeFile(schemaPath, 'type Post @model {\n  id: ID!\n}\n');
    const workspace = new SchemaWorkspace();
    await workspace.initialize([root], { schemaFiles: [] });
    const uri = pathToUri(schemaPath);
    // The first analysis reads the file from disk; the edit lands while it does.
    const during = workspace.analysisOf(uri);
    workspace.setOpenText(uri, 'type Post @modle {\n  id: ID!\n}\n');
    expect((await during)?.diagnostics.map((d) => d.code)).toEqual(['unknown-directive']);
    expect((await workspace.analysisOf(uri))?.diagnostics.map((d) => d.code)).toEqual(['unknown-directive']);
  });
});
