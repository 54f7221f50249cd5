import { describe, expect, it } from 'vitest';
import { isAbortError } from './aws-problem-classifier';
import { CloudFormationReadCache } from './cloudformation-read-cache';

/** A read the test finishes by hand, recording the signal it was given. */
function controllableRead() {
  const reads: { signal: AbortSignal; resolve(value: string): void; reject(error: unknown): void }[] = [];
  const load = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      reads.push({ signal, resolve, reject });
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  return { reads, load };
}

describe('CloudFormationReadCache', () => {
  it('shares one read among the callers waiting for the same answer, then keeps it', async () => {
    const cache = new CloudFormationReadCache();
    const { reads, load } = controllableRead();
    const first = cache.get('ListStacks', load);
    const second = cache.get('ListStacks', load);
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('stacks');
    expect(await Promise.all([first, second])).toEqual(['stacks', 'stacks']);
    expect(await cache.get('ListStacks', load)).toBe('stacks');
    expect(reads).toHaveLength(1);
  });

  it("lets one caller cancel its wait without stopping the others' read", async () => {
    const cache = new CloudFormationReadCache();
    const { reads, load } = controllableRead();
    const leaving = new AbortController();
    const first = cache.get('ListStacks', load, leaving.signal);
    const second = cache.get('ListStacks', load, new AbortController().signal);
    leaving.abort();
    expect(isAbortError(await first.catch((error: unknown) => error))).toBe(true);
    expect(reads[0]!.signal.aborted).toBe(false);
    reads[0]!.resolve('stacks');
    expect(await second).toBe('stacks');
  });

  it('stops the read when every caller has gone, and reads afresh for the next one', async () => {
    const cache = new CloudFormationReadCache();
    const { reads, load } = controllableRead();
    const callers = [new AbortController(), new AbortController()];
    const waits = callers.map((caller) => cache.get('ListStacks', load, caller.signal).catch((error: unknown) => error));
    callers.forEach((caller) => caller.abort());
    expect((await Promise.all(waits)).every(isAbortError)).toBe(true);
    expect(reads[0]!.signal.aborted).toBe(true);
    const next = cache.get('ListStacks', load);
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('fresh');
    expect(await next).toBe('fresh');
  });

  it('neither keeps a failure nor shares a read begun before an invalidation', async () => {
    const cache = new CloudFormationReadCache();
    const { reads, load } = controllableRead();
    const failed = cache.get('ListStacks', load);
    reads[0]!.reject(new Error('Throttling'));
    await expect(failed).rejects.toThrow('Throttling');
    const old = cache.get('ListStacks', load);
    cache.invalidate();
    const fresh = cache.get('ListStacks', load);
    expect(reads).toHaveLength(3);
    reads[1]!.resolve('before');
    reads[2]!.resolve('after');
    expect([await old, await fresh]).toEqual(['before', 'after']);
    expect(await cache.get('ListStacks', load)).toBe('after');
  });
});
