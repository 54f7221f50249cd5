import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, relativeImports, repositoryCycles } from '../../scripts/eslint/folder-graph.mjs';
import { repoRoot } from '../support/repo-root';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'lens-folders-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('folder cycles', () => {
  it('finds a circle through three sibling folders, with the imports that make it', () => {
    const edges = folderEdges(
      tree({
        'views/tree.ts': "import { deploy } from '../deploy/run';",
        'deploy/run.ts': "export { panel } from '../panels/host';",
        'panels/host.ts': "const nodes = import('../views/tree');",
        'aws/client.ts': 'export const client = 1;',
        'views/uses-aws.ts': "import { client } from '../aws/client';",
      }),
    );
    expect(folderCycles(edges)).toEqual([['deploy', 'panels', 'views']]);
    expect(edges.get('panels -> views')?.imports).toEqual([{ file: 'panels/host.ts', specifier: '../views/tree' }]);
  });

  it('compares siblings only: a folder and its own subfolders may import each other, tests are not layers', () => {
    const edges = folderEdges(
      tree({
        'graphql/analyze.ts': "import { rule } from './rules/rule';",
        'graphql/rules/rule.ts': "import { analyze } from '../analyze';",
        'graphql/rules/auth/auth.ts': "import { hover } from '../../hover/hover';",
        'graphql/hover/hover.ts': 'export const hover = 1;',
        'graphql/hover/hover.test.ts': "import { rule } from '../rules/rule';",
        'graphql/hover/test-support/at.ts': "import { rule } from '../../rules/rule';",
      }),
    );
    expect([...edges.keys()]).toEqual(['graphql/rules -> graphql/hover']);
    expect(folderCycles(edges)).toEqual([]);
  });

  it('finds none in the repository', () => {
    expect(repositoryCycles(repoRoot())).toEqual([]);
  });

  it('finds no file importing another that imports it back in the syntax layer and the features on it', () => {
    for (const folder of ['syntax', 'completion', 'hover', 'format']) {
      const dir = join(repoRoot(), 'server/src/graphql', folder);
      const edges = new Map<string, { parent: string; from: string; to: string }>();
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))) {
        for (const specifier of relativeImports(readFileSync(join(dir, name), 'utf8'))) {
          if (!specifier.startsWith('./')) continue;
          const to = `${specifier.slice(2)}.ts`;
          edges.set(`${name} -> ${to}`, { parent: folder, from: name, to });
        }
      }
      expect(folderCycles(edges), folder).toEqual([]);
    }
  });
});
