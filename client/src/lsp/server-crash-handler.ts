/**
 * What the extension does when its language server stops unexpectedly. The server guards itself
 * against every input it knows of, but a process can still die (out of memory, killed, a bug):
 * it is restarted at once, quietly, as vscode-languageclient does by default. When it keeps dying —
 * five times within three minutes, the client library's own threshold — restarting again would
 * only repeat the crash (the file that causes it is still there), so the user is told, with the
 * way to the log and a button to try again, instead of every Lens feature vanishing unexplained.
 *
 * No `vscode` import: the handler is given the client library's actions and a way to notify.
 */
export interface CrashActions<Restart, DoNotRestart, Continue, Shutdown> {
  restart: Restart;
  doNotRestart: DoNotRestart;
  continue: Continue;
  shutdown: Shutdown;
}

export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;

/** Decides from the times of the recent crashes whether to restart once more. */
export class ServerCrashPolicy {
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a crash; true while the server should be restarted. */
  crashed(): boolean {
    const at = this.now();
    this.crashes = this.crashes.filter((time) => at - time < CRASH_WINDOW_MS);
    this.crashes.push(at);
    return this.crashes.length < MAX_CRASHES;
  }

  /** Forget the past crashes (the user restarted the server). */
  reset(): void {
    this.crashes = [];
  }
}

export const GAVE_UP_MESSAGE =
  `The Amplify Lens language server stopped unexpectedly ${MAX_CRASHES} times in ${CRASH_WINDOW_MS / 60_000} minutes, ` +
  'so it was not started again: schema and configuration checks are off. The output shows why it stopped.';

/**
 * A vscode-languageclient error handler built on the policy. `gaveUp` is called once the server
 * will not be restarted; it tells the user (see `AmplifyLanguageClient`).
 */
export function createCrashHandler<R, D, C, S>(policy: ServerCrashPolicy, actions: CrashActions<R, D, C, S>, gaveUp: () => void) {
  return {
    // Errors reading or writing the connection: the library's default — carry on for a few, then stop.
    error: (_error: Error, _message: unknown, count: number | undefined) => ({
      action: count !== undefined && count <= 3 ? actions.continue : actions.shutdown,
    }),
    closed: () => {
      if (policy.crashed()) return { action: actions.restart, handled: true };
      gaveUp();
      return { action: actions.doNotRestart, handled: true };
    },
  };
}
