import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { HandlerGuard, throwIfCancelled } from './handler-guard';

describe('HandlerGuard', () => {
  it('answers a failed request with its empty result and logs what failed', async () => {
    const log: string[] = [];
    const guard = new HandlerGuard((message) => log.push(message));
    const hover = guard.request('textDocument/hover', null, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(await hover({}, new CancellationTokenSource().token)).toBeNull();
    expect(log).toEqual([expect.stringMatching(/^textDocument\/hover failed: RangeError: Maximum call stack size exceeded\n/)]);
  });

  it('passes the answer of a request that works through', async () => {
    const guard = new HandlerGuard(() => {});
    const complete = guard.request('textDocument/completion', [] as string[], async () => ['@model']);
    expect(await complete({}, new CancellationTokenSource().token)).toEqual(['@model']);
  });

  it('answers a cancelled request with the cancellation error, without logging it', async () => {
    const log: string[] = [];
    const guard = new HandlerGuard((message) => log.push(message));
    const source = new CancellationTokenSource();
    source.cancel();
    const format = guard.request('textDocument/formatting', [], (_params, token) => {
      throwIfCancelled(token);
      return ['edit'];
    });
    const answer = await format({}, source.token);
    expect(answer).toBeInstanceOf(ResponseError);
    expect((answer as ResponseError<void>).code).toBe(LSPErrorCodes.RequestCancelled);
    expect(log).toEqual([]);
  });

  it('logs a failed notification and resolves, so nothing is left unhandled', async () => {
    const log: string[] = [];
    const guard = new HandlerGuard((message) => log.push(message));
    const handler = guard.notification<{ changes?: unknown[] }>('workspace/didChangeWatchedFiles', async (params) => {
      for (const change of params.changes!) void change;
    });
    await expect(handler({})).resolves.toBeUndefined();
    expect(log[0]).toMatch(/^workspace\/didChangeWatchedFiles failed: TypeError/);
  });
});
