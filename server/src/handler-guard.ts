import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** Writes one entry to the server's log (the editor's output channel for Amplify Lens). */
export type ServerLog = (message: string) => void;

/**
 * Keeps one failure from ending the language server. Every request and notification handler, and
 * every step of a diagnostics pass, runs inside it: an error becomes one log entry naming what
 * failed, a request answers with its empty result, and the server goes on serving. Editors restart
 * a server that exits only a few times before giving up, and the file that broke it is still
 * there on the next start, so crashing would end every Lens feature for the session.
 */
export class HandlerGuard {
  constructor(private readonly log: ServerLog) {}

  /** A request handler that answers `fallback` instead of failing (cancellation is passed through). */
  request<P, R>(method: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (isCancellation(error)) return error;
        this.report(method, error);
        return fallback;
      }
    };
  }

  /** A notification handler whose failure is logged; malformed parameters arrive as `undefined`. */
  notification<P>(method: string, handler: (params: P) => void | Promise<void>) {
    return async (params: P): Promise<void> => {
      await this.run(method, () => handler(params));
    };
  }

  /** Runs one step of the server's own work; false when it failed (and was logged). */
  async run(what: string, step: () => unknown): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      this.report(what, error);
      return false;
    }
  }

  report(what: string, error: unknown): void {
    this.log(`${what} failed: ${errorText(error)}`);
  }
}

/** Thrown between steps of a request whose client no longer wants the answer. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

function isCancellation(error: unknown): error is ResponseError<void> {
  return error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Errors no handler caught (a rejected promise nobody awaited, an exception in a timer) are logged
 * instead of ending the process, as vscode-eslint's server does: the connection and every other
 * document's state are still sound.
 */
export function installProcessGuards(log: ServerLog): void {
  const safeLog = (message: string) => {
    try {
      log(message);
    } catch {
      process.stderr.write(`${message}\n`);
    }
  };
  process.on('unhandledRejection', (reason) => safeLog(`Unhandled promise rejection: ${errorText(reason)}`));
  process.on('uncaughtException', (error) => safeLog(`Uncaught exception: ${errorText(error)}`));
}
