/**
 * Remembers the answers of read-only calls (stack listings, descriptions, resource lists) until
 * `invalidate()`, so refreshing a tree over hundreds of stacks costs no request. Callers asking for
 * the same answer while it is being read share one request: two Gen 1 envs loading at once page
 * through the account's stacks once, not once each. Each caller keeps its own cancellation: its
 * signal ends its wait at once, and the shared request stops only when every caller has stopped
 * waiting. Only successful answers are kept; a failed or cancelled read is asked again next time.
 */
export interface ReadCacheOptions {
  /** Answers older than this are asked again; unlimited when absent (invalidation is explicit). */
  maxAgeMs?: number;
  now?: () => number;
}

interface Entry {
  value: unknown;
  storedAt: number;
}

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  generation: number;
}

export class CloudFormationReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, InFlight>();
  private generation = 0;

  constructor(private readonly options: ReadCacheOptions = {}) {}

  /** The cached answer, the answer being read, or a new read; `load` gets the shared request's signal. */
  async get<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const now = this.options.now ?? Date.now;
    const entry = this.entries.get(key);
    if (entry && (this.options.maxAgeMs === undefined || now() - entry.storedAt <= this.options.maxAgeMs)) return entry.value as T;
    let flight = this.inFlight.get(key);
    // A read that started before an invalidation may answer what was true before it: start afresh.
    if (!flight || flight.generation !== this.generation || flight.controller.signal.aborted) flight = this.start(key, load);
    return (await this.wait(flight, signal)) as T;
  }

  invalidate(): void {
    this.entries.clear();
    this.generation += 1;
  }

  get size(): number {
    return this.entries.size;
  }

  private start<T>(key: string, load: (signal: AbortSignal) => Promise<T>): InFlight {
    const controller = new AbortController();
    const generation = this.generation;
    const flight: InFlight = { controller, waiting: 0, generation, promise: Promise.resolve() };
    flight.promise = load(controller.signal).then(
      (value) => {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
        // An answer that started before an invalidation may already be stale: use it, but do not keep it.
        if (generation === this.generation) this.entries.set(key, { value, storedAt: (this.options.now ?? Date.now)() });
        return value;
      },
      (error: unknown) => {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
        throw error;
      },
    );
    // Nobody may be waiting when it fails (every caller cancelled): that is not an unhandled rejection.
    flight.promise.catch(() => undefined);
    this.inFlight.set(key, flight);
    return flight;
  }

  private wait(flight: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    flight.waiting += 1;
    if (!signal) return flight.promise.finally(() => (flight.waiting -= 1));
    return new Promise((resolve, reject) => {
      const leave = () => {
        signal.removeEventListener('abort', onAbort);
        flight.waiting -= 1;
      };
      const onAbort = () => {
        leave();
        // The last caller gone: stop the request (its pages) rather than read for nobody.
        if (flight.waiting === 0) flight.controller.abort(signal.reason);
        reject(signal.reason instanceof Error ? signal.reason : abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}

function abortError(): Error {
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}
