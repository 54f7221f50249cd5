import { describe, expect, it } from 'vitest';
import { checkProject } from './check-project';
import { json, project } from '../../../test-support/config/memory-project';

const files = project({
  '.gitignore': 'node_modules/\n',
  'amplify/backend/backend-config.json': json({ function: { gone: { service: 'Lambda' } } }),
  'amplify_outputs.json': '{}',
  'amplify/backend/amplify-meta.json': '{}',
});

describe('checkProject', () => {
  it('runs the Gen 1 cross-file checks and the Gen 1 ignore list for a Gen 1 project', async () => {
    expect((await checkProject(files, 1)).map((d) => d.code)).toEqual(['config-not-git-ignored', 'config-resource-folder-missing']);
  });

  it('runs only the Gen 2 ignore list for a Gen 2 project', async () => {
    const diagnostics = await checkProject(files, 2);
    expect(diagnostics.map((d) => [d.code, d.uri])).toEqual([['config-not-git-ignored', 'file:///projects/app/amplify_outputs.json']]);
  });
});
