import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback, readBody, sendAwsAnswer } from '../loopback-http';
import type { FakeHostingState } from './fake-hosting-state';
import { HostingJsonError } from './hosting-json-error';
import type { Json } from './hosting-json-shapes';
import type { FakeJob, FakeJobOutcome, FakeStepName } from './hosting-model';
import { jobView, renderLogText } from './job-timeline';
import { matchRoute } from './hosting-routes';
import { checkLogUrl, LOG_PATH_PREFIX, s3ErrorXml } from './presigned-log-url';

export interface RecordedHostingRequest {
  action: string;
  method: string;
  path: string;
  query: Record<string, string>;
  body: Json;
}

export interface FakeHostingServer {
  endpoint: string;
  /** Every API request, in arrival order (log downloads are `GetLog`). */
  requests: RecordedHostingRequest[];
  close(): Promise<void>;
}

/** The control route tests use to say what the next jobs of a branch do. */
export const HOSTING_CONTROL_PATH = '/__lens/hosting/outcomes';

/**
 * Amplify's restJson1 endpoint on 127.0.0.1: the routes of hosting-routes.ts, JSON in and out,
 * errors as `x-amzn-ErrorType` plus a JSON message; the presigned step logs under `/__logs/`
 * (honouring `Range: bytes=N-` and `bytes=N-M` as S3 does, so a running step's log can be read as it grows); and
 * `POST /__lens/hosting/outcomes` `{ appId, branchName, outcomes }` for tests in another process.
 * Requests must be signed (not verified), as the service refuses unsigned ones.
 */
export async function listenFakeHosting(state: FakeHostingState): Promise<FakeHostingServer> {
  const requests: RecordedHostingRequest[] = [];
  let endpoint = '';
  const server = createServer((request, response) => {
    const requestId = randomUUID();
    readBody(request)
      .then((body) => {
        const url = new URL(request.url ?? '/', endpoint);
        if (url.pathname.startsWith(LOG_PATH_PREFIX)) return serveLog(state, request, response, url, requests);
        if (url.pathname === HOSTING_CONTROL_PATH && request.method === 'POST') return control(state, response, parseBody(body));
        const matched = matchRoute(request.method ?? 'GET', url.pathname);
        const input = parseBody(body);
        requests.push({
          action: matched?.route.action ?? 'Unknown',
          method: request.method ?? '',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body: input,
        });
        if (!matched) throw new HostingJsonError('UnknownOperationException', `No operation at ${request.method} ${url.pathname}`, 404);
        checkSigned(request);
        const injected = state.takeInjectedError(matched.route.action);
        if (injected) throw injected;
        send(
          response,
          200,
          matched.route.handle(state, { params: matched.params, query: url.searchParams, body: input, baseUrl: endpoint }),
          requestId,
        );
      })
      .catch((error: unknown) => {
        const failure = error instanceof HostingJsonError ? error : new HostingJsonError('InternalFailureException', String(error), 500);
        if (response.headersSent) response.end();
        else send(response, failure.httpStatus, failure.body(), requestId, failure.code);
      });
  });
  endpoint = await listenOnLoopback(server);
  return { endpoint, requests, close: () => closeServer(server) };
}

function checkSigned(request: IncomingMessage): void {
  const authorization = request.headers.authorization ?? '';
  if (!authorization) throw new HostingJsonError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
  if (!['Credential=', 'SignedHeaders=', 'Signature='].every((part) => authorization.includes(part))) {
    throw new HostingJsonError(
      'IncompleteSignatureException',
      "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.",
      403,
    );
  }
}

function serveLog(
  state: FakeHostingState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requests: RecordedHostingRequest[],
): void {
  requests.push({ action: 'GetLog', method: request.method ?? '', path: url.pathname, query: {}, body: {} });
  const now = state.now();
  const checked = checkLogUrl(url, now);
  const xml = (status: number, code: string, message: string, extra?: Record<string, string>) =>
    sendAwsAnswer(response, status, 'application/xml', s3ErrorXml(code, message, extra), randomUUID());
  if (!checked.ok) return xml(checked.status, checked.code, checked.message, checked.extra);
  const { appId, branchName, jobId, step } = checked.object;
  const job = state
    .findApp(appId)
    ?.branches.get(branchName)
    ?.jobs.find((candidate) => candidate.jobId === jobId);
  if (!job) return xml(404, 'NoSuchKey', 'The specified key does not exist.');
  const text = logBytes(job, step, now);
  const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
  const from = range ? Number(range[1]) : 0;
  if (range && from >= text.byteLength) {
    // S3 answers a range past the end with 416; the client reads "nothing new yet".
    return xml(416, 'InvalidRange', 'The requested range is not satisfiable', {
      RangeRequested: request.headers.range ?? '',
      ActualObjectSize: String(text.byteLength),
    });
  }
  const to = range?.[2] ? Math.min(Number(range[2]), text.byteLength - 1) : text.byteLength - 1;
  const body = text.subarray(from, to + 1);
  response.writeHead(range ? 206 : 200, {
    'Content-Type': 'text/plain',
    'Content-Length': body.byteLength,
    ...(range ? { 'Content-Range': `bytes ${from}-${to}/${text.byteLength}` } : {}),
    'Accept-Ranges': 'bytes',
  });
  response.end(body);
}

/** A finished step's log never changes: rendered once, as S3 stores it once (big logs are read in many ranges). */
const finishedLogs = new WeakMap<FakeJob, Map<FakeStepName, Buffer>>();

function logBytes(job: FakeJob, step: FakeStepName, now: number): Buffer {
  const cached = finishedLogs.get(job)?.get(step);
  if (cached) return cached;
  const text = Buffer.from(renderLogText(job, step, now), 'utf8');
  const status = jobView(job, now).steps.find((candidate) => candidate.name === step)?.status;
  if (status === 'SUCCEED' || status === 'FAILED' || status === 'CANCELLED') {
    const steps = finishedLogs.get(job) ?? new Map<FakeStepName, Buffer>();
    steps.set(step, text);
    finishedLogs.set(job, steps);
  }
  return text;
}

function control(state: FakeHostingState, response: ServerResponse, body: Json): void {
  const { appId, branchName, outcomes } = body as { appId?: string; branchName?: string; outcomes?: FakeJobOutcome[] };
  if (!appId || !branchName || !Array.isArray(outcomes) || !state.findApp(appId)?.branches.has(branchName)) {
    return sendAwsAnswer(
      response,
      400,
      'application/json',
      JSON.stringify({ message: 'expected { appId, branchName, outcomes } of an existing branch' }),
      randomUUID(),
    );
  }
  state.queueOutcomes(appId, branchName, ...outcomes);
  sendAwsAnswer(
    response,
    200,
    'application/json',
    JSON.stringify({ queued: state.branch(appId, branchName).nextOutcomes.length }),
    randomUUID(),
  );
}

function parseBody(body: string): Json {
  if (body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Json;
  } catch {
    // Answered below as the service answers a body it cannot read.
  }
  throw new HostingJsonError('BadRequestException', 'Could not parse the request body', 400);
}

function send(response: ServerResponse, status: number, payload: Json, requestId: string, errorType?: string): void {
  sendAwsAnswer(response, status, 'application/json', JSON.stringify(payload), requestId, errorType ? { 'x-amzn-ErrorType': errorType } : {});
}
