import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback, readBody, sendAwsAnswer } from '../loopback-http';
import type { FakeLogsState } from './fake-logs-state';
import { LOGS_ACTION_HANDLERS, type JsonObject } from './logs-actions';
import { LogsJsonError } from './logs-json-error';
import { streamLiveTail } from './live-tail-responder';

const TARGET_PREFIX = 'Logs_20140328.';

export interface RecordedLogsRequest {
  action: string;
  input: JsonObject;
}

export interface FakeLogsServer {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  /** Every request that named an action, in arrival order. */
  requests: RecordedLogsRequest[];
  close(): Promise<void>;
}

export interface FakeLogsServerOptions {
  /** How often an idle live tail sends an empty update. Default 1000 ms, as the service. */
  liveTailHeartbeatMs?: number;
}

/**
 * CloudWatch Logs' awsJson1_1 endpoint on 127.0.0.1: POST with `X-Amz-Target: Logs_20140328.<Action>`
 * and an `application/x-amz-json-1.1` body, JSON answers, errors as `{"__type", "message"}`. The SDK's
 * default handler speaks HTTP/1.1, StartLiveTail included (its event stream is the response body), so
 * that is what is served. Signatures are not verified, but unsigned requests are refused.
 */
export async function listenFakeLogs(state: FakeLogsState, options: FakeLogsServerOptions = {}): Promise<FakeLogsServer> {
  const requests: RecordedLogsRequest[] = [];
  const heartbeatMs = options.liveTailHeartbeatMs ?? 1000;
  const server = createServer((request, response) => {
    const requestId = randomUUID();
    readBody(request)
      .then((body) => {
        const action = (request.headers['x-amz-target'] ?? '').toString().replace(TARGET_PREFIX, '');
        const input = parseInput(body);
        requests.push({ action, input });
        checkRequest(request);
        const injected = state.takeInjectedError(action);
        if (injected) throw injected;
        if (action === 'StartLiveTail') return streamLiveTail(state, input, response, requestId, { heartbeatMs });
        const handler = LOGS_ACTION_HANDLERS[action];
        if (!handler) throw new LogsJsonError('UnknownOperationException', `Unknown operation ${action}`);
        send(response, 200, handler(state, input), requestId);
      })
      .catch((error: unknown) => {
        const failure = error instanceof LogsJsonError ? error : new LogsJsonError('ServiceUnavailableException', String(error), 500);
        if (response.headersSent) response.end();
        else send(response, failure.httpStatus, { __type: failure.code, message: failure.message }, requestId, failure.code);
      });
  });
  const endpoint = await listenOnLoopback(server);
  return { endpoint, requests, close: () => closeServer(server) };
}

function checkRequest(request: IncomingMessage): void {
  const authorization = request.headers.authorization ?? '';
  if (!authorization) throw new LogsJsonError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  if (!['Credential=', 'SignedHeaders=', 'Signature='].every((part) => authorization.includes(part))) {
    throw new LogsJsonError(
      'IncompleteSignatureException',
      "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.",
    );
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) {
    throw new LogsJsonError('SerializationException', 'Expected application/x-amz-json-1.1');
  }
}

function parseInput(body: string): JsonObject {
  if (body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as JsonObject;
  } catch {
    // Answered below as the service answers a body it cannot read.
  }
  throw new LogsJsonError('SerializationException', 'Could not parse the request body');
}

function send(response: ServerResponse, status: number, payload: JsonObject, requestId: string, errorType?: string): void {
  sendAwsAnswer(
    response,
    status,
    'application/x-amz-json-1.1',
    JSON.stringify(payload),
    requestId,
    errorType ? { 'x-amzn-ErrorType': errorType } : {},
  );
}
