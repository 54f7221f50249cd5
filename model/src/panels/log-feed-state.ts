/** Where a feed stands; the viewer shows it in its header. */
export type LogFeedState =
  | { kind: 'connecting' }
  /** `live-tail`: StartLiveTail's stream; `polling`: FilterLogEvents every few seconds. */
  | { kind: 'live'; mode: 'live-tail' | 'polling'; sampled?: boolean }
  | { kind: 'reconnecting'; reason: string }
  /** A search finished: every matching event has been delivered. */
  | { kind: 'complete'; count: number }
  | { kind: 'stopped'; reason?: string }
  | { kind: 'problem'; message: string; action?: { title: string; command: string; arguments?: unknown[] } };
