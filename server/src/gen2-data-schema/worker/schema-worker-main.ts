/**
 * The schema worker: a child process of the language server that evaluates a Gen 2 project's
 * `amplify/data/resource.ts` and returns the SDL its schema's `transform()` produces. It runs the
 * project's code, so the server starts it only for a trusted workspace, with a scrubbed
 * environment, a memory cap and a time limit (see schema-worker-client.ts); a request it cannot
 * answer in time ends it.
 */
import { evaluateResource } from './evaluate-resource';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

process.setSourceMapsEnabled(true);

function answer(request: WorkerRequest): WorkerResponse {
  if (request.kind === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    return { id: request.id, ok: true, heapUsed: process.memoryUsage().heapUsed };
  }
  return evaluateResource(request);
}

process.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = answer(request);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { id: request.id, ok: false, failure: { phase: 'load', message, frames: [] } };
  }
  process.send?.(response);
});

// The project's code may leave timers or handles behind; the server ends the worker when it goes.
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (error) => {
  process.stderr.write(`schema worker: ${error instanceof Error ? error.stack : String(error)}\n`);
});
