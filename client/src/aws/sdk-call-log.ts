/**
 * Every call an SDK client makes, written to the extension's log: a failure as a warning with the
 * SDK's own error name and text, the request id AWS gave it and the HTTP status (what a support
 * case or a CloudTrail search needs), a success at debug level with its duration. Nothing of the
 * request's input or the answer is written, and never credentials; the log masks secret-looking
 * text besides (`amplify-lens-model/secrets`).
 */
import { isAbortError } from './aws-problem-classifier';

/** Where AWS calls are written; the extension's log channel, or nothing. */
export interface AwsCallLog {
  debug(message: string): void;
  warn(message: string): void;
}

interface MiddlewareStack {
  add(middleware: unknown, options: { step: 'initialize'; name: string; override?: boolean }): void;
}

/**
 * Adds the logging to a client, around retries (the initialize step): one line per call as the
 * caller sees it, after the SDK's own retries, with the signing (and so the credentials' resolution) inside.
 */
export function logSdkCalls(client: { middlewareStack: MiddlewareStack }, service: string, region: string, log: AwsCallLog | undefined): void {
  if (!log) return;
  const middleware = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
    const started = Date.now();
    const call = `${service} ${context.commandName?.replace(/Command$/, '') ?? 'call'} in ${region}`;
    try {
      const result = await next(args);
      log.debug(`${call} answered in ${Date.now() - started} ms`);
      return result;
    } catch (error) {
      if (isAbortError(error)) log.debug(`${call} cancelled after ${Date.now() - started} ms`);
      else log.warn(`${call} failed after ${Date.now() - started} ms: ${describeSdkError(error)}`);
      throw error;
    }
  };
  client.middlewareStack.add(middleware, { step: 'initialize', name: 'amplifyLensCallLog', override: true });
}

/** `ThrottlingException: Rate exceeded (request id 7f3…, HTTP 400)`: the SDK's words and AWS's reference. */
export function describeSdkError(error: unknown): string {
  const e = (error ?? {}) as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { requestId?: string; extendedRequestId?: string; httpStatusCode?: number; attempts?: number };
  };
  const name = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
  const details = [
    e.$metadata?.requestId && `request id ${e.$metadata.requestId}`,
    e.$metadata?.httpStatusCode && `HTTP ${e.$metadata.httpStatusCode}`,
    e.$metadata?.attempts && e.$metadata.attempts > 1 && `${e.$metadata.attempts} attempts`,
  ].filter(Boolean);
  const message = (e.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 500);
  return `${name}: ${message}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}
