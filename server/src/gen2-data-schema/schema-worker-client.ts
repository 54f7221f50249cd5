import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { workerEnvironment } from './worker-environment';
import type {
  EvaluateRequest,
  EvaluateResponse,
  EvaluationFailure,
  MemoryResponse,
  WorkerRequest,
  WorkerResponse,
} from './worker/worker-protocol';

export interface SchemaWorkerOptions {
  /** The worker's bundle (server/out/gen2-schema-worker.js beside the server's). */
  workerPath?: string;
  /** How long one evaluation may take before the worker is ended (the first one loads the toolchain). */
  timeoutMs?: number;
  /** The worker's V8 heap cap in MiB: a resource file that allocates without end is stopped there. */
  maxHeapMiB?: number;
}

type Pending = { resolve: (response: WorkerResponse) => void; timer: NodeJS.Timeout; child: ChildProcess };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_HEAP_MIB = 768;

/**
 * Owns the schema worker process: starts it on the first request (never before), sends one
 * request at a time, ends it when a request runs past the time limit, and starts a fresh one for
 * the next request after it died (a resource file that loops or exhausts its memory breaks only
 * its own evaluation).
 */
export class SchemaWorkerClient {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private stderr = '';

  constructor(private readonly options: SchemaWorkerOptions = {}) {}

  /** Evaluates a resource file; failures (including a timeout or a crash) come back as a failure, never a rejection. */
  evaluate(request: Omit<EvaluateRequest, 'id' | 'kind'>): Promise<EvaluateResponse> {
    return this.enqueue(async () => {
      const id = this.nextId++;
      const response = await this.send({ ...request, id, kind: 'evaluate' });
      return response as EvaluateResponse;
    });
  }

  /** The worker's heap after a full garbage collection, or undefined when no worker runs. */
  async heapUsed(): Promise<number | undefined> {
    if (!this.child) return undefined;
    return this.enqueue(async () => {
      const response = await this.send({ id: this.nextId++, kind: 'memory' });
      return 'heapUsed' in response ? (response as MemoryResponse).heapUsed : undefined;
    });
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  dispose(): void {
    this.stop();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private start(): ChildProcess {
    const workerPath = this.options.workerPath ?? join(__dirname, 'gen2-schema-worker.js');
    const heap = this.options.maxHeapMiB ?? DEFAULT_MAX_HEAP_MIB;
    const child = fork(workerPath, [], {
      env: workerEnvironment(process.env),
      execArgv: [`--max-old-space-size=${heap}`, '--expose-gc'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    this.stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    child.on('message', (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      clearTimeout(waiting.timer);
      this.pending.delete(response.id);
      waiting.resolve(response);
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const reason = signal ? `was ended (${signal})` : `exited with code ${code}`;
      const outOfMemory = /heap out of memory|Allocation failed/i.test(this.stderr);
      for (const [id, waiting] of this.pending) {
        if (waiting.child !== child) continue;
        clearTimeout(waiting.timer);
        this.pending.delete(id);
        waiting.resolve(
          failure(id, {
            phase: 'load',
            message: outOfMemory ? `it ran out of memory (the limit is ${heap} MiB)` : `the schema worker ${reason}`,
            frames: [],
          }),
        );
      }
    });
    child.on('error', () => undefined);
    this.child = child;
    return child;
  }

  private stop(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }

  private send(request: WorkerRequest): Promise<WorkerResponse> {
    const child = this.child ?? this.start();
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(request.id);
        this.stop();
        resolve(
          failure(request.id, {
            phase: 'load',
            message: `it did not finish within ${Math.round(timeoutMs / 1000)} s`,
            frames: [],
            timedOut: true,
          }),
        );
      }, timeoutMs);
      this.pending.set(request.id, { resolve, timer, child });
      try {
        child.send(request);
      } catch (error) {
        clearTimeout(timer);
        this.pending.delete(request.id);
        resolve(failure(request.id, { phase: 'load', message: `the schema worker could not be reached (${String(error)})`, frames: [] }));
      }
    });
  }
}

function failure(id: number, failure: EvaluationFailure): EvaluateResponse {
  return { id, ok: false, failure };
}
