import { WorkspaceTrustedNotification } from 'amplify-lens-model/contracts';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { positionOf } from '../support/cursor';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { repoRoot } from '../support/repo-root';
import { TempProject } from '../support/temp-project';

const RESOURCE = 'amplify/data/resource.ts';

/** What a Gen 2 project has installed that Lens uses: the same packages the repository installs. */
async function installDependencies(project: TempProject): Promise<void> {
  await mkdir(project.path('node_modules/@aws-amplify'), { recursive: true });
  await symlink(join(repoRoot(), 'node_modules/esbuild'), project.path('node_modules/esbuild'), 'dir');
  await symlink(join(repoRoot(), 'node_modules/@aws-amplify/data-schema'), project.path('node_modules/@aws-amplify/data-schema'), 'dir');
}

function covered(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  const { start, end } = diagnostic.range;
  return start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character);
}

describe('language server over stdio: Gen 2 schemas in TypeScript', () => {
  let project: TempProject;
  let client: LspTestClient;
  let uri: string;
  let original: string;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen2-todo');
    await installDependencies(project);
    uri = fileUri(project.path(RESOURCE));
    original = await readFile(project.path(RESOURCE), 'utf8');
  });

  afterEach(async () => {
    await client.stop();
    await project.dispose();
  });

  it('runs nothing until resource.ts is opened; then finds the example valid', async () => {
    client = await LspTestClient.start(project.root);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.diagnostics.has(uri)).toBe(false);
    await client.open(uri, original, 'typescript');
    expect(await client.waitForDiagnostics(uri)).toEqual([]);
  });

  it('puts a broken relationship on the call that causes it, offers the fix, and clears it when fixed', async () => {
    client = await LspTestClient.start(project.root);
    await client.open(uri, original, 'typescript');
    await client.waitForDiagnostics(uri);
    const broken = original.replace("project: a.belongsTo('Project', 'projectId')", "project: a.belongsTo('Project', 'projectKey')");
    await client.replace(uri, broken);
    const [diagnostic, ...rest] = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'gen2-schema-builder-error', source: 'amplify-lens', severity: 1 });
    expect(covered(broken, diagnostic)).toBe("a.hasMany('Todo', 'projectId')");
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toContain("Add 'project2: a.belongsTo('Project', …)' to Todo");
    await client.replace(uri, original);
    expect(await client.waitForDiagnostics(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('completes model names inside a.belongsTo(…), field names in its references, and goes to the model', async () => {
    client = await LspTestClient.start(project.root);
    const typing = original.replace("project: a.belongsTo('Project', 'projectId')", "project: a.belongsTo('P')");
    await client.open(uri, typing, 'typescript');
    await client.waitForDiagnostics(uri);
    const models = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionOf(typing, "a.belongsTo('P", 14),
    })) as CompletionItem[];
    expect(models.map((item) => item.label)).toEqual(['Project', 'Todo']);
    const referencing = original.replace("a.belongsTo('Project', 'projectId')", "a.belongsTo('Project', '')");
    await client.replace(uri, referencing);
    const fields = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionOf(referencing, "'Project', ''", 12),
    })) as CompletionItem[];
    expect(fields.map((item) => item.label)).toEqual(['content', 'done', 'priority', 'dueOn', 'projectId']);
    await client.replace(uri, original);
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positionOf(original, "belongsTo('Project'", 12),
    })) as Location[];
    expect(definition).toHaveLength(1);
    expect(definition[0].range.start).toEqual(positionOf(original, 'Project: a'));
  });

  it('shows the SDL a model becomes on hover', async () => {
    client = await LspTestClient.start(project.root);
    await client.open(uri, original, 'typescript');
    await client.waitForDiagnostics(uri);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(original, 'Todo: a', 1),
    });
    expect((hover?.contents as MarkupContent).value).toContain('type Todo @model @auth(rules: [{allow: owner, ownerField: "owner"}');
  });

  it('in an untrusted workspace runs nothing and says that the check needs trust, until trust is granted', async () => {
    client = await LspTestClient.start(project.root, { workspaceTrusted: false });
    await client.open(uri, original.replace("a.belongsTo('Project', 'projectId')", "a.belongsTo('Project', 'projectKey')"), 'typescript');
    const [diagnostic] = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostic).toMatchObject({ code: 'gen2-schema-needs-trust', severity: 3 });
    await client.connection.sendNotification(WorkspaceTrustedNotification.method);
    const trusted = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'gen2-schema-builder-error'));
    expect(trusted.map((d) => d.code)).toEqual(['gen2-schema-builder-error']);
  });
});
