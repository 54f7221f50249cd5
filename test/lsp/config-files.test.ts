import { readFile } from 'node:fs/promises';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type Hover } from 'vscode-languageserver-protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { positionOf } from '../support/cursor';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';
import { ProjectsRequest, type ResultOf } from 'amplify-lens-model/contracts';

const BACKEND_CONFIG = 'amplify/backend/backend-config.json';

/** The text a diagnostic's range covers in `text`. */
function covered(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const lines = text.split('\n');
  return range.start.line === range.end.line ? lines[range.start.line].slice(range.start.character, range.end.character) : undefined;
}

function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const contents = hover.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return contents.value;
}

describe('language server over stdio: configuration files', () => {
  let project: TempProject;
  let client: LspTestClient;

  beforeEach(async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
  });

  afterEach(async () => {
    await client.stop();
    await project.dispose();
  });

  it('keeps the example project free of configuration diagnostics', async () => {
    for (const path of [BACKEND_CONFIG, 'amplify/team-provider-info.json', 'amplify/cli.json', 'amplify/backend/api/blog/cli-inputs.json']) {
      expect(await client.waitForDiagnostics(fileUri(project.path(path)))).toEqual([]);
    }
  });

  it('checks backend-config.json against its schema and against the project as you type', async () => {
    const uri = fileUri(project.path(BACKEND_CONFIG));
    const original = await readFile(project.path(BACKEND_CONFIG), 'utf8');
    await client.open(uri, original, 'json');
    const broken = original.replace('"resourceName": "blogauth"', '"resourceName": "blogauht"');
    const version = await client.replace(uri, broken);
    const diagnostics = await client.waitForDiagnostics(uri, (_d, params) => params.version === version && _d.length > 0);
    const missing = diagnostics.find((d) => d.code === 'config-depends-on-missing-resource');
    expect(missing).toBeDefined();
    expect(covered(broken, missing!.range)).toBe('"blogauht"');
  });

  it('reports an env checked out locally that team-provider-info.json lacks', async () => {
    const path = await project.write(
      'amplify/.config/local-env-info.json',
      '{\n  "projectPath": "/x",\n  "defaultEditor": "code",\n  "envName": "staging"\n}\n',
    );
    const uri = fileUri(path);
    await client.open(uri, await readFile(path, 'utf8'), 'json');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'config-env-missing'));
    const diagnostic = diagnostics.find((d) => d.code === 'config-env-missing')!;
    expect(diagnostic.message).toContain('dev');
    expect(diagnostic.range.start.line).toBe(3);
  });

  it('validates transform.conf.json enums', async () => {
    const path = project.path('amplify/backend/api/blog/transform.conf.json');
    const uri = fileUri(path);
    const text =
      '{\n  "Version": 5,\n  "ResolverConfig": {\n    "project": { "ConflictDetection": "VERSION", "ConflictHandler": "LAST_WRITE_WINS" }\n  }\n}\n';
    await client.open(uri, text, 'json');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.map((d) => d.code)).toEqual(['json-schema-enum']);
    expect(covered(text, diagnostics[0].range)).toBe('"LAST_WRITE_WINS"');
  });

  it('checks amplify.yml, offers its keys, and fixes a misspelt key', async () => {
    const text =
      'version: 1\nfrontend:\n  phases:\n    build:\n      command:\n        - npm run build\n  artifacts:\n    baseDirectory: build\n    files:\n      - "**/*"\n';
    const path = await project.write('amplify.yml', text);
    const uri = fileUri(path);
    await client.open(uri, text, 'yaml');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const unknown = diagnostics.find((d) => d.code === 'yaml-schema-unknown-property')!;
    expect(covered(text, unknown.range)).toBe('command');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    })) as CodeAction[];
    expect(actions.map((a) => a.edit?.changes?.[uri]?.[0]?.newText)).toContain('commands');
    const completion = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 6, character: 2 }, // the start of `artifacts:` inside `frontend:`
    });
    const labels = (Array.isArray(completion) ? completion : (completion?.items ?? [])).map((item) => item.label);
    expect(labels).toContain('cache');
    expect(labels).not.toContain('phases'); // already written
  });

  it('never shows a secret-looking value in a hover', async () => {
    const path = project.path('amplify/team-provider-info.json');
    const info = JSON.parse(await readFile(path, 'utf8'));
    info.dev.categories.auth = { blogauth: { googleAppSecret: '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' } };
    const text = JSON.stringify(info, null, 2);
    const uri = fileUri(path);
    await client.open(uri, text, 'json');
    const position = positionOf(text, 'GOCSPX', 3);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
    expect(hoverText(hover)).not.toContain('GOCSPX');
  });

  it('leaves JSON schema checks to the editor when asked to, keeping the cross-file ones', async () => {
    await client.stop();
    client = await LspTestClient.start(project.root, { jsonSchemaFeatures: false });
    const path = project.path('amplify/backend/api/blog/transform.conf.json');
    const uri = fileUri(path);
    await client.open(uri, '{ "Version": "five" }', 'json');
    const backendUri = fileUri(project.path(BACKEND_CONFIG));
    const original = await readFile(project.path(BACKEND_CONFIG), 'utf8');
    await client.open(backendUri, original.replace('"resourceName": "blogauth"', '"resourceName": "nope"'), 'json');
    await client.waitForDiagnostics(backendUri, (d) => d.some((x) => x.code === 'config-depends-on-missing-resource'));
    expect(client.diagnostics.get(uri)?.diagnostics ?? []).toEqual([]);
  });

  it('lists the indexed projects with their APIs for views to name', async () => {
    const projects: ResultOf<typeof ProjectsRequest> = await client.connection.sendRequest(ProjectsRequest.method);
    expect(projects).toHaveLength(1);
    expect(projects[0].generation).toBe(1);
    expect(projects[0].graphqlApis.map((api) => api.name)).toEqual(['blog']);
  });
});
