/**
 * Remembers the answers of read-only calls (stack listings, descriptions, resource lists) until
 * `invalidate()`, so refreshing a tree over hundreds of stacks costs no request. Only successful
 * answers are kept: a failed or cancelled call is asked again next time, and concurrent callers do
 * not share an in-flight request (one caller's cancellation must not fail another's load).
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

export class CloudFormationReadCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(private readonly options: ReadCacheOptions = {}) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.options.now ?? Date.now;
    const entry = this.entries.get(key);
    if (entry && (this.options.maxAgeMs === undefined || now() - entry.storedAt <= this.options.maxAgeMs)) return entry.value as T;
    const generation = this.generation;
    const value = await load();
    // An answer that started before an invalidation may already be stale: use it, but do not keep it.
    if (generation === this.generation) this.entries.set(key, { value, storedAt: now() });
    return value;
  }

  invalidate(): void {
    this.entries.clear();
    this.generation += 1;
  }

  get size(): number {
    return this.entries.size;
  }
}
