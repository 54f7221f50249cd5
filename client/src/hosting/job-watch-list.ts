/**
 * The jobs whose end Lens announces: those started from this window, and the current git
 * branch's running job (a push the user just made). A job is announced once: `take` removes it.
 */
export interface JobWatch {
  startedHere: boolean;
}

export class JobWatchList {
  private readonly jobs = new Map<string, JobWatch>();

  /** Watches a job; one started here stays "started here" if the branch also watches it. */
  add(key: string, startedHere: boolean): void {
    const existing = this.jobs.get(key);
    this.jobs.set(key, { startedHere: startedHere || (existing?.startedHere ?? false) });
  }

  has(key: string): boolean {
    return this.jobs.has(key);
  }

  take(key: string): JobWatch | undefined {
    const watch = this.jobs.get(key);
    this.jobs.delete(key);
    return watch;
  }

  keys(): string[] {
    return [...this.jobs.keys()];
  }

  get size(): number {
    return this.jobs.size;
  }
}
