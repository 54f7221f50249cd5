import { PassThrough } from 'node:stream';
import { StreamMessageReader, StreamMessageWriter, Trace, createMessageConnection } from 'vscode-jsonrpc/node';
import { afterEach, describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { MaskedLogChannel, maskTraffic } from './masked-log-channel';

const TOKEN = `ghp_${'x9Y8'.repeat(9)}`;
const SCHEMA = `type Post @model {\n  id: ID!\n}\n# deploy token ${TOKEN}\n`;

const connections: { dispose(): void }[] = [];
afterEach(() => connections.splice(0).forEach((connection) => connection.dispose()));

/** The lines vscode-jsonrpc's verbose trace writes for a didOpen, as vscode-languageclient joins them (`message\ndata`). */
async function tracedDidOpen(text: string): Promise<string[]> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  connections.push(client, server);
  const lines: string[] = [];
  const received = new Promise<void>((resolve) => server.onNotification('textDocument/didOpen', () => resolve()));
  client.listen();
  server.listen();
  await client.trace(Trace.Verbose, {
    log: (message: string | object, data?: string) => lines.push(data ? `${String(message)}\n${data}` : String(message)),
  });
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///app/amplify/backend/api/blog/schema.graphql', languageId: 'graphql', version: 1, text },
  });
  await received;
  return lines;
}

describe('the language server traffic in the log', () => {
  it('names the message but never writes the document, nor a secret in it', async () => {
    const lines = await tracedDidOpen(SCHEMA);
    expect(lines.join('\n')).toContain(TOKEN); // what the client would write unmasked
    const masked = lines.map(maskTraffic).join('\n');
    expect(masked).toContain("Sending notification 'textDocument/didOpen'");
    expect(masked).toContain('"uri": "file:///app/amplify/backend/api/blog/schema.graphql"');
    expect(masked).toContain(`"text": "<${SCHEMA.length} characters not logged>"`);
    expect(masked).not.toContain(TOKEN);
    expect(masked).not.toContain('type Post');
  });

  it('masks every write to the channel the client is given', () => {
    const written: string[] = [];
    const record = (message: string | Error) => void written.push(String(message));
    const channel = {
      trace: record,
      debug: record,
      info: record,
      warn: record,
      error: record,
      appendLine: record,
      append: record,
      replace: record,
    } as unknown as vscode.LogOutputChannel;
    const masked = new MaskedLogChannel(channel);
    masked.trace(`Params: {"text": "${TOKEN}"}`);
    masked.info(`server says ${TOKEN}`);
    masked.error(new Error(`failed with clientSecret=Zx81kLmQ0pPq`));
    masked.appendLine(`aws_secret_access_key = wJalrXUtnFEMI/K7MDENG`);
    expect(written.join('\n')).not.toMatch(new RegExp(`${TOKEN}|Zx81kLmQ0pPq|wJalrXUtnFEMI`));
    expect(written).toHaveLength(4);
  });
});
