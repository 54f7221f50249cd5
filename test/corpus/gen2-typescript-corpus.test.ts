import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Gen2SchemaService } from '../../server/src/gen2-data-schema/gen2-schema-service';
import { ProjectIndex } from '../../server/src/workspace/project-index';
import { uriToPath } from '../../server/src/workspace/uri-paths';
import { repoRoot } from '../support/repo-root';

// The reference side of the SDL comparison: Vitest loads the same resource files through its own
// TypeScript pipeline; `@aws-amplify/backend` gives the real `a` from @aws-amplify/data-schema and
// a `defineData` that keeps its props, as the real factory does before it calls `transform()`.
const recorded: { props: Record<string, unknown> }[] = [];
vi.mock('@aws-amplify/backend', async () => {
  const { a } = await import('@aws-amplify/data-schema');
  const resource = (props: unknown) => ({ props, getInstance: () => undefined });
  return {
    a,
    defineData: (props: Record<string, unknown>) => recorded.push({ props }) && { props },
    defineAuth: resource,
    defineFunction: resource,
    defineStorage: resource,
    defineBackend: () => ({}),
    secret: (name: string) => ({ name }),
  };
});

const CORPUS = join(repoRoot(), 'test/corpus/gen2-typescript');
const WORKER = join(repoRoot(), 'server/out/gen2-schema-worker.js');

function projects(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(CORPUS, kind)).map((name) => join(CORPUS, kind, name)).filter((path) => statSync(path).isDirectory());
}

function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `// expect: code, code` (or `# expect:` in a GraphQL template): diagnostics starting on the next other line. */
function expectations(root: string): string[] {
  const expected: string[] = [];
  for (const file of scriptFiles(join(root, 'amplify'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const match = /^\s*(?:\/\/|#) expect: (.+)$/.exec(line);
      if (!match) return;
      let target = index + 1;
      while (/^\s*(?:\/\/|#) expect: /.test(lines[target] ?? '')) target++;
      for (const code of match[1].split(',')) expected.push(`${relative(root, file)}:${target + 1} ${code.trim()}`);
    });
  }
  return expected.sort();
}

async function analyse(root: string) {
  const index = new ProjectIndex();
  await index.indexFolders([root]);
  const service = new Gen2SchemaService(index, () => new Map(), { executeProjectCode: true, workerPath: WORKER });
  try {
    const [resource] = service.resourceUris();
    const result = await service.analysisOf(resource);
    return { resource, result };
  } finally {
    service.dispose();
  }
}

describe('Gen 2 TypeScript schema corpus', () => {
  afterAll(() => vi.resetModules());

  for (const root of projects('valid')) {
    it(`${relative(CORPUS, root)}: no diagnostics, and the SDL transform() returns`, async () => {
      const { result } = await analyse(root);
      expect(result?.analysis.diagnostics).toEqual([]);
      if (result?.reading.inlineGraphql) return; // nothing is transformed: the string is the schema
      recorded.length = 0;
      await import(join(root, 'amplify/data/resource.ts'));
      const schema = recorded[0]?.props.schema as { transform?: () => { schema: string }; schemas?: { transform(): { schema: string } }[] };
      const parts = schema.schemas ?? [schema as { transform(): { schema: string } }];
      const reference = parts.map((part) => part.transform().schema).join('\n\n');
      expect(result?.analysis.sdl).toBe(reference);
      expect(result?.analysis.toolchain?.dataSchemaSource).toBe('project');
    });
  }

  for (const root of projects('invalid')) {
    it(`${relative(CORPUS, root)}: the expected diagnostics, on the expected lines`, async () => {
      const { result } = await analyse(root);
      const actual = (result?.analysis.diagnostics ?? []).map((d) => `${relative(root, uriToPath(d.uri))}:${d.range.start.line + 1} ${d.code}`).sort();
      expect(actual).toEqual(expectations(root));
    });
  }
});
