/**
 * The HTTP plumbing every fake AWS endpoint shares: listening on a free port of 127.0.0.1, reading
 * a request's body, answering the way AWS services frame an answer, and closing despite the SDK's
 * kept-alive connections.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free port of 127.0.0.1 and answers `http://127.0.0.1:<port>`, for an SDK client's `endpoint`. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** An answer with the headers AWS sends with every one: its length, the request id and the date. */
export function sendAwsAnswer(
  response: ServerResponse,
  status: number,
  contentType: string,
  text: string,
  requestId: string,
  extraHeaders: Record<string, string> = {},
): void {
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': body.byteLength,
    'x-amzn-RequestId': requestId,
    ...extraHeaders,
    Date: new Date().toUTCString(),
  });
  response.end(body);
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // The SDK keeps connections alive (and live tails stay open); without this, close waits for them to time out.
    server.closeAllConnections();
  });
}
