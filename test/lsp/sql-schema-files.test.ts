import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompletionRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { positionOf } from '../support/cursor';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';

const API = 'amplify/backend/api/blog';
const SQL_SCHEMA = `${API}/schema.sql.graphql`;

describe('language server over stdio: a Gen 1 API backed by a SQL database', () => {
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

  it('reads schema.sql.graphql beside schema.graphql, as the CLI does, and checks it as SQL', async () => {
    await project.write(`${API}/sql-statements/searchPosts.sql`, 'SELECT * FROM posts WHERE title LIKE :term');
    const sqlPath = await project.write(
      SQL_SCHEMA,
      // The example's schema.graphql has the Query type; the CLI joins both files, so this one uses Mutation.
      'type Article @model @refersTo(name: "articles") {\n  id: Int! @primaryKey\n}\ntype Mutation {\n  archive(id: Int!): [Article] @sql(reference: "searchPost")\n}\n',
    );
    await client.filesChanged([{ uri: fileUri(sqlPath), type: 1 }]);
    const uri = fileUri(sqlPath);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['sql-engine-missing', 0],
      ['sql-reference-not-found', 4],
    ]);

    const fixed = `input AMPLIFY {\n  engine: String = "mysql"\n}\n${await readFile(sqlPath, 'utf8')}`.replace('"searchPost"', '"searchPosts"');
    await client.open(uri, fixed);
    await client.replace(uri, fixed);
    expect(await client.waitForDiagnostics(uri, (d) => d.length === 0)).toEqual([]);
    // With SQL models in the API, the CLI refuses @function on Query fields of schema.graphql too.
    const dynamo = await client.waitForDiagnostics(fileUri(project.path(`${API}/schema.graphql`)), (d) => d.length > 0);
    expect(dynamo.map((d) => d.code)).toEqual(['sql-unsupported-directive']);
    expect(dynamo[0].message).toMatch(/^@function directive on type "Query" and field "summarizePost" is not supported on a SQL datasource\./);

    const emptied = fixed.replace('"searchPosts"', '""');
    await client.replace(uri, emptied);
    const position = positionOf(emptied, 'reference: ""', 'reference: "'.length);
    const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as
      CompletionItem[] | CompletionList;
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((item) => item.label)).toEqual(['searchPosts']);
  });
});
