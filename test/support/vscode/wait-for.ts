/**
 * Polls until `probe` yields a value that is neither `undefined`, `null` nor `false`, and returns it.
 * The language server answers asynchronously (start-up, re-analysis after an edit), so tests wait
 * for the state they expect instead of sleeping; `timeoutMs` is only an upper bound for a hung
 * server, never a claim about speed.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | PromiseLike<T | undefined | null | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error; // e.g. a provider that is not registered yet; try again
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`gave up waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How long a test waits for the language server before it calls the server hung. */
export const SERVER_PATIENCE_MS = 45_000;
