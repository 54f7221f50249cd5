import { afterEach, describe, expect, it } from 'vitest';
import { LocateSchemaSymbolsRequest, type ResultOf, type SchemaSymbolLocation } from 'amplify-lens-model/contracts';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

type Answer = ResultOf<typeof LocateSchemaSymbolsRequest>;

/** `file@line:col kind` (1-based), so each expectation says where the error would land. */
function where(project: TempProject, location: SchemaSymbolLocation | null): string | null {
  if (!location) return null;
  const file = location.uri.slice(fileUri(project.root).length + 1);
  return `${file}@${location.range.start.line + 1}:${location.range.start.character + 1} ${location.kind}`;
}

describe('language server over stdio: amplifyLens/locateSchemaSymbols', () => {
  let project: TempProject | undefined;
  let client: LspTestClient | undefined;

  afterEach(async () => {
    await client?.stop();
    await project?.dispose();
    [client, project] = [undefined, undefined];
  });

  it('answers where a Gen 1 schema declares the types and fields a deploy error names, and null for the rest', async () => {
    project = await TempProject.fromExample('gen1-blog');
    client = await LspTestClient.start(project.root);
    const answer: Answer = await client.connection.sendRequest(LocateSchemaSymbolsRequest.method, {
      projectRoot: project.root,
      symbols: [
        { typeName: 'Post', fieldName: 'comments' },
        { typeName: 'Blog' },
        { typeName: 'Blog', fieldName: 'owner' },
        { fieldName: 'readingMinutes' },
        { typeName: 'Invoice' },
        { typeName: 'Post } type X {' },
        'not a query',
      ],
    });
    expect(answer.map((location) => where(project!, location))).toEqual([
      'amplify/backend/api/blog/schema.graphql@32:3 field',
      'amplify/backend/api/blog/schema.graphql@10:6 type',
      'amplify/backend/api/blog/schema.graphql@10:6 type',
      'amplify/backend/api/blog/schema.graphql@31:3 field',
      null,
      null,
      null,
    ]);
  });

  it('answers from a Gen 2 TypeScript schema without running it, and nothing for a folder without a project', async () => {
    project = await TempProject.fromExample('gen2-todo');
    // Not trusted: the schema is read, never run, to place a deploy's error.
    client = await LspTestClient.start(project.root, { workspaceTrusted: false });
    const answer: Answer = await client.connection.sendRequest(LocateSchemaSymbolsRequest.method, {
      projectRoot: project.root,
      symbols: [{ typeName: 'Project', fieldName: 'todos' }, { typeName: 'Todo' }, { fieldName: 'dueOn' }, { typeName: 'Comment' }],
    });
    expect(answer.map((location) => where(project!, location))).toEqual([
      'amplify/data/resource.ts@10:7 field',
      'amplify/data/resource.ts@14:3 type',
      'amplify/data/resource.ts@19:7 field',
      null,
    ]);
    const elsewhere: Answer = await client.connection.sendRequest(LocateSchemaSymbolsRequest.method, {
      projectRoot: '/nowhere',
      symbols: [{ typeName: 'Todo' }],
    });
    expect(elsewhere).toEqual([null]);
    expect(await client.connection.sendRequest(LocateSchemaSymbolsRequest.method)).toEqual([]);
  });
});
