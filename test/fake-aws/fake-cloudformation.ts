import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { AwsQueryError, incompleteSignature, invalidAction, missingAction, missingAuthenticationToken } from './aws-query-error';
import { CLOUDFORMATION_ACTION_HANDLERS } from './cloudformation-actions';
import { FakeAwsControl } from './control';
import { CLOUDFORMATION_ACTIONS, type CloudFormationAction, type RecordedRequest } from './cloudformation-model';
import type { FakeCloudFormationState } from './fake-cloudformation-state';
import { closeServer, listenOnLoopback, readBody, sendAwsAnswer } from './loopback-http';
import { queryErrorResponse, queryResponse } from './query-xml-writer';

/**
 * CloudFormation's AWS Query endpoint on 127.0.0.1: form-encoded `Action=…&Version=2010-05-15&…`
 * requests in (POST as the SDKs send them, GET query strings too), XML out, errors in the
 * `<ErrorResponse>` envelope with the service's status codes. Signatures are not verified, but an
 * unsigned request is refused the way AWS refuses it, so a client that lost its credentials fails here too.
 */
export interface FakeCloudFormationServer {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  /** Every request that named an action, in arrival order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function listenFakeCloudFormation(state: FakeCloudFormationState): Promise<FakeCloudFormationServer> {
  const requests: RecordedRequest[] = [];
  const control = new FakeAwsControl(state);
  const server = createServer((request, response) => {
    if (control.handles(request, response)) return;
    readBody(request)
      .then((body) => answer(state, requests, request, body))
      .then(({ status, xml, requestId }) => send(response, status, xml, requestId))
      .catch((error: unknown) => {
        const failure = new AwsQueryError('InternalFailure', String(error), 500);
        send(response, 500, queryErrorResponse(failure, 'internal'), 'internal');
      });
  });
  const endpoint = await listenOnLoopback(server);
  const close = () => {
    control.stop();
    return closeServer(server);
  };
  return { endpoint, requests, close };
}

interface Answer {
  status: number;
  xml: string;
  requestId: string;
}

function answer(state: FakeCloudFormationState, requests: RecordedRequest[], request: IncomingMessage, body: string): Answer {
  const requestId = randomUUID();
  const params = new URLSearchParams(new URL(request.url ?? '/', 'http://localhost').search);
  for (const [key, value] of new URLSearchParams(body)) params.append(key, value);
  const action = params.get('Action');
  try {
    const signedBy = /Credential=([A-Z0-9]+)\//.exec(request.headers.authorization ?? '')?.[1];
    if (action) requests.push({ action, params: withoutEnvelope(params), ...(signedBy ? { signedBy } : {}) });
    checkAuthorization(request.headers.authorization);
    if (!action) throw missingAction();
    if (!isCloudFormationAction(action)) throw invalidAction(action);
    const injected = state.takeInjectedError(action);
    if (injected) throw injected;
    const result = CLOUDFORMATION_ACTION_HANDLERS[action](state, params);
    return { status: 200, xml: queryResponse(action, result, requestId), requestId };
  } catch (error) {
    const failure = error instanceof AwsQueryError ? error : new AwsQueryError('InternalFailure', String(error), 500);
    return { status: failure.httpStatus, xml: queryErrorResponse(failure, requestId), requestId };
  }
}

function checkAuthorization(authorization: string | undefined): void {
  if (!authorization) throw missingAuthenticationToken();
  const looksSigned =
    authorization.startsWith('AWS4-HMAC-SHA256 ') &&
    ['Credential=', 'SignedHeaders=', 'Signature='].every((part) => authorization.includes(part));
  if (!looksSigned) throw incompleteSignature();
}

function isCloudFormationAction(action: string): action is CloudFormationAction {
  return (CLOUDFORMATION_ACTIONS as readonly string[]).includes(action);
}

function withoutEnvelope(params: URLSearchParams): Record<string, string> {
  const recorded: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key !== 'Action' && key !== 'Version') recorded[key] = value;
  }
  return recorded;
}

function send(response: ServerResponse, status: number, xml: string, requestId: string): void {
  sendAwsAnswer(response, status, 'text/xml', xml, requestId);
}
