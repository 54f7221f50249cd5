/**
 * Reads a build step's log from the presigned URL GetJob gave: an HTTPS GET of one byte range
 * (`Range: bytes=N-M`: a running step is read from where the last read ended, and a long log a
 * part at a time, so its first lines show while the rest is on its way), bounded in time, cancellable. Only AWS hosts are asked (S3 serves the logs), or the explicit endpoint Lens
 * was pointed at; the URL comes from the service, but nothing from elsewhere is fetched.
 * An expired URL fails with `StepLogUrlExpiredError`: the caller asks GetJob for a fresh one.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { StepLogDownloadError, StepLogUrlExpiredError } from './hosting-errors';
import type { StepLogChunk } from './hosting-types';

/** One read: about 7,000 lines of a build log. A longer log takes several reads. */
export const MAX_LOG_CHUNK_BYTES = 512 * 1024;
const TIMEOUT_MS = 30_000;
const AWS_HOST = /(^|\.)amazonaws\.com(\.cn)?$/i;

export interface StepLogDownloadOptions {
  fromByte?: number;
  /** An endpoint Lens was explicitly pointed at (LocalStack, a test double): its origin may serve logs. */
  allowedOrigin?: string;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** Whether Lens may fetch this log URL: HTTPS to an AWS host, or the configured endpoint's origin. */
export function isFetchableLogUrl(url: string, allowedOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (allowedOrigin && parsed.origin === safeOrigin(allowedOrigin)) return true;
  return parsed.protocol === 'https:' && AWS_HOST.test(parsed.hostname) && parsed.username === '' && parsed.password === '';
}

export function downloadStepLog(url: string, options: StepLogDownloadOptions = {}): Promise<StepLogChunk> {
  if (!isFetchableLogUrl(url, options.allowedOrigin)) {
    return Promise.reject(new StepLogDownloadError('refused', 'The log URL is not an AWS address; Lens does not fetch it.'));
  }
  const fromByte = options.fromByte ?? 0;
  const maxBytes = options.maxBytes ?? MAX_LOG_CHUNK_BYTES;
  const parsed = new URL(url);
  const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<StepLogChunk>((resolve, reject) => {
    const range = `bytes=${fromByte}-${fromByte + maxBytes - 1}`;
    const req = send(parsed, { method: 'GET', headers: { Range: range }, signal: options.signal, timeout: TIMEOUT_MS }, (response) => {
      // A server that ignores Range answers 200 with the whole object: what was read before is skipped.
      const skip = response.statusCode === 200 ? fromByte : 0;
      readAnswer(response, maxBytes + skip).then(({ status, body, truncated: cut }) => {
        if (status === 200 || status === 206) {
          const text = body.subarray(skip);
          const total = /\/(\d+)$/.exec(response.headers['content-range'] ?? '')?.[1];
          const truncated = cut || (status === 206 && total !== undefined && fromByte + text.byteLength < Number(total));
          const kept = cutAtLastNewline(text, truncated);
          resolve({ text: kept.toString('utf8'), nextByte: fromByte + kept.byteLength, truncated });
        } else if (status === 416) {
          resolve({ text: '', nextByte: fromByte, truncated: false });
        } else reject(errorOf(status, body.toString('utf8')));
      }, reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('The log download timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

function readAnswer(response: IncomingMessage, maxBytes: number): Promise<{ status: number; body: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    response.on('data', (chunk: Buffer) => {
      if (truncated) return;
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBytes) {
        truncated = true;
        response.destroy();
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, maxBytes), truncated });
      }
    });
    response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), truncated }));
    response.on('error', (error) => (truncated ? undefined : reject(error)));
  });
}

/** A cut-off read ends at its last complete line, so no line is shown half and then again. */
function cutAtLastNewline(body: Buffer, truncated: boolean): Buffer {
  if (!truncated) return body;
  const end = body.lastIndexOf(0x0a);
  return end < 0 ? body : body.subarray(0, end + 1);
}

/** S3 answers errors as XML: `<Error><Code>AccessDenied</Code><Message>Request has expired</Message>…`. */
function errorOf(status: number, body: string): Error {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? `HTTP ${status}`;
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? '';
  if (status === 403 && code === 'AccessDenied' && /expired/i.test(message)) return new StepLogUrlExpiredError();
  if (status === 404) return new StepLogDownloadError('not-found', 'The step has no log (yet).');
  return new StepLogDownloadError(
    status === 403 ? 'denied' : 'http',
    `The log download failed: ${code}${message ? ` (${message.slice(0, 200)})` : ''}.`,
  );
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
