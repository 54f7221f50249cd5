import type { CancellationToken, Connection, ResponseError } from 'vscode-languageserver/node';
import type { LensNotification, LensRequest, ParamsOf, ResultOf } from 'amplify-lens-model/contracts';

/**
 * Registers the handler of a custom request declared in the shared contracts: the method name and
 * the result's type come from the declaration the client sends by, never from a string here.
 */
export function onLensRequest<T extends LensRequest<unknown, unknown>>(
  connection: Connection,
  request: T,
  handler: (params: ParamsOf<T>, token: CancellationToken) => Promise<ResultOf<T> | ResponseError<void>>,
): void {
  connection.onRequest(request.method, (params: ParamsOf<T>, token: CancellationToken) => handler(params, token));
}

/** Registers the handler of a custom notification declared in the shared contracts. */
export function onLensNotification<T extends LensNotification<unknown>>(
  connection: Connection,
  notification: T,
  handler: (params: ParamsOf<T>) => Promise<void> | void,
): void {
  connection.onNotification(notification.method, (params: ParamsOf<T>) => handler(params));
}
