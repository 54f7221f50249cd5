/**
 * Over stdio, as an editor sees it: diagnostics after a one-character edit, completion latency and
 * the server's memory with a 500-model schema open. Bundled and run by run-bench.mjs; prints JSON.
 */
import { CompletionRequest } from 'vscode-languageserver-protocol';
import { LspTestClient, fileUri } from '../support/lsp-test-client';
import { TempProject } from '../support/temp-project';
import { generateSchema } from './generate-schema';
import { percentile } from './timing';

async function main(): Promise<void> {
  const models = Number(process.argv[2] ?? 500);
  const sdl = generateSchema(models);
  const project = await TempProject.fromExample('gen1-blog');
  const schemaPath = await project.write('amplify/backend/api/blog/schema.graphql', sdl);
  const uri = fileUri(schemaPath);
  const client = await LspTestClient.start(project.root);
  try {
    await client.open(uri, sdl);
    await client.waitForDiagnostics(uri, (_d, params) => params.version === 1);

    // One character typed in a field name in the middle of the file, then typed back.
    const lines = sdl.split('\n');
    const line = lines.findIndex((text, i) => i > lines.length / 2 && text.startsWith('  title: String!'));
    const range = { start: { line, character: 6 }, end: { line, character: 7 } };
    const editTimes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = process.hrtime.bigint();
      const version = await client.edit(uri, range, i % 2 === 0 ? 'f' : 'e');
      await client.waitForDiagnostics(uri, (_d, params) => params.version === version);
      editTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }

    const positions = completionPositions(lines);
    const completionTimes: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const position of positions) {
        const start = process.hrtime.bigint();
        await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
        completionTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    const rss = await client.residentMemory();
    console.log(
      JSON.stringify({
        editMs: { p50: percentile(editTimes.slice(5), 50), p95: percentile(editTimes.slice(5), 95) },
        completionMs: { p50: percentile(completionTimes.slice(6), 50), p95: percentile(completionTimes.slice(6), 95) },
        serverRssMb: rss === undefined ? null : Math.round(rss / 1e5) / 10,
      }),
    );
  } finally {
    await client.stop();
    await project.dispose();
  }
}

/** Where users ask for completions: after `@` on a field, inside an @auth rule, inside `references`. */
function completionPositions(lines: string[]) {
  const at = Math.floor(lines.length / 2);
  const fieldLine = lines.findIndex((line, i) => i > at && line.startsWith('  title: String!'));
  const authLine = lines.findIndex((line, i) => i > at && line.includes('@auth(rules: [{ allow: owner }'));
  const referencesLine = lines.findIndex((line, i) => i > at && line.includes('@hasMany(references: ["'));
  return [
    { line: fieldLine, character: lines[fieldLine].length },
    { line: authLine, character: lines[authLine].indexOf('owner') + 5 },
    { line: referencesLine, character: lines[referencesLine].indexOf('references: ["') + 14 },
  ];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
