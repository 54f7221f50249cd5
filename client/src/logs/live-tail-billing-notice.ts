/**
 * CloudWatch Logs bills Live Tail by the minute of a session, whether events arrive or not
 * (https://aws.amazon.com/cloudwatch/pricing/, "Live Tail"), unlike the searches, which are billed
 * by what they scan. Nobody expects a log viewer to cost money while it sits open, so the first
 * time a tail actually streams with Live Tail (not a tail that fell back to polling), Lens says so
 * once, and says how the tail ends. Remembered per user (global state), not per workspace.
 */
import type { LogFeed } from './log-feed';

export const LIVE_TAIL_PRICING_URL = 'https://aws.amazon.com/cloudwatch/pricing/';
export const LIVE_TAIL_BILLING_MESSAGE =
  'CloudWatch Logs Live Tail is billed per minute of tailing, while the tail is open, even when no events arrive. ' +
  'Lens stops the tail when you close its viewer, when the debug run it follows ends, or with "Stop Tailing Logs".';

/** Where the notice is remembered: the extension's global state. */
export interface NoticeMemory {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** How the notice is shown: an information message with a "Pricing" button. */
export interface NoticeUi {
  show(message: string, ...actions: string[]): PromiseLike<string | undefined>;
  open(url: string): void;
}

const TOLD_KEY = 'amplifyLens.liveTailBillingTold';

export class LiveTailBillingNotice {
  constructor(
    private readonly memory: NoticeMemory,
    private readonly ui: NoticeUi,
  ) {}

  get told(): boolean {
    return this.memory.get(TOLD_KEY) === true;
  }

  /** The person read the billing in another place (the tail-on-debug question): no second notice. */
  markTold(): void {
    if (!this.told) void this.memory.update(TOLD_KEY, true);
  }

  /** Shows the notice when this feed first streams with Live Tail, unless it was shown before. */
  watch(feed: LogFeed): void {
    if (this.told) return;
    let done = false;
    const subscription = feed.onState((state) => {
      if (done || (state.kind !== 'stopped' && !(state.kind === 'live' && state.mode === 'live-tail'))) return;
      done = true;
      queueMicrotask(() => subscription.dispose());
      if (state.kind === 'stopped' || this.told) return;
      this.markTold();
      void Promise.resolve(this.ui.show(LIVE_TAIL_BILLING_MESSAGE, 'Pricing')).then(
        (choice) => choice === 'Pricing' && this.ui.open(LIVE_TAIL_PRICING_URL),
      );
    });
  }
}
