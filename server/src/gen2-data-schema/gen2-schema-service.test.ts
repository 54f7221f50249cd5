import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../test-support/graphql/apply-text-edits';
import { ProjectIndex } from '../workspace/project-index';
import { pathToUri } from '../workspace/uri-paths';
import { Gen2SchemaService } from './gen2-schema-service';
import { Gen2TestProject, REPO_ROOT, WORKER_PATH } from '../../test-support/gen2/gen2-test-project';

const RESOURCE = 'amplify/data/resource.ts';

describe('Gen 2 data schemas in TypeScript', () => {
  let project: Gen2TestProject;
  let service: Gen2SchemaService;
  const open = new Map<string, string>();
  let original: string;
  let uri: string;

  beforeAll(async () => {
    project = await Gen2TestProject.create({});
    await cp(join(REPO_ROOT, 'examples/gen2-todo/amplify'), project.path('amplify'), { recursive: true });
    const index = new ProjectIndex();
    await index.indexFolders([project.root]);
    service = new Gen2SchemaService(index, () => open, { executeProjectCode: true, workerPath: WORKER_PATH });
    uri = pathToUri(project.path(RESOURCE));
    original = await readFile(project.path(RESOURCE), 'utf8');
  });
  afterAll(async () => {
    service.dispose();
    await project.dispose();
  });

  function edit(text: string) {
    open.set(uri, text);
    service.invalidate(uri);
  }

  it('finds no problem in the example, and knows the SDL it deploys', async () => {
    open.clear();
    service.invalidateAll();
    expect(service.resourceUris()).toEqual([uri]);
    const result = await service.analysisOf(uri);
    expect(result?.analysis.diagnostics).toEqual([]);
    expect(result?.analysis.sdl).toContain('projectId: ID @index(sortKeyFields: ["dueOn"], queryField: "todosByProject")');
    expect(result?.analysis.toolchain?.dataSchemaSource).toBe('project');
  });

  it('puts a builder exception on the relationship call, with a fix that adds the counterpart', async () => {
    const broken = original.replace("      project: a.belongsTo('Project', 'projectId'),\n", '');
    edit(broken);
    const [diagnostic, ...rest] = await service.diagnosticsOf(uri);
    expect(rest).toEqual([]);
    expect(diagnostic.code).toBe('gen2-schema-builder-error');
    expect(diagnostic.message).toContain('Unable to find associated relationship definition in Todo for Project.todos');
    const line = broken.split('\n')[diagnostic.range.start.line];
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe("a.hasMany('Todo', 'projectId')");
    const fixed = applyTextEdits(broken, diagnostic.fixes![0].edits);
    expect(fixed).toContain("      projectId: a.id(),\n      project: a.belongsTo('Project', 'projectId'),\n    })");
    edit(fixed);
    expect(await service.diagnosticsOf(uri)).toEqual([]);
  });

  it('maps a transformer rule on the generated SDL back to the TypeScript that caused it', async () => {
    const broken = original.replace("index('projectId').sortKeys(['dueOn'])", "index('projectId').sortKeys(['dueOnn'])");
    edit(broken);
    const diagnostics = await service.diagnosticsOf(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['index-sort-key-not-found']);
    const [diagnostic] = diagnostics;
    const line = broken.split('\n')[diagnostic.range.start.line];
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe("'dueOnn'");
  });

  it('reports a file that throws once, on the line that threw', async () => {
    const broken = original.replace('const schema = a.schema({', "throw new Error('no schema today');\nconst schema = a.schema({");
    edit(broken);
    const diagnostics = await service.diagnosticsOf(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'gen2-schema-load-failed', severity: 'error', range: { start: { line: 3, character: 6 } } });
    expect(diagnostics[0].message).toContain('no schema today');
  });

  it('runs nothing without trust and says so on the defineData call', async () => {
    edit(original);
    service.setExecuteProjectCode(false);
    try {
      const diagnostics = await service.diagnosticsOf(uri);
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['gen2-schema-needs-trust', 'information']]);
      expect(original.split('\n')[diagnostics[0].range.start.line]).toContain('defineData(');
    } finally {
      service.setExecuteProjectCode(true);
    }
  });
});
